import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCongress } from '../../../src/lib/content/congress.ts';
import { ContentError, type ContentProblem } from '../../../src/lib/content/errors.ts';
import { parseFrontMatter } from '../../../src/lib/content/files.ts';

const FILE = 'content/congresses/thu.md';
const base = () => parseFrontMatter(readFileSync('content/congresses/thanh-chan.md', 'utf8'), FILE).data as Record<string, any>;

function problems(data: unknown): ContentProblem[] {
	try {
		parseCongress(data, FILE);
	} catch (e) {
		if (e instanceof ContentError) return e.problems;
		throw e;
	}
	throw new Error('expected the congress to be rejected');
}

/** Each bad input of the issue: the change, the field the message must name, and what it must say. */
const BAD: [string, (c: Record<string, any>) => void, string, RegExp][] = [
	['a missing required field', (c) => delete c.organization.name, 'organization.name', /thiếu trường bắt buộc/],
	['a malformed date', (c) => (c.congress.dates = ['10/01/2020']), 'congress.dates.0', /NĂM-THÁNG-NGÀY/],
	['an impossible date', (c) => (c.congress.dates = ['2020-02-30']), 'congress.dates.0', /ngày có thật/],
	['an unknown organization type', (c) => (c.organization.type = 'chi-bo'), 'organization.type', /«chi-bo» không phải loại tổ chức đảng; dùng một trong: chi-bo-co-so/],
	['attending more than elected delegates', (c) => (c.delegates = { elected: 106, attending: 107 }), 'delegates.attending', /có mặt \(107\) lớn hơn số đại biểu được triệu tập \(106\)/],
	[
		'more members present than the organization has, at an all-members congress',
		(c) => ((c.congress.kind = 'toan-the'), (c.organization.members = 30), (c.delegates = { attending: 35 })),
		'delegates.attending',
		/số đảng viên có mặt \(35\) lớn hơn số đảng viên của tổ chức \(30\)/,
	],
	[
		'votes for a candidate above the valid ballots',
		(c) => (c.elections[0] = { kind: 'committee', seats: 2, ballots: { issued: 100, received: 100, valid: 98, invalid: 2 }, candidates: [{ name: 'Nguyễn Văn A', votes: 99 }] }),
		'elections.0.candidates.0.votes',
		/Nguyễn Văn A được 99 phiếu, nhiều hơn số phiếu hợp lệ \(98\)/,
	],
	[
		'valid + invalid ≠ ballots received',
		(c) => (c.elections[0] = { kind: 'committee', ballots: { issued: 100, received: 100, valid: 97, invalid: 2 } }),
		'elections.0.ballots.received',
		/phiếu hợp lệ \(97\) cộng số phiếu không hợp lệ \(2\) phải bằng số phiếu thu vào \(100\)/,
	],
	[
		'more ballots received than issued',
		(c) => (c.elections[0] = { kind: 'committee', ballots: { issued: 99, received: 100, valid: 100, invalid: 0 } }),
		'elections.0.ballots.received',
		/thu vào \(100\) lớn hơn số phiếu phát ra \(99\)/,
	],
	[
		'more people elected than seats',
		(c) => (c.elections[0] = { kind: 'committee', seats: 1, candidates: [{ name: 'Nguyễn Văn A', elected: true }, { name: 'Trần Thị B', elected: true }] }),
		'elections.0.candidates',
		/số người trúng cử \(2\) nhiều hơn số lượng cần bầu \(1\)/,
	],
	// Reliability review: one control character made every generated .docx unreadable.
	['a vertical tab in a name (control character)', (c) => (c.organization.name = 'Đảng bộ xã\vThanh Chăn'), 'organization.name', /ký tự điều khiển không in được \(U\+000B\)/],
	['U+0001 in a venue (control character)', (c) => (c.congress.venue = 'Hội trường\u0001'), 'congress.venue', /\(U\+0001\)/],
	['a form feed in a candidate name (control character)', (c) => (c.elections[0].candidates = [{ name: 'Nguyễn\fVăn A' }]), 'elections.0.candidates.0.name', /\(U\+000C\)/],
	['a lone surrogate in a recipient (control character)', (c) => (c.recipients = ['Ban Tổ chức \uD800']), 'recipients.0', /\(U\+D800\)/],
	['U+FFFF in an upper body (control character)', (c) => (c.organization.upperBody = 'Đảng bộ huyện\uFFFF'), 'organization.upperBody', /\(U\+FFFF\)/],
	['more elected than seats, as a count', (c) => (c.elections[0] = { kind: 'committee', seats: 14, elected: 15 }), 'elections.0.elected', /\(15\) nhiều hơn số lượng cần bầu \(14\)/],
	[
		'a candidate marked elected with more than half of the valid ballots but not of the delegates convened',
		// 53 of 101 valid ballots is more than half of them; the base is the 106 delegates convened (Điều lệ Đảng, Điều 12.3).
		(c) => (c.elections[0] = { kind: 'committee', seats: 1, ballots: { issued: 104, received: 104, valid: 101, invalid: 3 }, candidates: [{ name: 'Trần Thị B', votes: 53, elected: true }] }),
		'elections.0.candidates.0.elected',
		/Trần Thị B được 53 phiếu, chưa quá một nửa so với 106 đại biểu được triệu tập nên không thể trúng cử \(cần ít nhất 54 phiếu\)/,
	],
	[
		'a candidate marked elected without more than half of the base the election gives',
		(c) => (c.elections[0] = { kind: 'committee', seats: 1, base: 104, candidates: [{ name: 'Trần Thị B', votes: 52, elected: true }] }),
		'elections.0.candidates.0.elected',
		/được 52 phiếu, chưa quá một nửa so với số làm căn cứ tính trúng cử là 104 .*cần ít nhất 53 phiếu/,
	],
	[
		'a candidate marked elected without more than half of the official members, at a members\' congress',
		(c) => {
			c.congress.kind = 'toan-the';
			c.organization.members = 41;
			delete c.delegates;
			c.elections[0] = { kind: 'secretary', seats: 1, candidates: [{ name: 'Lê Văn C', votes: 20, elected: true }] };
		},
		'elections.0.candidates.0.elected',
		/Lê Văn C được 20 phiếu, chưa quá một nửa so với 41 đảng viên chính thức .*cần ít nhất 21 phiếu/,
	],
	[
		'a base above the delegates convened',
		(c) => (c.elections[0] = { kind: 'committee', base: 110 }),
		'elections.0.base',
		/số làm căn cứ tính trúng cử \(110\) lớn hơn 106 đại biểu được triệu tập/,
	],
	[
		'a base below the ballots issued',
		(c) => (c.elections[0] = { kind: 'committee', base: 90, ballots: { issued: 100 } }),
		'elections.0.base',
		/số làm căn cứ tính trúng cử \(90\) nhỏ hơn số phiếu phát ra \(100\)/,
	],
	['an unknown field', (c) => (c.organization.chairman = 'X'), 'organization', /chairman/],
];

