import { appliesTo, type RuleContext } from './evaluate.ts';
import { parseThreshold } from './fraction.ts';
import type { Rule } from './schema.ts';

/**
 * How many names a committee election's list may hold, from the surplus rules of content/rules/
 * (today `so-du-ban-chap-hanh`: a surplus of 10–15% for a grassroots party committee in the
 * 2020–2025 term). Blank ballots and vote-count minutes print that many rows, so a list as long
 * as the rules allow fits on them. Pure and browser-safe.
 */
export interface ListSize {
	/** Seats plus the largest surplus every applicable rule allows. */
	size: number;
	/** The rule whose upper bound set it. */
	rule: Rule;
}

/**
 * The longest list for `seats` seats of the committee (the rules that measure the surplus of the
 * personnel plan's `candidates` over its `seats`), or undefined when no rule with an upper bound
 * applies. When several apply, the strictest bound wins: a list must satisfy all of them.
 */
export function largestCommitteeList(rules: readonly Rule[], ctx: Pick<RuleContext, 'organizationType' | 'term'>, seats: number): ListSize | undefined {
	let best: ListSize | undefined;
	for (const rule of rules) {
		const m = rule.measure;
		if (m.kind !== 'surplus' || m.candidates !== 'candidates' || m.seats !== 'seats' || rule.comparison === 'at-least') continue;
		if (!appliesTo(rule, ctx)) continue;
		const upper = parseThreshold(Array.isArray(rule.threshold) ? rule.threshold[1] : rule.threshold);
		if (!upper) continue;
		// Whole people only: 15% of 14 seats allows 2 more names, not 2,1.
		const size = seats + Math.floor((seats * upper.num) / upper.den);
		if (!best || size < best.size) best = { size, rule };
	}
	return best;
}
