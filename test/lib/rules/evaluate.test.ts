import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { compare, parseThreshold } from '../../../src/lib/rules/fraction.ts';
import { evaluateRule, percentFigure, type RuleContext } from '../../../src/lib/rules/evaluate.ts';
import type { Rule } from '../../../src/lib/rules/schema.ts';
import { ruleSourceHref } from '../../../src/lib/rules/source.ts';

// The project's own rules, as editors wrote them: the tests break if a threshold changes silently.
const { rules } = checkContent(process.cwd(), 'content');
const rule = (id: string): Rule => {
	const r = rules.find((x) => x.id === id);
	if (!r) throw new Error(`no rule ${id}`);
	return r;
};

const base: Omit<RuleContext, 'plan'> = { organizationType: 'dang-bo-co-so', term: '2020-2025' };
/** A personnel plan (congress `personnelPlan`), optionally with a standing committee. */
const committee = (c: Record<string, number>, standing?: Record<string, number>) => ({
	...base,
	plan: { ...c, ...(standing ? { standingCommittee: standing } : {}) },
});

describe('thresholds', () => {
	it('parses percentages and fractions exactly', () => {
		expect(parseThreshold('15%')).toEqual({ num: 15, den: 100 });
		expect(parseThreshold('12,5%')).toEqual({ num: 125, den: 1000 });
		expect(parseThreshold('1/3')).toEqual({ num: 1, den: 3 });
		expect(parseThreshold('mười lăm')).toBeUndefined();
		expect(parseThreshold('1/0')).toBeUndefined();
	});
	it('compares without floating point error', () => {
		// 0.1 + 0.2 style traps: 3/10 vs 30%, 1/3 vs 5/15.
		expect(compare({ num: 3, den: 10 }, parseThreshold('30%')!)).toBe(0);
		expect(compare({ num: 5, den: 15 }, parseThreshold('1/3')!)).toBe(0);
		expect(compare({ num: 333, den: 1000 }, parseThreshold('1/3')!)).toBe(-1);
	});
});

describe('share of women (≥ 15%)', () => {
	const r = rule('ty-le-nu');
	it('is met exactly at 15%', () => {
		const res = evaluateRule(r, committee({ seats: 20, women: 3 }));
		expect(res).toMatchObject({ status: 'met', figure: '15%', detail: '3/20 người', expected: 'từ 15% trở lên' });
	});
	it('is not met just below, printed the Vietnamese way', () => {
		expect(evaluateRule(r, committee({ seats: 14, women: 2 }))).toMatchObject({ status: 'not-met', figure: '14,3%' });
	});
	it('never prints a failing figure as the threshold', () => {
		expect(evaluateRule(r, committee({ seats: 2000, women: 299 }))).toMatchObject({ status: 'not-met', figure: '14,95%' });
		expect(percentFigure({ num: 2999, den: 20000 }, [{ num: 15, den: 100 }])).toBe('14,995%');
	});
	it('cites its source report', () => {
		expect(r.report).toBe('hoan-kiem-2020-04-28');
		expect(ruleSourceHref(r)).toBe('/tu-lieu/#hoan-kiem-2020-04-28');
	});
});

describe('share under 35 (≥ 10%)', () => {
	const r = rule('ty-le-tre');
	it('is met exactly at 10% and not below', () => {
		expect(evaluateRule(r, committee({ seats: 10, under35: 1 })).status).toBe('met');
		expect(evaluateRule(r, committee({ seats: 11, under35: 1 }))).toMatchObject({ status: 'not-met', figure: '9,1%' });
	});
});

describe('renewal (≥ 1/3)', () => {
	const r = rule('ty-le-doi-moi');
	it('is met at exactly one third', () => {
		expect(evaluateRule(r, committee({ seats: 15, newcomers: 5 }))).toMatchObject({ status: 'met', figure: '33,3%', expected: 'từ 1/3 trở lên' });
		expect(evaluateRule(r, committee({ seats: 9, newcomers: 3 })).status).toBe('met');
	});
	it('is not met a hair below one third', () => {
		expect(evaluateRule(r, committee({ seats: 1000, newcomers: 333 })).status).toBe('not-met');
		expect(evaluateRule(r, committee({ seats: 13, newcomers: 4 }))).toMatchObject({ status: 'not-met', figure: '30,8%' });
	});
});

describe('surplus of candidates (10–15%)', () => {
	const r = rule('so-du-ban-chap-hanh');
	it('is met at both ends of the range, inclusive', () => {
		expect(evaluateRule(r, committee({ seats: 10, candidates: 11 }))).toMatchObject({ status: 'met', figure: '10%', detail: '11 người cho 10 chỗ (dư 1)', expected: 'từ 10% đến 15%' });
		expect(evaluateRule(r, committee({ seats: 20, candidates: 23 }))).toMatchObject({ status: 'met', figure: '15%' });
		expect(evaluateRule(r, committee({ seats: 14, candidates: 16 }))).toMatchObject({ status: 'met', figure: '14,3%' });
	});
	it('is not met below, above, or with no surplus at all', () => {
		expect(evaluateRule(r, committee({ seats: 20, candidates: 21 }))).toMatchObject({ status: 'not-met', figure: '5%' });
		expect(evaluateRule(r, committee({ seats: 10, candidates: 12 }))).toMatchObject({ status: 'not-met', figure: '20%' });
		expect(evaluateRule(r, committee({ seats: 14, candidates: 14 }))).toMatchObject({ status: 'not-met', figure: '0%' });
		expect(evaluateRule(r, committee({ seats: 14, candidates: 13 }))).toMatchObject({ status: 'not-met', detail: '13 người cho 14 chỗ (thiếu 1)' });
	});
	it('applies to the standing committee when there is one', () => {
		const s = rule('so-du-ban-thuong-vu');
		expect(evaluateRule(s, committee({ seats: 15 }, { seats: 5, candidates: 6 }))).toMatchObject({ status: 'not-met', figure: '20%' });
		expect(evaluateRule(s, committee({ seats: 15 }))).toMatchObject({ status: 'missing' });
	});
	it('does not apply to a party cell', () => {
		const ctx = { ...committee({ seats: 10, candidates: 11 }), organizationType: 'chi-bo-co-so' as const };
		expect(evaluateRule(r, ctx).status).toBe('not-applicable');
	});
});

describe('incomplete or contradictory figures', () => {
	it('says which figure is missing', () => {
		const res = evaluateRule(rule('ty-le-nu'), committee({ seats: 14 }));
		expect(res).toMatchObject({ status: 'missing' });
		expect(res.reason).toMatch(/số nữ/);
		expect(evaluateRule(rule('ty-le-nu'), committee({ seats: 0, women: 0 })).status).toBe('missing');
	});
	it('refuses a part larger than the whole', () => {
		const res = evaluateRule(rule('ty-le-nu'), committee({ seats: 5, women: 6 }));
		expect(res.status).toBe('invalid');
		expect(res.reason).toMatch(/lớn hơn/);
	});
	it('does not apply to another term or level', () => {
		expect(evaluateRule(rule('ty-le-nu'), { ...committee({ seats: 20, women: 3 }), term: '2015-2020' }).status).toBe('not-applicable');
		expect(evaluateRule(rule('ty-le-nu'), { ...committee({ seats: 20, women: 3 }), organizationType: 'dang-bo-cap-tren-co-so' }).status).toBe('not-applicable');
	});
});
