import type { ORGANIZATION_TYPES } from '../content/congress.ts';
import { compare, parseThreshold, type Fraction } from './fraction.ts';
import { PLAN_FIGURES, type PlanFigure, type Rule } from './schema.ts';

/**
 * Checks a personnel plan against the rules in content/rules/. Pure: the build, the tests and the
 * packet builder page call it with the same data.
 */

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** The level (levels.yaml) a congress of this organization type belongs to. */
export function levelOf(type: OrganizationType): string {
	return type === 'dang-bo-cap-tren-co-so' ? 'huyen' : 'co-so';
}

export interface RuleContext {
	organizationType: OrganizationType;
	/** Congress term, e.g. "2020-2025". */
	term: string;
	/** The congress's `personnelPlan`: figures read by dotted path, non-negative integers. */
	plan: unknown;
}

export type RuleStatus = 'met' | 'not-met' | 'missing' | 'invalid' | 'not-applicable';

export interface RuleResult {
	rule: Rule;
	status: RuleStatus;
	/** What the rule expects, in words: "từ 15% trở lên", "từ 10% đến 15%". */
	expected: string;
	/** The measured value, exactly. */
	value?: Fraction;
	/** The measured value as printed: "14,3%". */
	figure?: string;
	/** The figures behind it: "2/14 người", "16 người cho 14 chỗ (dư 2)". */
	detail?: string;
	/** Why there is no result: missing figures, figures that contradict each other, rule not applicable. */
	reason?: string;
}

function thresholds(rule: Rule): Fraction[] {
	const list = Array.isArray(rule.threshold) ? rule.threshold : [rule.threshold];
	return list.map((t) => parseThreshold(t)!);
}

/** "1/3" stays "1/3"; "15%" stays "15%": thresholds are shown as the source writes them. */
function thresholdText(t: string): string {
	return t.trim().replace('.', ',');
}

export function expectedText(rule: Rule): string {
	if (Array.isArray(rule.threshold)) {
		return `từ ${thresholdText(rule.threshold[0])} đến ${thresholdText(rule.threshold[1])}`;
	}
	const t = thresholdText(rule.threshold);
	return rule.comparison === 'at-most' ? `không quá ${t}` : `từ ${t} trở lên`;
}

/** Exact rounding of num/den × 100 to `digits` decimals, as an integer count of 10^-digits. */
function roundedPercent(v: Fraction, digits: number): number {
	const scale = 100 * 10 ** digits;
	const sign = v.num < 0 ? -1 : 1;
	const n = Math.abs(v.num) * scale;
	return sign * Math.floor((2 * n + v.den) / (2 * v.den));
}

/**
 * The percentage as printed, one decimal by default ("14,3%"). A figure is never printed equal to
 * a threshold it is not equal to: 299/2000 is "14,95%", not "15%" next to "not met".
 */
export function percentFigure(v: Fraction, boundaries: Fraction[] = []): string {
	let digits = 1;
	for (; digits < 4; digits++) {
		const shown = { num: roundedPercent(v, digits), den: 100 * 10 ** digits };
		if (!boundaries.some((b) => compare(shown, b) === 0 && compare(v, b) !== 0)) break;
	}
	const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits });
	return `${format.format(roundedPercent(v, digits) / 10 ** digits)}%`;
}

function read(plan: unknown, path: PlanFigure): number | undefined {
	let cur: unknown = plan;
	for (const key of path.split('.')) {
		if (!cur || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[key];
	}
	return typeof cur === 'number' && Number.isInteger(cur) && cur >= 0 ? cur : undefined;
}

function judge(rule: Rule, value: Fraction, bounds: Fraction[]): 'met' | 'not-met' {
	const [lo, hi] = bounds as [Fraction, Fraction | undefined];
	switch (rule.comparison) {
		case 'at-least':
			return compare(value, lo) >= 0 ? 'met' : 'not-met';
		case 'at-most':
			return compare(value, lo) <= 0 ? 'met' : 'not-met';
		case 'between':
			return compare(value, lo) >= 0 && compare(value, hi!) <= 0 ? 'met' : 'not-met';
	}
}

/** Whether a rule covers congresses of this organization type (its level) and term. */
export function appliesTo(rule: Rule, ctx: Pick<RuleContext, 'organizationType' | 'term'>): boolean {
	return (
		rule.levels.includes(levelOf(ctx.organizationType)) &&
		(!rule.organizationTypes || rule.organizationTypes.includes(ctx.organizationType)) &&
		rule.term === ctx.term
	);
}

export function evaluateRule(rule: Rule, ctx: RuleContext): RuleResult {
	const expected = expectedText(rule);
	if (!appliesTo(rule, ctx)) {
		return { rule, status: 'not-applicable', expected, reason: 'không áp dụng cho loại tổ chức, cấp hoặc nhiệm kỳ này' };
	}
	const m = rule.measure;
	const paths: PlanFigure[] = m.kind === 'share' ? [m.part, m.whole] : [m.candidates, m.seats];
	const [a, b] = paths.map((p) => read(ctx.plan, p));
	const missing = paths.filter((_, i) => [a, b][i] === undefined);
	if (missing.length || !b) {
		const names = (missing.length ? missing : [paths[1]!]).map((p) => PLAN_FIGURES[p]);
		return { rule, status: 'missing', expected, reason: `chưa nhập ${names.join(', ')}` };
	}
	const bounds = thresholds(rule);
	if (m.kind === 'share') {
		if (a! > b) {
			return { rule, status: 'invalid', expected, reason: `${PLAN_FIGURES[m.part]} (${a}) lớn hơn ${PLAN_FIGURES[m.whole]} (${b})` };
		}
		const value = { num: a!, den: b };
		return { rule, status: judge(rule, value, bounds), expected, value, figure: percentFigure(value, bounds), detail: `${a}/${b} người` };
	}
	const surplus = a! - b;
	const value = { num: surplus, den: b };
	const detail =
		surplus >= 0
			? `${a} người cho ${b} chỗ (dư ${surplus})`
			: `${a} người cho ${b} chỗ (thiếu ${-surplus})`;
	return { rule, status: judge(rule, value, bounds), expected, value, figure: percentFigure(value, bounds), detail };
}

export function evaluateRules(rules: readonly Rule[], ctx: RuleContext): RuleResult[] {
	return rules.map((r) => evaluateRule(r, ctx));
}
