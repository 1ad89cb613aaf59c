import type { Directive } from '../content/directives.ts';
import type { Issuer, Kind } from '../content/taxonomies.ts';
import { formatDateShort } from '../vi/format.ts';

/** What the sources leave unsaid is shown as such, never guessed. */
export const UNKNOWN = 'chưa rõ';

/**
 * How a directive is named in lists and headings: "Chỉ thị số 35-CT/TW"; without a symbol, the
 * issuer tells it apart: "Kế hoạch số 155 của Thành ủy Hà Nội"; a document without a number is
 * named as the sources call it ("Nghị quyết Trung ương 4 khóa XI"), by its title or by its issuer:
 * "Điều lệ Đảng Cộng sản Việt Nam (khóa XI)".
 */
export function directiveName(d: Directive, kinds: Kind[], issuers: Issuer[]): string {
	const kind = kinds.find((k) => k.id === d.kind)?.name ?? d.kind;
	if (d.symbol) return `${kind} số ${d.symbol}`;
	const issuer = issuers.find((i) => i.id === d.issuer)?.name ?? d.issuer;
	if (d.number) return `${kind} số ${d.number} của ${issuer}`;
	if (d.commonName) return d.commonName;
	if (d.kind === 'dieu-le' && d.title) return d.title;
	return `${kind} của ${issuer}`;
}

/** Number and symbol cell: "35-CT/TW", "155 (chưa rõ ký hiệu)", "chưa rõ". */
export function directiveNumber(d: Directive): string {
	if (d.symbol) return d.symbol;
	if (d.number) return `${d.number} (${UNKNOWN} ký hiệu)`;
	return UNKNOWN;
}

export function directiveDate(d: Directive): string {
	return d.date ? formatDateShort(d.date) : UNKNOWN;
}

export function directiveYear(d: Directive): string | undefined {
	return d.date?.slice(0, 4);
}

/**
 * Names for a list where two documents would read the same: each colliding name gets what tells
 * them apart that is known (number, date), else the registry id. Keyed by directive id.
 */
export function distinctNames(directives: Directive[], kinds: Kind[], issuers: Issuer[]): Map<string, string> {
	const names = new Map(directives.map((d) => [d.id, directiveName(d, kinds, issuers)]));
	const count = new Map<string, number>();
	for (const n of names.values()) count.set(n, (count.get(n) ?? 0) + 1);
	for (const d of directives) {
		const n = names.get(d.id)!;
		if (count.get(n)! < 2) continue;
		const hints = [d.number && !d.symbol ? `số ${d.number}` : '', d.date ? `ngày ${formatDateShort(d.date)}` : ''].filter(Boolean);
		names.set(d.id, `${n} (${hints.length ? hints.join(', ') : d.id})`);
	}
	return names;
}
