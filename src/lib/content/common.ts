import { z } from 'zod';
import { xmlUnsafeChar } from './xml-text.ts';

// Editors read validation messages: Vietnamese everywhere zod has no message of ours.
z.config(z.locales.vi());

/** Recursively NFC-normalizes every string in parsed data (YAML may come from NFD keyboards). */
export function deepNfc<T>(value: T): T {
	if (typeof value === 'string') return value.normalize('NFC') as T;
	if (Array.isArray(value)) return value.map(deepNfc) as T;
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k.normalize('NFC'), deepNfc(v)])
		) as T;
	}
	return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML loaders may hand us a Date for unquoted dates;
 * it is turned back into the same string so every consumer sees one shape.
 */
export const isoDate = z.preprocess(
	(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
	z
		.string({ error: 'cần một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2019-05-30' })
		.refine(isCalendarDate, {
			error: (issue) =>
				`cần một ngày có thật dạng NĂM-THÁNG-NGÀY, ví dụ 2019-05-30 (đang ghi «${String(issue.input)}»)`,
		})
);

/**
 * Non-empty, trimmed text that a Word document can hold: no control characters (see xml-text.ts),
 * refused here so the message names the field.
 */
export const text = z
	.string()
	.trim()
	.min(1, { error: 'không được để trống' })
	.refine((v) => xmlUnsafeChar(v) === undefined, {
		error: (issue) =>
			`có ký tự điều khiển không in được (${xmlUnsafeChar(String(issue.input))}), thường do dán từ nơi khác; hãy xóa rồi gõ lại đoạn chữ này`,
	});

/** Builds an enum over ids defined in a taxonomy file, with a message listing the allowed ids. */
export function oneOf(ids: readonly string[], what: string) {
	return z.string().refine((v) => ids.includes(v), {
		error: (issue) =>
			`«${String(issue.input)}» không phải ${what} đã khai báo; dùng một trong: ${ids.join(', ')}`,
	});
}
