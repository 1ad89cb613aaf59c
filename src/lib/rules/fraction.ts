/**
 * Exact fractions for thresholds and measured shares. Personnel figures are small integers and
 * thresholds like 1/3 have no exact binary form, so every comparison is done on integers
 * (a/b ≥ c/d ⇔ a·d ≥ c·b with positive denominators), never on floats.
 */
export interface Fraction {
	num: number;
	den: number;
}

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,4}))?\s*%$/;
const RATIO = /^(\d{1,4})\s*\/\s*(\d{1,4})$/;

/** "15%" → 15/100, "12,5%" → 125/1000, "1/3" → 1/3; undefined when not a threshold. */
export function parseThreshold(text: string): Fraction | undefined {
	const s = text.trim();
	const p = PERCENT.exec(s);
	if (p) {
		const decimals = p[2] ?? '';
		return { num: Number(p[1] + decimals), den: 100 * 10 ** decimals.length };
	}
	const r = RATIO.exec(s);
	if (r && Number(r[2]) > 0) return { num: Number(r[1]), den: Number(r[2]) };
	return undefined;
}

/** Sign of a − b: −1, 0 or 1. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
	const l = a.num * b.den;
	const r = b.num * a.den;
	return l < r ? -1 : l > r ? 1 : 0;
}
