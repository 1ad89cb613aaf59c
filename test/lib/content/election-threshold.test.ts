import { describe, expect, it } from 'vitest';
import { baseLabel, electedByVotes, electionBase, minimumVotes, passes } from '../../../src/lib/content/election-threshold.ts';

const delegateCongress = { organization: { members: 297 }, congress: { kind: 'dai-bieu' as const }, delegates: { elected: 106 } };
const membersCongress = { organization: { members: 41 }, congress: { kind: 'toan-the' as const }, delegates: { elected: 38 } };

describe('the base of an election (số làm căn cứ tính trúng cử)', () => {
	it('defaults to the delegates convened at a delegate congress and to the members at a members\' congress', () => {
		expect(electionBase(delegateCongress, {})).toEqual({ value: 106, source: 'delegates' });
		expect(electionBase(membersCongress, {})).toEqual({ value: 41, source: 'members' });
	});

	it('is the election\'s own base when given (after the deductions the Quy chế allows)', () => {
		expect(electionBase(delegateCongress, { base: 104 })).toEqual({ value: 104, source: 'base' });
		expect(electionBase({ organization: {}, congress: {} }, { base: 30 })).toEqual({ value: 30, source: 'base' });
	});

	it('is unknown without the kind of congress or its figure', () => {
		expect(electionBase({ organization: { members: 297 }, congress: {}, delegates: { elected: 106 } }, {})).toBeUndefined();
		expect(electionBase({ organization: {}, congress: { kind: 'toan-the' }, delegates: { elected: 38 } }, {})).toBeUndefined();
	});

	it('is named in words as editors read it', () => {
		expect(baseLabel({ value: 106, source: 'delegates' })).toBe('106 đại biểu được triệu tập');
		expect(baseLabel({ value: 1200, source: 'members' })).toBe('1.200 đảng viên chính thức');
		expect(baseLabel({ value: 104, source: 'base' })).toBe('số làm căn cứ tính trúng cử là 104');
	});
});

describe('more than half, in integers', () => {
	it.each([
		[106, 53, 54],
		[107, 53, 54],
		[2, 1, 2],
		[1, 0, 1],
		[41, 20, 21],
	])('base %i: %i votes does not pass, %i does and is the minimum', (base, below, minimum) => {
		expect(passes(below, base)).toBe(false);
		expect(passes(minimum, base)).toBe(true);
		expect(minimumVotes(base)).toBe(minimum);
	});
});

describe('the outcome from the votes', () => {
	const c = (name: string, votes?: number) => ({ name, votes });
	const names = (list: { name: string }[]) => list.map((x) => x.name);

	it('elects those who pass the base, highest first, up to the seats', () => {
		const r = electedByVotes([c('A', 60), c('B', 53), c('C', 80), c('D', 54), c('E')], 106, 3);
		expect(names(r.elected)).toEqual(['C', 'A', 'D']);
		expect(r.tied).toEqual([]);
	});

	it('takes the highest when more pass than there are seats', () => {
		const r = electedByVotes([c('A', 60), c('B', 70), c('C', 80), c('D', 54)], 106, 2);
		expect(names(r.elected)).toEqual(['C', 'B']);
	});

	it('leaves those tied at the last seat to a further vote among them', () => {
		const r = electedByVotes([c('A', 60), c('B', 70), c('C', 60), c('D', 54)], 106, 2);
		expect(names(r.elected)).toEqual(['B']);
		expect(names(r.tied)).toEqual(['A', 'C']);
	});

	it('elects fewer than the seats when fewer pass', () => {
		expect(names(electedByVotes([c('A', 54), c('B', 53)], 106, 3).elected)).toEqual(['A']);
	});
});
