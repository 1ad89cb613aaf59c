import { stripXmlUnsafe } from '../content/xml-text.ts';
import { formatDateLong, formatNumber, formatPercent } from '../vi/format.ts';

/** What a document prints where a value is unknown: a dotted line to fill by hand. */
export const DOTS = '……………';

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * The named helpers templates may call, each of one value. A missing value stays missing, so the
 * renderer prints a dotted line for it; a value of the wrong kind is a template error.
 */
export const HELPERS = {
	/** "ngày 10 tháng 01 năm 2020" */
	date: (v: unknown) => (isBlank(v) ? undefined : formatDateLong(String(v))),
	/** 3880 → "3.880"; 6.94 → "6,94" */
	number: (v: unknown) => (isBlank(v) ? undefined : formatNumber(Number(v))),
	/** 0.0694 → "6,94%" */
	percent: (v: unknown) => (isBlank(v) ? undefined : formatPercent(Number(v))),
	/** Vietnamese capitals, as headers print the names of bodies. */
	upper: (v: unknown) => (isBlank(v) ? undefined : String(v).toLocaleUpperCase('vi-VN')),
	/** Row number from a loop index: $idx 0 → 1. */
	nth: (v: unknown) => (isBlank(v) ? undefined : String(Number(v) + 1)),
} satisfies Record<string, (v: unknown) => string | undefined>;

export type HelperName = keyof typeof HELPERS;

export const isHelper = (name: string): name is HelperName => Object.hasOwn(HELPERS, name);

/** Text as it goes into the document: one line (line breaks would need raw XML), or dots if absent. */
export function printable(v: unknown): string {
	if (isBlank(v)) return DOTS;
	return stripXmlUnsafe(String(v)).replace(/\s*[\r\n]+\s*/g, ' ');
}
