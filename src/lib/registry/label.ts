import type { Directive } from '../content/directives.ts';
import type { Kind } from '../content/taxonomies.ts';
import { formatDateShort } from '../vi/format.ts';

/** What the sources leave unsaid is shown as such, never guessed. */
export const UNKNOWN = 'chưa rõ';

/** "Chỉ thị số 35-CT/TW", "Kế hoạch số 155", or "Kế hoạch (chưa rõ số)". */
export function directiveName(d: Directive, kinds: Kind[]): string {
	const kind = kinds.find((k) => k.id === d.kind)?.name ?? d.kind;
	if (d.symbol) return `${kind} số ${d.symbol}`;
	if (d.number) return `${kind} số ${d.number}`;
	return `${kind} (${UNKNOWN} số)`;
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
