import { describe, expect, it } from 'vitest';
import { describeBase, describeTally, tally, type BallotCount } from '../../../src/lib/election/tally.ts';

/** A count where every ballot issued came back valid, against `base` delegates convened. */
const count = (seats: number, base: number, valid: number, votes: Record<string, number>, extra: Partial<BallotCount> = {}): BallotCount => ({
	seats,
	base,
	baseSource: 'delegates',
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

const outcomes = (r: ReturnType<typeof ok>) => Object.fromEntries(r.candidates.map((c) => [c.name, c.outcome]));

describe('more than half of the base (Điều lệ Đảng Điều 12.3, Quy chế 244 Điều 32)', () => {
	it('with an even base, exactly half is not elected and half + 1 is', () => {
		// 106 delegates convened: 53 is half, 54 the minimum.
		const r = ok(count(2, 106, 100, { 'Nguyễn Văn A': 54, 'Trần Thị B': 53 }));
		expect(r.elected).toEqual(['Nguyễn Văn A']);
		expect(outcomes(r)).toEqual({ 'Nguyễn Văn A': 'elected', 'Trần Thị B': 'not-passed' });
		expect(r.minimum).toBe(54);
		expect(r.unfilled).toBe(1);
	});

	it('with an odd base, the half rounds up: 54 of 107 is elected, 53 is not', () => {
		const r = ok(count(2, 107, 100, { A: 54, B: 53 }));
		expect(r.elected).toEqual(['A']);
		expect(r.minimum).toBe(54);
		expect(outcomes(r)['B']).toBe('not-passed');
	});

	it('does not elect a candidate above half of the valid ballots but not of the base', () => {
		// 80 of 106 delegates voted: 45 is more than half of the 80 valid ballots, not of the 106.
		const r = ok(count(1, 106, 80, { A: 45, B: 35 }));
		expect(r.elected).toEqual([]);
		expect(outcomes(r)).toEqual({ A: 'not-passed', B: 'not-passed' });
		expect(describeTally(r, 1)).toBe(
			'Chưa có người trúng cử. Còn thiếu 1 người so với số cần bầu vì chưa đủ người được quá một nửa so với 106 đại biểu được triệu tập; đại hội thảo luận, quyết định có bầu tiếp hay không.'
		);
	});

	it('gives each share against the base, not the valid ballots', () => {
		const r = ok(count(1, 106, 80, { A: 54, B: 26 }));
		expect(r.candidates.map((c) => c.share)).toEqual([
			{ num: 54, den: 106 },
			{ num: 26, den: 106 },
		]);
	});

	it('names the base as the editor gave it or as the congress gives it', () => {
		expect(describeBase({ value: 106, source: 'delegates' })).toBe('Căn cứ tính trúng cử: 106 đại biểu được triệu tập — cần ít nhất 54 phiếu.');
		expect(describeBase({ value: 1201, source: 'members' })).toBe('Căn cứ tính trúng cử: 1.201 đảng viên chính thức — cần ít nhất 601 phiếu.');
		expect(describeBase({ value: 104, source: 'base' })).toBe(
			'Căn cứ tính trúng cử: 104 (đã trừ các trường hợp Quy chế bầu cử trong Đảng cho phép trừ) — cần ít nhất 53 phiếu.'
		);
		const members = ok(count(1, 41, 30, { A: 20 }, { baseSource: 'members' }));
		expect(describeTally(members, 1)).toMatch(/chưa đủ người được quá một nửa so với 41 đảng viên chính thức/);
		const { baseSource: _, ...own } = count(1, 41, 30, { A: 20 });
		expect(ok(own).base).toEqual({ value: 41, source: 'base' });
	});
});

describe('more passing than seats', () => {
	it('lets the highest votes win; the others passed but are not elected', () => {
		const r = ok(count(2, 130, 120, { A: 70, B: 90, C: 80 }));
		expect(r.elected).toEqual(['B', 'C']);
		expect(outcomes(r)['A']).toBe('passed');
		expect(r.tied).toEqual([]);
		expect(r.unfilled).toBe(0);
	});

	it('flags a tie at the last seat for a further vote among the tied', () => {
		const r = ok(count(2, 130, 120, { A: 100, B: 70, C: 70, D: 0 }));
		expect(r.elected).toEqual(['A']);
		expect(r.tied).toEqual(['B', 'C']);
		expect(r.tieSeats).toBe(1);
		expect(r.unfilled).toBe(0);
		expect(outcomes(r)['D']).toBe('not-passed');
		expect(describeTally(r, 2)).toBe('Trúng cử (1/2): A. B, C bằng phiếu nhau ở vị trí cuối: bầu tiếp trong số những người này để chọn 1 người.');
	});

	it('a tie at the last seat among all who pass the base leaves every seat to the tie vote', () => {
		const r = ok(count(2, 130, 120, { A: 70, B: 70, C: 70, D: 25 }));
		expect(r.elected).toEqual([]);
		expect(r.tied).toEqual(['A', 'B', 'C']);
		expect(r.tieSeats).toBe(2);
		expect(r.unfilled).toBe(0);
		expect(outcomes(r)['D']).toBe('not-passed');
		expect(describeTally(r, 2)).toBe('Chưa có người trúng cử. A, B, C bằng phiếu nhau ở vị trí cuối: bầu tiếp trong số những người này để chọn 2 người.');
	});

	it('a tie between one who passes and one at exactly half is no tie', () => {
		const r = ok(count(2, 130, 120, { A: 100, B: 66, C: 65 }));
		expect(r.elected).toEqual(['A', 'B']);
		expect(r.tied).toEqual([]);
	});

	it('elects everyone when the tied do not outnumber the seats', () => {
		const r = ok(count(3, 100, 100, { A: 80, B: 60, C: 60, D: 40 }));
		expect(r.elected).toEqual(['A', 'B', 'C']);
		expect(r.tied).toEqual([]);
	});

	it('keeps the order entered among equal votes', () => {
		const r = ok(count(3, 100, 100, { B: 60, A: 60, C: 80 }));
		expect(r.candidates.map((c) => c.name)).toEqual(['C', 'B', 'A']);
		expect(r.elected).toEqual(['C', 'B', 'A']);
	});
});

describe('fewer passing than seats', () => {
	it('says how many seats remain and against what', () => {
		const r = ok(count(3, 100, 100, { A: 70, B: 51, C: 50, D: 20 }));
		expect(r.elected).toEqual(['A', 'B']);
		expect(r.unfilled).toBe(1);
		expect(describeTally(r, 3)).toMatch(/^Trúng cử \(2\/3\): A, B\. Còn thiếu 1 người .* quá một nửa so với 100 đại biểu được triệu tập; .*quyết định/);
	});
});

describe('arithmetic cross-checks', () => {
	const fields = (c: BallotCount) => {
		const r = tally(c);
		return r.ok ? [] : r.problems.map((p) => p.field);
	};
	const messages = (c: BallotCount) => {
		const r = tally(c);
		return r.ok ? [] : r.problems.map((p) => p.message);
	};

	it('requires valid + invalid = received', () => {
		expect(messages(count(1, 120, 100, { A: 60 }, { received: 101, issued: 110 }))).toEqual([
			'số phiếu hợp lệ (100) cộng số phiếu không hợp lệ (0) bằng 100, phải bằng số phiếu thu vào (101)',
		]);
		expect(fields(count(1, 120, 100, { A: 60 }, { invalid: 2, received: 102, issued: 102 }))).toEqual([]);
	});

	it('requires received ≤ issued, equality allowed', () => {
		expect(fields(count(1, 120, 100, { A: 60 }, { issued: 99 }))).toEqual(['received']);
		expect(fields(count(1, 120, 100, { A: 60 }, { issued: 100 }))).toEqual([]);
	});

	it('refuses a candidate above the valid ballots, allows exactly all', () => {
		// One candidate for one seat: 101 votes is also more than 100 ballots × 1 seat.
		expect(fields(count(1, 120, 100, { A: 101 }))).toEqual(['candidates.0.votes', 'candidates']);
		expect(fields(count(2, 120, 100, { A: 101, B: 10 }))).toEqual(['candidates.0.votes']);
		expect(ok(count(1, 120, 100, { A: 100 })).elected).toEqual(['A']);
	});

	it('refuses more votes in total than valid ballots × seats', () => {
		expect(fields(count(2, 10, 10, { A: 10, B: 10, C: 1 }))).toEqual(['candidates']);
		expect(fields(count(2, 10, 10, { A: 10, B: 9, C: 1 }))).toEqual([]);
	});

	it('requires the base to be a positive integer', () => {
		for (const base of [0, -3, 10.5, Number.NaN]) {
			expect(messages(count(1, base, 10, { A: 6 }))).toEqual(['số làm căn cứ tính trúng cử phải là số nguyên dương']);
		}
	});

	it('refuses more ballots issued than the base, equality allowed', () => {
		expect(messages(count(1, 106, 107, { A: 60 }))).toEqual(['số phiếu phát ra (107) nhiều hơn 106 đại biểu được triệu tập']);
		expect(fields(count(1, 106, 107, { A: 60 }))).toEqual(['issued']);
		// The editor's own base: the schema's check and message for `elections[].base`.
		expect(tally(count(1, 104, 100, { A: 60 }, { issued: 105, baseSource: 'base' }))).toEqual({
			ok: false,
			problems: [{ field: 'base', message: 'số làm căn cứ tính trúng cử (104) nhỏ hơn số phiếu phát ra (105): người có mặt bỏ phiếu không thuộc các trường hợp được trừ' }],
		});
		expect(ok(count(1, 106, 106, { A: 54 })).elected).toEqual(['A']);
	});

	it('reports every problem at once', () => {
		expect(fields(count(1, 100, 100, { A: 101 }, { issued: 102, received: 102, invalid: 1 }))).toEqual(['received', 'issued', 'candidates.0.votes', 'candidates']);
	});

	it('refuses non-integers and empty lists with Vietnamese messages', () => {
		const r = tally(count(1, 10, 10, {}, { seats: 1.5 }));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems[0]!.message).toMatch(/số người cần bầu phải là số nguyên/);
		expect(messages(count(1, 10, 10, {}))).toEqual(['chưa có người nào trong danh sách bầu cử']);
	});
});