describe('congress schema', () => {
	it('accepts the three example congresses', () => {
		for (const id of ['thanh-chan', 'phong-gd-dt-dien-bien', 'dong-xuan']) {
			const file = `content/congresses/${id}.md`;
			expect(() => parseCongress(parseFrontMatter(readFileSync(file, 'utf8'), file).data, file)).not.toThrow();
		}
	});

	it.each(BAD)('rejects %s, naming the file and the field in Vietnamese', (_name, change, field, message) => {
		const data = base();
		change(data);
		const found = problems(data);
		const p = found.find((x) => x.field === field);
		expect(p, JSON.stringify(found)).toBeDefined();
		expect(p!.file).toBe(FILE);
		expect(p!.message).toMatch(message);
		expect(new ContentError(found).message).toContain(`${FILE} — trường «${field}»`);
	});

	it('normalizes NFD input to NFC', () => {
		const data = base();
		data.organization.name = 'Đảng bộ xã Thanh Chăn'.normalize('NFD');
		data.presidium[0].name = 'Nguyễn Văn Ẩn'.normalize('NFD');
		const c = parseCongress(data, FILE);
		expect(c.organization.name).toBe('Đảng bộ xã Thanh Chăn'.normalize('NFC'));
		expect(c.organization.name).not.toBe(data.organization.name);
		expect(c.presidium![0]!.name).toBe('Nguyễn Văn Ẩn');
	});
});

