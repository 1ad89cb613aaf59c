import { describe, expect, it } from 'vitest';
import { describeTally, tally, type BallotCount } from '../../../src/lib/election/tally.ts';

const count = (seats: number, valid: number, votes: Record<string, number>, extra: Partial<BallotCount> = {}): BallotCount => ({
	seats,
	issued: valid,
	received: valid,
	valid,
	invalid: 0,
	candidates: Object.entries(votes).map(([name, v]) => ({ name, votes: v })),
	...extra,
});

function ok(c: BallotCount) {
	const r = tally(c);
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r;
}

describe('more than half of the valid ballots', () => {
	it('does not elect with exactly half', () => {
		const r = ok(count(1, 100, { 'Nguyễn Văn A': 50, 'Trần Thị B': 50 }));
		expect(r.elected).toEqual([]);
		expect(r.unfilled).toBe(1);
		expect(r.candidates.map((c) => c.outcome)).toEqual(['not-passed', 'not-passed']);
	});
	it('elects with one vote over half', () => {
		expect(ok(count(1, 100, { 'Nguyễn Văn A': 51, 'Trần Thị B': 49 })).elected).toEqual(['Nguyễn Văn A']);
	});
	it('uses strict halves with an odd number of valid ballots', () => {
		// 101 valid: 50,5 is half, so 51 passes and 50 does not.
		const r = ok(count(2, 101, { A: 51, B: 50 }));
		expect(r.elected).toEqual(['A']);
		expect(r.unfilled).toBe(1);
	});
});

describe('more passing than seats', () => {
	it('lets the highest votes win', () => {
		const r = ok(count(2, 120, { A: 70, B: 90, C: 80 }));
		expect(r.elected).toEqual(['B', 'C']);
		expect(r.candidates.find((c) => c.name === 'A')!.outcome).toBe('passed');
		expect(r.tied).toEqual([]);
		expect(r.unfilled).toBe(0);
	});
	it('flags a tie at the last seat for a further round among the tied', () => {
		const r = ok(count(2, 120, { A: 100, B: 70, C: 70, D: 0 }));
		expect(r.elected).toEqual(['A']);
		expect(r.tied).toEqual(['B', 'C']);
		expect(r.tieSeats).toBe(1);
		expect(r.unfilled).toBe(0);
		expect(describeTally(r, 2)).toMatch(/B, C bằng phiếu nhau.*chọn 1 người/);
	});
	it('elects everyone when a tie does not exceed the seats', () => {
		const r = ok(count(3, 100, { A: 80, B: 60, C: 60, D: 40 }));
		expect(r.elected).toEqual(['A', 'B', 'C']);
		expect(r.tied).toEqual([]);
	});
});

describe('fewer passing than seats', () => {
	it('says how many seats remain', () => {
		const r = ok(count(3, 100, { A: 70, B: 51, C: 50, D: 20 }));
		expect(r.elected).toEqual(['A', 'B']);
		expect(r.unfilled).toBe(1);
		expect(describeTally(r, 3)).toMatch(/Còn thiếu 1 người.*quyết định/);
	});
});

describe('arithmetic cross-checks', () => {
	const fields = (c: BallotCount) => {
		const r = tally(c);
		return r.ok ? [] : r.problems.map((p) => p.field);
	};
	it('requires valid + invalid = received', () => {
		expect(fields(count(1, 100, { A: 60 }, { received: 101, issued: 110 }))).toEqual(['received']);
		expect(fields(count(1, 100, { A: 60 }, { invalid: 2, received: 102, issued: 102 }))).toEqual([]);
	});
	it('requires received ≤ issued, equality allowed', () => {
		expect(fields(count(1, 100, { A: 60 }, { issued: 99 }))).toEqual(['received']);
		expect(fields(count(1, 100, { A: 60 }, { issued: 100 }))).toEqual([]);
	});
	it('refuses a candidate above the valid ballots, allows exactly all', () => {
		// One candidate for one seat: 101 votes is also more than 100 ballots × 1 seat.
		expect(fields(count(1, 100, { A: 101 }))).toEqual(['candidates.0.votes', 'candidates']);
		expect(fields(count(2, 100, { A: 101, B: 10 }))).toEqual(['candidates.0.votes']);
		expect(ok(count(1, 100, { A: 100 })).elected).toEqual(['A']);
	});
	it('refuses more votes in total than valid ballots × seats', () => {
		expect(fields(count(2, 10, { A: 10, B: 10, C: 1 }))).toEqual(['candidates']);
		expect(fields(count(2, 10, { A: 10, B: 9, C: 1 }))).toEqual([]);
	});
	it('refuses non-integers and empty lists with Vietnamese messages', () => {
		const r = tally(count(1, 10, {}, { seats: 1.5 }));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems[0]!.message).toMatch(/số người cần bầu phải là số nguyên/);
		const empty = tally(count(1, 10, {}));
		expect(!empty.ok && empty.problems.map((p) => p.message)).toEqual(['chưa có người nào trong danh sách bầu cử']);
	});
});
