import { describe, expect, it } from 'vitest';
import { readCongressFile, writeCongressFile, CongressFileError } from '../../../src/lib/packet/congress-file.ts';
import { applyDefaults, parseCount, parseDecimal, prune, setPath } from '../../../src/lib/packet/data.ts';
import { ballotCount, tally, withResult } from '../../../src/lib/packet/elections.ts';

describe('form data', () => {
	it('sets values by path, creating lists for numeric keys', () => {
		const d: Record<string, unknown> = {};
		setPath(d, 'elections.0.candidates.1.name', 'Trần Thị B');
		expect(d).toEqual({ elections: [{ candidates: [undefined, { name: 'Trần Thị B' }] }] });
	});
	it('drops blanks but keeps half-filled entries for the schema to judge', () => {
		expect(prune({ a: '', b: [{}, { name: ' ' }, { name: 'A', role: '' }], c: { d: undefined } })).toEqual({ b: [{ name: 'A' }] });
		expect(prune({ name: 'Tha\u0300nh' })).toEqual({ name: 'Thành' });
	});
	it('reads counts and figures the Vietnamese way', () => {
		expect(parseCount('297')).toBe(297);
		expect(parseCount('3.880')).toBe(3880);
		expect(parseCount('12a')).toBe('12a');
		expect(parseCount(' ')).toBeUndefined();
		expect(parseDecimal('6,5')).toBe(6.5);
		expect(parseDecimal('3.880')).toBe(3880);
		expect(parseDecimal('45')).toBe(45);
	});
	it('fills defaults by organization type without overwriting', () => {
		expect(applyDefaults({}, 'chi-bo-co-so')).toMatchObject({
			congress: { term: '2020-2025', kind: 'toan-the' },
			elections: [{ kind: 'committee' }, { kind: 'secretary', seats: 1 }, { kind: 'delegation' }],
		});
		const kept = applyDefaults({ congress: { kind: 'dai-bieu' }, elections: [{ kind: 'committee' }] }, 'chi-bo-co-so');
		expect(kept).toMatchObject({ congress: { kind: 'dai-bieu' }, elections: [{ kind: 'committee' }] });
	});
});

describe('congress file', () => {
	it('round-trips through the front matter format, dates kept as text', () => {
		const data = { organization: { name: 'Đảng bộ xã Thử & <Nghiệm>' }, congress: { term: '2020-2025', dates: ['2020-01-10'] } };
		const text = writeCongressFile(data, 'Ghi chú.');
		expect(text).toMatch(/^---\n[\s\S]*\n---\n\nGhi chú\.\n$/);
		expect(readCongressFile(text)).toEqual({ data, body: 'Ghi chú.' });
	});
	it('names the line of a YAML error', () => {
		expect(() => readCongressFile('---\na: [\n---\n')).toThrow(CongressFileError);
		expect(() => readCongressFile('---\na: [\n---\n')).toThrow(/dòng \d+/);
		expect(() => readCongressFile('chỉ là chữ')).toThrow(/front matter/);
	});
});

describe('election bridge', () => {
	const election = {
		kind: 'committee',
		seats: 2,
		ballots: { issued: 10, received: 10, valid: 10, invalid: 0 },
		candidates: [{ name: 'A', votes: 6 }, { name: 'A', votes: 9 }, { name: 'C', votes: 5 }],
	};
	it('waits for every figure before tallying', () => {
		expect(ballotCount({ seats: 2 })).toEqual({ missing: ['số phiếu phát ra', 'số phiếu thu vào', 'số phiếu hợp lệ', 'số phiếu không hợp lệ', 'danh sách bầu cử'] });
	});
	it('marks the elected by position, so two people with one name stay apart', () => {
		const count = ballotCount(election);
		if ('missing' in count) throw new Error('incomplete');
		expect(withResult(election, tally(count)).candidates!.map((c) => c.elected)).toEqual([true, true, false]);
	});
});