describe('election threshold: more than half of the base (Điều lệ Đảng Điều 12.3, Quy chế 244 Điều 32)', () => {
	/** Thanh Chăn with one committee election: `votes` for a candidate marked elected, against `base`. */
	function withElected(votes: number, electionBase: number | undefined, change?: (c: Record<string, any>) => void) {
		const data = base();
		data.elections = [{ kind: 'committee', seats: 1, ...(electionBase === undefined ? {} : { base: electionBase }), candidates: [{ name: 'Nguyễn Văn A', votes, elected: true }] }];
		change?.(data);
		return data;
	}

	it.each([
		['even base, the default of 106 delegates convened', undefined, 53],
		['odd base given by the election', 105, 52],
		['even base given by the election', 100, 50],
		['odd base of 1', 1, 0],
	])('%s: exactly half (or just under) is not elected, one more is', (_name, baseValue, half) => {
		const rejected = problems(withElected(half, baseValue));
		expect(rejected.map((p) => p.field)).toEqual(['elections.0.candidates.0.elected']);
		expect(() => parseCongress(withElected(half + 1, baseValue), FILE)).not.toThrow();
	});

	it('uses the official members at a members\' congress, 20 of 40 not elected and 21 elected', () => {
		const members = (c: Record<string, any>) => {
			c.congress.kind = 'toan-the';
			c.organization.members = 40;
			delete c.delegates;
		};
		expect(problems(withElected(20, undefined, members))[0]!.message).toMatch(/so với 40 đảng viên chính thức/);
		expect(() => parseCongress(withElected(21, undefined, members), FILE)).not.toThrow();
	});

	it('does not take the valid ballots as the base: 54 of 106 convened elects even with 60 valid ballots', () => {
		const data = withElected(54, undefined, (c) => (c.elections[0].ballots = { issued: 60, received: 60, valid: 60, invalid: 0 }));
		expect(() => parseCongress(data, FILE)).not.toThrow();
	});

	it('has no base to check against when the kind of congress is not given and the election gives none', () => {
		expect(() => parseCongress(withElected(1, undefined, (c) => delete c.congress.kind), FILE)).not.toThrow();
		expect(problems(withElected(50, 100, (c) => delete c.congress.kind))[0]!.field).toBe('elections.0.candidates.0.elected');
	});
});

describe('document numbers', () => {
	it('are keyed by template id and printed as «Số 01-NQ/ĐH»', async () => {
		const data = base();
		data.numbers = { 'nghi-quyet-dai-hoi': '01' };
		expect(parseCongress(data, FILE).numbers).toEqual({ 'nghi-quyet-dai-hoi': '01' });
		const { buildView } = await import('../../../src/lib/documents/view.ts');
		const { loadElectionRules } = await import('../../../src/lib/content/election-rules.ts');
		const rules = loadElectionRules(process.cwd(), 'content');
		expect(buildView(parseCongress(data, FILE), { id: 'nghi-quyet-dai-hoi', symbol: 'NQ/ĐH' }, rules).number).toBe('Số 01-NQ/ĐH');
		data.numbers = { 'nghi-quyet': '1' };
		expect(problems(data)[0]!.message).toMatch(/«nghi-quyet» không phải mã biểu mẫu/);
	});
});
