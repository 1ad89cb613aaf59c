/**
 * Vietnamese formatting as official documents print it: "ngày 10 tháng 01 năm 2020"
 * (days under 10 and months 1–2 take a leading zero), 3.880 and 6,94%.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] {
	const m = ISO.exec(iso);
	if (!m) throw new Error(`Not an ISO date: ${iso}`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "ngày 10 tháng 01 năm 2020" */
export function formatDateLong(iso: string): string {
	const [y, m, d] = parts(iso);
	return `ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : m} năm ${y}`;
}

/** "tháng 01 năm 2020", "tháng 10 năm 2019" — for `YYYY-MM` */
export function formatMonth(isoMonth: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(isoMonth);
	if (!m) throw new Error(`Not an ISO month: ${isoMonth}`);
	const month = Number(m[2]);
	return `tháng ${month <= 2 ? pad(month) : month} năm ${m[1]}`;
}

/** A day ("ngày 01 tháng 10 năm 2019") or a month ("tháng 8 năm 2019"). */
export function formatDayOrMonth(value: string): string {
	return value.length === 7 ? formatMonth(value) : formatDateLong(value);
}

/** "10/01/2020" */
export function formatDateShort(iso: string): string {
	const [y, m, d] = parts(iso);
	return `${pad(d)}/${pad(m)}/${y}`;
}

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 3880 → "3.880"; 6.94 → "6,94" */
export function formatNumber(n: number): string {
	return Number.isInteger(n) ? integer.format(n) : decimal.format(n);
}

// Building an Intl.NumberFormat costs more than formatting with it; documents format thousands.
const percentFormats = new Map<number, Intl.NumberFormat>();

/** 0.0694 → "6,94%" */
export function formatPercent(ratio: number, digits = 2): string {
	const value = Math.round(ratio * 100 * 10 ** digits) / 10 ** digits;
	let format = percentFormats.get(digits);
	if (!format) percentFormats.set(digits, (format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits })));
	return `${format.format(value)}%`;
}
