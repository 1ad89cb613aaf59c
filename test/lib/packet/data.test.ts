import { describe, expect, it } from 'vitest';
import { readCongressFile, writeCongressFile, CongressFileError } from '../../../src/lib/packet/congress-file.ts';
import { applyDefaults, duplicateNames, normalizeTerm, parseCount, parseDecimal, proposedElections, prune, setPath } from '../../../src/lib/packet/data.ts';
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
		expect(parseCount('21')).toBe(21);
		expect(parseCount(' 21 ')).toBe(21);
		expect(parseCount('21,0')).toBe(21);
		expect(parseCount('21,5')).toBe('21,5');
		expect(parseCount('ba mươi')).toBe('ba mươi');
		expect(parseDecimal('6,5')).toBe(6.5);
		expect(parseDecimal('3.880')).toBe(3880);
		expect(parseDecimal('45')).toBe(45);
	});
	it('reads a term typed with spaces or a dash', () => {
		for (const t of ['2020-2025', '2020 - 2025', '2020–2025', ' 2020 — 2025 ']) expect(normalizeTerm(t)).toBe('2020-2025');
		expect(normalizeTerm('2020')).toBe('2020');
	});
	it('finds a name entered twice, whatever the case and spacing, but not two different names', () => {
		expect([...duplicateNames(['Nguyễn Văn A', 'Trần Thị B', 'nguyễn  văn a', 'Nguyễn Văn Á', undefined, ''])]).toEqual([[2, 0]]);
	});
	it('fills defaults by organization type without overwriting, and adds no election the user did not choose', () => {
		const fresh = applyDefaults({}, 'chi-bo-co-so');
		expect(fresh).toMatchObject({ congress: { term: '2020-2025', kind: 'toan-the' } });
		expect(fresh['elections']).toBeUndefined();
		expect(proposedElections('chi-bo-co-so')).toEqual(['committee', 'secretary', 'deputy-secretary', 'delegation']);
		expect(proposedElections('dang-bo-co-so')).toEqual(['committee', 'delegation']);
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
		expect(() => readCongressFile('chỉ là chữ')).toThrow(/không phải tệp hồ sơ đại hội/);
	});
	it('speaks plain Vietnamese about a broken file: no «front matter», «YAML», «null byte»', () => {
		for (const text of ['chỉ là chữ', '---\na: [\n---\n', '---\na: "x\u0000"\n---\n', '---\na: 1\n  b: 2\n---\n', '---\na: 1\na: 2\n---\n']) {
			let message = '';
			try {
				readCongressFile(text);
			} catch (e) {
				message = (e as Error).message;
			}
			expect(message, text).toMatch(/^(không|tệp này không)/);
			expect(message, text).not.toMatch(/front matter|YAML|null byte|JSON|stream|mapping|indentation/i);
		}
	});
});

describe('election bridge', () => {
	const congress = { congress: { kind: 'dai-bieu' }, organization: { members: 40 }, delegates: { elected: 10 } };
	const election = {
		kind: 'committee',
		seats: 2,
		ballots: { issued: 10, received: 10, valid: 10, invalid: 0 },
		candidates: [{ name: 'A', votes: 6 }, { name: 'A', votes: 9 }, { name: 'C', votes: 5 }],
	};
	it('waits for every figure before tallying', () => {
		expect(ballotCount(congress, { seats: 2 })).toEqual({ missing: ['số phiếu phát ra', 'số phiếu thu vào', 'số phiếu hợp lệ', 'số phiếu không hợp lệ', 'danh sách bầu cử'] });
	});
	it('measures votes against the base the schema and the documents use', () => {
		expect(ballotCount(congress, election)).toMatchObject({ base: 10, baseSource: 'delegates' });
		expect(ballotCount({ ...congress, congress: { kind: 'toan-the' } }, election)).toMatchObject({ base: 40, baseSource: 'members' });
		expect(ballotCount(congress, { ...election, base: 9 })).toMatchObject({ base: 9, baseSource: 'base' });
	});
	it('names what the base needs, for the kind of congress chosen', () => {
		const missing = (c: unknown) => {
			const count = ballotCount(c, election);
			return 'missing' in count ? count.missing : [];
		};
		expect(missing({ congress: { kind: 'dai-bieu' } })).toEqual(['số đại biểu được triệu tập (hoặc số làm căn cứ tính trúng cử)']);
		expect(missing({ congress: { kind: 'toan-the' }, delegates: { elected: 10 } })).toEqual(['số đảng viên của tổ chức (hoặc số làm căn cứ tính trúng cử)']);
		expect(missing({ delegates: { elected: 10 } })).toEqual([
			'hình thức đại hội và số đại biểu được triệu tập / số đảng viên chính thức, hoặc số làm căn cứ tính trúng cử',
		]);
		expect(missing({})).toHaveLength(1);
		expect(missing({ congress: {}, delegates: {} })).toHaveLength(1);
		expect(ballotCount({}, { ...election, base: 10 })).toMatchObject({ base: 10 });
	});
	it('refuses a base typed wrong instead of falling back to the delegates', () => {
		const count = ballotCount(congress, { ...election, base: '9,5' });
		if ('missing' in count) throw new Error('incomplete');
		expect(tally(count)).toEqual({ ok: false, problems: [{ field: 'base', message: 'số làm căn cứ tính trúng cử phải là số nguyên dương' }] });
	});
	it('marks the elected by position, so two people with one name stay apart', () => {
		const count = ballotCount(congress, election);
		if ('missing' in count) throw new Error('incomplete');
		// 6 of 10 delegates passes, 5 does not.
		expect(withResult(election, tally(count)).candidates!.map((c) => c.elected)).toEqual([true, true, false]);
	});
});
