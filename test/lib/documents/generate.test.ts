import { beforeAll, describe, expect, it } from 'vitest';
import { parseCongress, type Congress } from '../../../src/lib/content/congress.ts';
import type { ElectionRules } from '../../../src/lib/content/election-rules.ts';
import type { CompiledTemplate } from '../../../src/lib/documents/compile.ts';
import { DOTS } from '../../../src/lib/documents/format.ts';
import type { TemplateMeta } from '../../../src/lib/documents/meta.ts';
import { packetZip, planDocuments, renderBlank, renderCongress, type GeneratedFile } from '../../../src/lib/documents/packet.ts';
import type { Rule } from '../../../src/lib/rules/schema.ts';
import { formatDateLong } from '../../../src/lib/vi/format.ts';
import { readCongressFile } from '../../../src/lib/packet/congress-file.ts';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { plainText, readDocx, type DocxReport } from '../../support/docx.ts';
import { loadProjectDocuments } from '../../support/documents.ts';

let metas: TemplateMeta[];
let compiled: Map<string, CompiledTemplate>;
let rules: ElectionRules;
let personnelRules: Rule[];
let examples: { id: string; data: Congress; files: GeneratedFile[] }[];

beforeAll(async () => {
	const p = await loadProjectDocuments();
	metas = p.metas;
	compiled = p.compiled;
	rules = p.rules;
	personnelRules = p.personnelRules;
	examples = [];
	for (const c of p.congresses) {
		examples.push({ id: c.file.replace(/^.*\//, '').replace(/\.md$/, ''), data: c.data, files: await renderCongress(c.data, metas, compiled, rules, personnelRules) });
	}
	// Reading all content and compiling the templates takes seconds on a shared 2-core machine.
}, 60_000);

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
const isBallot = (m: TemplateMeta) => m.id === 'phieu-bau';

/** Hướng dẫn 36-HD/VPTW as the issue spells it out, checked on the generated XML. */
function expectOfficialFormat(doc: DocxReport, meta: TemplateMeta, c: Congress | undefined) {
	// A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm = 56.7 twips).
	expect(doc.page).toMatchObject({ width: 11906, height: 16838 });
	expect(doc.page.top).toBeGreaterThanOrEqual(1134);
	expect(doc.page.top).toBeLessThanOrEqual(1418);
	expect(doc.page.bottom).toBeGreaterThanOrEqual(1134);
	expect(doc.page.bottom).toBeLessThanOrEqual(1418);
	expect(doc.page.left).toBeGreaterThanOrEqual(1701);
	expect(doc.page.left).toBeLessThanOrEqual(1985);
	expect(doc.page.right).toBeGreaterThanOrEqual(850);
	expect(doc.page.right).toBeLessThanOrEqual(1134);
	// Times New Roman only, for every run.
	expect([...doc.fonts]).toEqual(['Times New Roman']);
	for (const p of doc.paragraphs) for (const r of p.runs) expect(r.font).toBe('Times New Roman');

	const ps = doc.paragraphs;
	// "ĐẢNG CỘNG SẢN VIỆT NAM" top right: bold capitals 15 pt with a rule under it.
	const party = ps.find((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')!;
	expect(party).toMatchObject({ inTable: true, cell: 1, props: { bold: true, size: 15, bottomBorder: true, jc: 'center' } });
	// Issuing body top left: upper body in capitals 14 pt, the congress in bold capitals 14 pt, an asterisk.
	const left = ps.filter((p) => p.inTable && p.cell === 0 && p.text.trim());
	const [upperBody, issuer, congressName, star] = left;
	expect(upperBody!.props).toMatchObject({ size: 14, bold: false });
	expect(upperBody!.text).toBe(upper(upperBody!.text));
	if (c) expect(upperBody!.text).toBe(upper(c.organization.upperBody));
	for (const p of [issuer!, congressName!]) {
		expect(p.props).toMatchObject({ size: 14, bold: true });
		expect(p.text).toBe(upper(p.text));
	}
	if (c) expect(issuer!.text).toBe(upper(c.organization.name));
	expect(star!.text).toBe('*');
	if (meta.symbol) {
		const number = left[4]!;
		expect(number.text).toMatch(new RegExp(`^Số .+-${meta.symbol.replace('/', '\\/')}$`));
		expect(number.props).toMatchObject({ size: 14, bold: false });
	}
	if (!isBallot(meta)) {
		// Place and date in italics 14 pt, under the party name.
		const date = ps[ps.indexOf(party) + 1]!;
		expect(date.props).toMatchObject({ italic: true, size: 14 });
		const place = c?.organization.place ?? DOTS;
		const day = c?.congress.dates?.[0] ? formatDateLong(c.congress.dates[0]) : 'ngày …… tháng …… năm ……';
		expect(date.text).toBe(`${place}, ${day}`);
	}
	// Document kind centred, bold capitals 15–16 pt, with its summary line under it.
	const titleIndex = ps.findIndex((p) => !p.inTable && p.props.size >= 15);
	const title = ps[titleIndex]!;
	expect(title.props).toMatchObject({ bold: true, jc: 'center' });
	expect(title.props.size).toBeGreaterThanOrEqual(15);
	expect(title.props.size).toBeLessThanOrEqual(16);
	expect(title.text).toBe(upper(title.text));
	const summary = ps[titleIndex + 1]!;
	expect(summary.props).toMatchObject({ bold: true, jc: 'center', size: 14 });
	expect(summary.text.trim().length).toBeGreaterThan(10);
	if (isBallot(meta)) return;
	// Body 14 pt justified.
	// Summary line(s) end with a short rule.
	const rule = ps.findIndex((p, i) => i > titleIndex && p.text === '-----');
	expect(rule - titleIndex).toBeLessThanOrEqual(3);
	const end = ps.findIndex((p, i) => i > titleIndex && (p.text === 'Nơi nhận:' || /^T\/M /.test(p.text)));
	const body = ps.slice(rule + 1, end).filter((p) => !p.inTable && p.text.trim() && !p.props.bold && !p.props.italic);
	expect(body.length).toBeGreaterThanOrEqual(1);
	for (const p of body) expect(p.props).toMatchObject({ size: 14, jc: 'both' });
	// Signature block and "Nơi nhận".
	const authority = ps.find((p) => p.inTable && /^T\/M /.test(p.text))!;
	expect(authority.props).toMatchObject({ bold: true, size: 14, jc: 'center' });
	expect(ps.find((p) => p.text === 'Nơi nhận:')?.props).toMatchObject({ bold: true, italic: true });
}

/** Front-matter data each template must print, for any congress. */
function expectedData(template: string, c: Congress): string[] {
	const names = (list?: { name: string }[]) => (list ?? []).map((p) => p.name);
	switch (template) {
		case 'quy-che-lam-viec':
			return [...names(c.presidium), ...names(c.secretariat), ...names(c.credentialsCommittee)];
		case 'quy-che-bau-cu':
			return names(c.voteCounters);
		case 'bien-ban-dai-hoi':
			return [...names(c.presidium), ...names(c.secretariat), ...names(c.voteCounters), ...(c.delegates?.elected !== undefined ? [String(c.delegates.elected)] : [])];
		case 'nghi-quyet-dai-hoi':
			return [...(c.targets ?? []).map((t) => t.indicator), `nhiệm kỳ ${c.congress.term.replace('-', '\u00a0–\u00a0')}`];
		case 'bien-ban-kiem-phieu':
			return names(c.voteCounters);
		case 'bao-cao-tong-hop-gop-y':
			return [`dự thảo văn kiện đại hội ${c.organization.upperBody}`];
		case 'chuong-trinh-dai-hoi':
		case 'noi-quy-dai-hoi':
			return [c.organization.name];
		default:
			return [];
	}
}

/** What Word insists on beyond well-formed XML: a paragraph in every cell and after a closing table. */
function expectWordStructure(xml: string) {
	for (const cell of xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) expect(cell).toMatch(/<w:p[ >]/);
	expect(xml).not.toMatch(/<\/w:tbl><w:sectPr/);
	expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>/);
}

describe('generated documents', () => {
	it('plan one document per template per congress, and one per election for vote-count minutes and ballots', () => {
		const thanhChan = examples.find((e) => e.id === 'thanh-chan')!;
		expect(thanhChan.files.map((f) => f.name)).toContain('bien-ban-kiem-phieu-cap-uy.docx');
		expect(thanhChan.files.map((f) => f.name)).toContain('bien-ban-kiem-phieu-doan-dai-bieu.docx');
		expect(thanhChan.files.map((f) => f.name)).not.toContain('bien-ban-kiem-phieu-bi-thu.docx');
		const gd = examples.find((e) => e.id === 'phong-gd-dt-dien-bien')!;
		expect(gd.files.map((f) => f.name)).toContain('bien-ban-kiem-phieu-bi-thu.docx');
		expect(gd.files.map((f) => f.name)).toContain('phieu-bau-bi-thu.docx');
		for (const e of examples) expect(new Set(e.files.map((f) => f.template))).toEqual(new Set(metas.map((m) => m.id)));
	});

	it('every template from every example congress is a valid .docx in the official format with the congress data', async () => {
		for (const e of examples) {
			for (const f of e.files) {
				const meta = metas.find((m) => m.id === f.template)!;
				const doc = await readDocx(f.bytes);
				const text = plainText(doc);
				try {
					expectOfficialFormat(doc, meta, e.data);
					expectWordStructure(doc.documentXml);
					expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object/);
					expect(doc.title).toBe(f.title.replace(/&/g, '&amp;'));
					if (!isBallot(meta)) for (const r of e.data.recipients ?? []) expect(text).toContain(`- ${r},`);
					for (const s of expectedData(f.template, e.data)) expect(text).toContain(s);
				} catch (err) {
					(err as Error).message = `${e.id}/${f.name}: ${(err as Error).message}`;
					throw err;
				}
			}
		}
	});

	it('the Thanh Chăn documents carry its figures exactly', async () => {
		const e = examples.find((x) => x.id === 'thanh-chan')!;
		const text = async (name: string) => plainText(await readDocx(e.files.find((f) => f.name === name)!.bytes));
		const resolution = await text('nghi-quyet-dai-hoi.docx');
		for (const s of [
			'Đại hội đại biểu Đảng bộ xã Thanh Chăn lần thứ XXI, nhiệm kỳ 2020\u00a0–\u00a02025',
			'Thanh Chăn, ngày 10 tháng 01 năm 2020',
			'Tổng sản lượng lương thực toàn xã đến năm 2025\n3.880 tấn',
			'từ 6 thôn, bản trở lên',
			'Tỷ lệ hộ nghèo\ntừ 6% trở xuống',
			'từ 45 triệu đồng/người/năm trở lên',
			'100% (trong đó 85% chi bộ đạt trong sạch, vững mạnh)',
			'Kết nạp đảng viên trong nhiệm kỳ\ntừ 30 đảng viên trở lên',
			'Bầu Ban Chấp hành Đảng bộ xã Thanh Chăn nhiệm kỳ 2020\u00a0–\u00a02025: đã bầu 14 đồng chí.',
			'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XXI',
			'Nguyễn Văn A',
		]) {
			expect(resolution).toContain(s);
		}
		const minutes = await text('bien-ban-dai-hoi.docx');
		expect(minutes).toContain('Tổng số đại biểu được triệu tập: 106; có mặt: 106;');
		expect(minutes).toContain('có tổng số 297 đảng viên');
		for (const p of [...e.data.presidium!, ...e.data.secretariat!, ...e.data.voteCounters!]) expect(minutes).toContain(p.name);
		const count = await text('bien-ban-kiem-phieu-cap-uy.docx');
		expect(count).toContain('Bầu Ban Chấp hành Đảng bộ xã Thanh Chăn nhiệm kỳ 2020\u00a0–\u00a02025');
		expect(count).toContain('1. Số lượng cần bầu: 14');
		expect(count).toContain('Trưởng ban');
		// The agenda has the votes the pilot congresses missed.
		const agenda = await text('chuong-trinh-dai-hoi.docx');
		expect(agenda).toMatch(/Thông qua Chương trình đại hội\n\(Đại hội biểu quyết\)/);
		expect(agenda).toMatch(/Thông qua Nội quy đại hội và Quy chế làm việc của đại hội\n\(Đại hội biểu quyết\)/);
		expect(agenda).toMatch(/Thông qua Quy chế bầu cử/);
	});

	it('values the sources do not give print as dotted lines, never invented', async () => {
		const e = examples.find((x) => x.id === 'dong-xuan')!;
		const doc = plainText(await readDocx(e.files.find((f) => f.name === 'bien-ban-dai-hoi.docx')!.bytes));
		expect(doc).toContain('Đồng Xuân, ngày …… tháng …… năm ……');
		expect(doc).toContain(`Tổng số đại biểu được triệu tập: ${DOTS}; có mặt: ${DOTS};`);
		const resolution = plainText(await readDocx(e.files.find((f) => f.name === 'nghi-quyet-dai-hoi.docx')!.bytes));
		expect(resolution).toContain(`Số ……-NQ/ĐH`);
		expect(resolution).toContain(`1\n${DOTS}\n${DOTS}`);
	});

	it('every template has a blank version with dotted lines in the official format', async () => {
		for (const meta of metas) {
			const blank = await renderBlank(meta, compiled, rules);
			const doc = await readDocx(blank.bytes);
			expectOfficialFormat(doc, meta, undefined);
			expectWordStructure(doc.documentXml);
			const text = plainText(doc);
			expect(text).toContain(DOTS);
			expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object/);
		}
	});

	it('the packet .zip holds every document of the congress, byte for byte', async () => {
		const { unzipSync } = await import('fflate');
		const e = examples[0]!;
		const zip = unzipSync(packetZip(e.files));
		expect(Object.keys(zip).sort()).toEqual(e.files.map((f) => f.name).sort());
		for (const f of e.files) expect(zip[f.name]).toEqual(f.bytes);
		expect(planDocuments(e.data, metas, rules).map((p) => p.name)).toEqual(e.files.map((f) => f.name));
	});
});

/**
 * Điều lệ Đảng, Điều 12 điểm 3; Quy chế bầu cử trong Đảng (244-QĐ/TW), Điều 32: elected with more
 * than half of the official delegates convened or of the official members, minus the allowed
 * deductions — never of the valid ballots (the State's rule for its own elections).
 */
describe('the election threshold in the documents', () => {
	const WRONG_RULE = /quá một nửa (so với )?(tổng )?số phiếu (bầu )?hợp lệ/i;
	const textOf = async (files: GeneratedFile[], name: string) => plainText(await readDocx(files.find((f) => f.name === name)!.bytes));
	const thanhChan = () => examples.find((e) => e.id === 'thanh-chan')!;

	/** Thanh Chăn (106 delegates convened) with a counted committee election. */
	async function counted(election: Record<string, unknown>, change?: (c: Record<string, any>) => void) {
		const data = structuredClone(thanhChan().data) as Record<string, any>;
		data.elections = [{ kind: 'committee', ...election }];
		change?.(data);
		return renderCongress(parseCongress(data, 'x'), metas, compiled, rules, personnelRules);
	}

	it('no election rules or vote-count minutes, filled or blank, state «more than half of the valid ballots»', async () => {
		for (const e of examples) {
			for (const f of e.files.filter((x) => /^(quy-che-bau-cu|bien-ban-kiem-phieu)/.test(x.name))) {
				expect(plainText(await readDocx(f.bytes)), `${e.id}/${f.name}`).not.toMatch(WRONG_RULE);
			}
		}
		for (const meta of metas.filter((m) => m.id === 'quy-che-bau-cu' || m.id === 'bien-ban-kiem-phieu')) {
			const blank = plainText(await readDocx((await renderBlank(meta, compiled, rules)).bytes));
			expect(blank).not.toMatch(WRONG_RULE);
			// A blank form serves both kinds of congress, so it states both bases.
			expect(blank).toContain('tổng số đại biểu chính thức được triệu tập (đại hội đại biểu) hoặc tổng số đảng viên chính thức của đảng bộ, chi bộ (đại hội đảng viên)');
			if (meta.id === 'quy-che-bau-cu') expect(blank).toMatch(/\(ở đại hội đại biểu, như cấp ủy viên [^;]+; ở đại hội đảng viên, như đảng viên [^;]+\)\./);
		}
	});

	it('the Thanh Chăn election rules measure votes against the 106 delegates convened: at least 54', async () => {
		const rules = await textOf(thanhChan().files, 'quy-che-bau-cu.docx');
		expect(rules).toContain(
			'Người trúng cử phải có số phiếu bầu quá một nửa so với tổng số đại biểu chính thức được triệu tập, trừ các trường hợp Quy chế bầu cử trong Đảng cho phép trừ (như cấp ủy viên của cấp triệu tập đại hội vắng mặt suốt thời gian đại hội, đại biểu chính thức vắng mặt suốt thời gian đại hội mà không có đại biểu dự khuyết thay).'
		);
		expect(rules).toContain('Không tính theo số phiếu hợp lệ');
		expect(rules).toContain('- Bầu Ban Chấp hành Đảng bộ xã Thanh Chăn nhiệm kỳ 2020\u00a0–\u00a02025; số lượng cần bầu: 14; số làm căn cứ tính trúng cử: 106, người trúng cử phải được ít nhất 54 phiếu.');
		expect(rules).toMatch(/Nếu số người đạt quá một nửa nhiều hơn số lượng cần bầu thì lấy người có số phiếu cao hơn\. Những người ở cuối danh sách bằng phiếu nhau thì đại hội bầu lại/);
		const minutes = await textOf(thanhChan().files, 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(minutes).toContain('2. Số làm căn cứ tính trúng cử: 106\n- Tính theo: tổng số đại biểu chính thức được triệu tập (không tính theo số phiếu hợp lệ)');
		expect(minutes).toContain('- Số phiếu tối thiểu để trúng cử (quá một nửa số làm căn cứ): 54');
		expect(minutes).toContain('Tỷ lệ so với số làm căn cứ tính trúng cử');
		expect(minutes).toContain('5. Những đồng chí trúng cử (số phiếu bầu quá một nửa so với số làm căn cứ tính trúng cử');
	});

	it('vote-count minutes: shares of the base, and only those above half of it elected — 53 of 106 is not, though more than half of 101 valid ballots', async () => {
		const files = await counted({
			seats: 3,
			ballots: { issued: 104, received: 104, valid: 101, invalid: 3 },
			candidates: [
				{ name: 'Nguyễn Văn A', votes: 90 },
				{ name: 'Trần Thị B', votes: 53 },
				{ name: 'Lê Văn C', votes: 54 },
				{ name: 'Phạm Thị D', votes: 30 },
			],
		});
		const minutes = await textOf(files, 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(minutes).toContain('1\nNguyễn Văn A\n90\n84,91%');
		expect(minutes).toContain('2\nTrần Thị B\n53\n50%');
		expect(minutes).toContain('3\nLê Văn C\n54\n50,94%');
		const elected = minutes.slice(minutes.indexOf('5. Những đồng chí trúng cử'));
		expect(elected).toContain('1. Đồng chí Nguyễn Văn A: 90 phiếu\n2. Đồng chí Lê Văn C: 54 phiếu\nCòn thiếu 1 người so với số lượng cần bầu');
		expect(elected).not.toContain('Trần Thị B');
	});

	it('vote-count minutes: more passing than seats elects the highest; a tie at the last seat elects neither', async () => {
		const candidates = [
			{ name: 'Nguyễn Văn A', votes: 90 },
			{ name: 'Trần Thị B', votes: 70 },
			{ name: 'Lê Văn C', votes: 70 },
			{ name: 'Phạm Thị D', votes: 60 },
		];
		const highest = (await textOf(await counted({ seats: 3, candidates }), 'bien-ban-kiem-phieu-cap-uy.docx')).split('5. Những đồng chí trúng cử')[1]!;
		expect(highest).toMatch(/Nguyễn Văn A: 90 phiếu\n2\. Đồng chí Trần Thị B: 70 phiếu\n3\. Đồng chí Lê Văn C: 70 phiếu\nBiên bản/);
		expect(highest).not.toContain('bằng số phiếu nhau');
		expect(highest).not.toContain('Còn thiếu');
		const tie = (await textOf(await counted({ seats: 2, candidates }), 'bien-ban-kiem-phieu-cap-uy.docx')).split('5. Những đồng chí trúng cử')[1]!;
		expect(tie).toMatch(/1\. Đồng chí Nguyễn Văn A: 90 phiếu\nCác đồng chí/);
	});

	it('vote-count minutes record a tie at the last seat: who, on how many votes, and how many seats the further vote fills', async () => {
		const candidates = [
			{ name: 'Nguyễn Văn A', votes: 90 },
			{ name: 'Trần Thị B', votes: 70 },
			{ name: 'Lê Văn C', votes: 70 },
			{ name: 'Phạm Thị D', votes: 70 },
			{ name: 'Hoàng Văn E', votes: 60 },
		];
		const minutes = await textOf(await counted({ seats: 3, candidates }), 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(minutes.split('5. Những đồng chí trúng cử')[1]).toMatch(
			/\n1\. Đồng chí Nguyễn Văn A: 90 phiếu\nCác đồng chí Trần Thị B, Lê Văn C, Phạm Thị D bằng số phiếu nhau ở vị trí cuối \(70 phiếu\); đại hội bầu tiếp trong số các đồng chí này để chọn 2 người\.\nBiên bản/
		);
		expect(minutes).not.toContain('Hoàng Văn E bằng');
		expect(minutes).not.toContain('Còn thiếu');
		expect(minutes).not.toMatch(/IF|END-IF|\{\{/);
	});

	it('vote-count minutes say how many seats are left when fewer pass half of the base than there are seats', async () => {
		const minutes = await textOf(
			await counted({ seats: 3, candidates: [{ name: 'Nguyễn Văn A', votes: 90 }, { name: 'Trần Thị B', votes: 53 }, { name: 'Lê Văn C', votes: 40 }] }),
			'bien-ban-kiem-phieu-cap-uy.docx'
		);
		expect(minutes.split('5. Những đồng chí trúng cử')[1]).toMatch(
			/\n1\. Đồng chí Nguyễn Văn A: 90 phiếu\nCòn thiếu 2 người so với số lượng cần bầu; đại hội thảo luận, quyết định có bầu tiếp hay không\.\nBiên bản/
		);
		expect(minutes).not.toContain('bằng số phiếu nhau');
	});

	it('a full election, a tie the data already settled, or votes not yet entered add nothing after the winners', async () => {
		const full = await textOf(await counted({ seats: 2, candidates: [{ name: 'Nguyễn Văn A', votes: 90 }, { name: 'Trần Thị B', votes: 70 }, { name: 'Lê Văn C', votes: 60 }] }), 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(full.split('5. Những đồng chí trúng cử')[1]).toMatch(/\n2\. Đồng chí Trần Thị B: 70 phiếu\nBiên bản/);
		// After the further vote the editor marks who won it: the minutes no longer call it a tie.
		const settled = await textOf(
			await counted({
				seats: 2,
				candidates: [
					{ name: 'Nguyễn Văn A', votes: 90, elected: true },
					{ name: 'Trần Thị B', votes: 70, elected: true },
					{ name: 'Lê Văn C', votes: 70, elected: false },
				],
			}),
			'bien-ban-kiem-phieu-cap-uy.docx'
		);
		expect(settled.split('5. Những đồng chí trúng cử')[1]).toMatch(/\n2\. Đồng chí Trần Thị B: 70 phiếu\nBiên bản/);
		const noVotes = await textOf(await counted({ seats: 2, candidates: [{ name: 'Nguyễn Văn A' }, { name: 'Trần Thị B' }] }), 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(noVotes).not.toMatch(/bằng số phiếu nhau|Còn thiếu/);
		for (const e of examples) {
			for (const f of e.files.filter((x) => x.name.startsWith('bien-ban-kiem-phieu'))) {
				expect(plainText(await readDocx(f.bytes)), `${e.id}/${f.name}`).not.toMatch(/bằng số phiếu nhau|Còn thiếu|\{\{/);
			}
		}
	});

	it('a base the election gives (after deductions) replaces the delegates convened, odd: 53 of 105 is enough', async () => {
		const files = await counted({ seats: 1, base: 105, candidates: [{ name: 'Nguyễn Văn A', votes: 53 }, { name: 'Trần Thị B', votes: 52 }] });
		const minutes = await textOf(files, 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(minutes).toContain('2. Số làm căn cứ tính trúng cử: 105\n- Tính theo: tổng số đại biểu chính thức được triệu tập, sau khi trừ các trường hợp được trừ');
		expect(minutes).toContain('quá một nửa số làm căn cứ): 53');
		expect(minutes).toContain('1. Đồng chí Nguyễn Văn A: 53 phiếu\nBiên bản');
		expect(await textOf(files, 'quy-che-bau-cu.docx')).toContain('số làm căn cứ tính trúng cử: 105, người trúng cử phải được ít nhất 53 phiếu.');
	});

	it('only exactly half prints as 50%, however large the base', async () => {
		// 10.001 of 20.001 is 50,0025% and 10.000 is 49,9975%: two decimals would print «50%» for both.
		const files = await counted({ seats: 1, base: 20001, candidates: [{ name: 'Nguyễn Văn A', votes: 10001 }, { name: 'Trần Thị B', votes: 10000 }] }, (c) => {
			c.congress.kind = 'toan-the';
			c.organization.members = 20001;
			delete c.delegates;
		});
		const minutes = await textOf(files, 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(minutes).toContain('1\nNguyễn Văn A\n10.001\n50,0025%');
		expect(minutes).toContain('2\nTrần Thị B\n10.000\n49,9975%');
	});

	it('the blank election rules list the Quy chế\'s grounds for an invalid ballot instead of a dotted line', async () => {
		// Quy chế bầu cử trong Đảng (244-QĐ/TW), Điều 17 khoản 2, as checked on lawnet.vn / thuviennhadat.vn.
		const meta = metas.find((m) => m.id === 'quy-che-bau-cu')!;
		const blank = plainText(await readDocx((await renderBlank(meta, compiled, rules)).bytes));
		expect(blank).toContain('- Phiếu không do ban kiểm phiếu phát ra;\n- Phiếu bầu nhiều người hơn số lượng cần bầu;\n- Phiếu không bầu cho ai trong danh sách bầu cử có số dư;');
		expect(blank).toContain('Nếu số người đạt quá một nửa nhiều hơn số lượng cần bầu thì lấy người có số phiếu cao hơn. Những người ở cuối danh sách bằng phiếu nhau thì đại hội bầu lại giữa những người đó. Nếu số người trúng cử ít hơn');
		expect(blank).not.toContain('bỏ phiếu: ……');
	});

	it('a members\' congress of a party cell measures against its official members and lists their deductions', async () => {
		const files = await counted({ seats: 1, candidates: [{ name: 'Nguyễn Văn A', votes: 21 }, { name: 'Trần Thị B', votes: 20 }] }, (c) => {
			c.organization.type = 'chi-bo-co-so';
			c.organization.members = 40;
			c.congress.kind = 'toan-the';
			delete c.delegates;
		});
		const rules = await textOf(files, 'quy-che-bau-cu.docx');
		expect(rules).toContain('quá một nửa so với tổng số đảng viên chính thức của chi bộ, trừ các trường hợp Quy chế bầu cử trong Đảng cho phép trừ (như đảng viên đã được giới thiệu sinh hoạt tạm thời ở đảng bộ khác, đảng viên được miễn công tác và sinh hoạt đảng mà không có mặt ở đại hội, đảng viên đang bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố hoặc tạm giam, đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đại hội đồng ý).');
		expect(rules).toContain('số làm căn cứ tính trúng cử: 40, người trúng cử phải được ít nhất 21 phiếu.');
		const minutes = await textOf(files, 'bien-ban-kiem-phieu-cap-uy.docx');
		expect(minutes).toContain('Tính theo: tổng số đảng viên chính thức của chi bộ (không tính theo số phiếu hợp lệ)');
		expect(minutes).toContain('2\nTrần Thị B\n20\n50%');
		expect(minutes.split('5. Những đồng chí trúng cử')[1]).toMatch(/^[^\n]*\n1\. Đồng chí Nguyễn Văn A: 21 phiếu\nBiên bản/);
	});
});

describe('text XML cannot hold (reliability review: a control character made Word refuse the file)', () => {
	it('is stripped by the writer even when it bypasses the schema: every XML part well-formed, docProps/core.xml too', async () => {
		const { unzipSync, strFromU8 } = await import('fflate');
		const data = structuredClone(examples.find((e) => e.id === 'thanh-chan')!.data);
		data.organization.name = 'Đảng bộ xã\vThanh\u0001Chăn\uFFFF\uD800';
		const files = await renderCongress(data, metas, compiled, rules, personnelRules);
		const titles = files.map((f) => strFromU8(unzipSync(f.bytes)['docProps/core.xml']!));
		expect(titles.filter((t) => t.includes('Đảng bộ xãThanhChăn')).length).toBeGreaterThan(0);
		for (const f of files) {
			for (const [path, bytes] of Object.entries(unzipSync(f.bytes))) {
				if (!path.endsWith('.xml')) continue;
				const xml = strFromU8(bytes);
				expect(xml, `${f.name} ${path}`).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFFFD]/);
			}
		}
	});
});

/** Rows of the candidates' table (TT, name…) and the numbered winner lines of a generated document. */
async function rowsOf(bytes: Uint8Array) {
	const doc = await readDocx(bytes);
	return {
		names: doc.paragraphs.filter((p) => p.inTable && p.cell === 0 && /^\d+$/.test(p.text.trim())).length,
		winners: doc.paragraphs.filter((p) => !p.inTable && /^\d+\. Đồng chí /.test(p.text)).length,
	};
}

describe('rows sized from the data', () => {
	/** The example congresses as their files say, read apart from the code under test. */
	const fromFile = (id: string) => readCongressFile(readFileSync(`content/congresses/${id}.md`, 'utf8')).data as { elections: { kind: string; seats?: number }[] };
	const file = (id: string, name: string) => examples.find((e) => e.id === id)!.files.find((f) => f.name === name)!;

	it('a committee of 14 seats with no list entered: a ballot and minutes with room for the list the rules allow', async () => {
		const seats = fromFile('thanh-chan').elections.find((e) => e.kind === 'committee')!.seats!;
		expect(seats).toBe(14);
		const ballot = await rowsOf(file('thanh-chan', 'phieu-bau-cap-uy.docx').bytes);
		const minutes = await rowsOf(file('thanh-chan', 'bien-ban-kiem-phieu-cap-uy.docx').bytes);
		expect(ballot.names).toBeGreaterThanOrEqual(seats);
		expect(minutes.names).toBeGreaterThanOrEqual(seats);
		expect(minutes.winners).toBe(seats);
		// content/rules/nhan-su.yaml, so-du-ban-chap-hanh: at most 15% more names than seats for a
		// grassroots party committee, 2020–2025: 14 + 2 (15% of 14 is 2,1 people).
		expect(ballot.names).toBe(16);
		expect(minutes.names).toBe(16);
	});

	it('a secretary election gets one winner line', async () => {
		const secretary = fromFile('phong-gd-dt-dien-bien').elections.find((e) => e.kind === 'secretary')!;
		expect(secretary.seats).toBe(1);
		const minutes = await rowsOf(file('phong-gd-dt-dien-bien', 'bien-ban-kiem-phieu-bi-thu.docx').bytes);
		expect(minutes.winners).toBe(1);
		expect(minutes.names).toBeGreaterThanOrEqual(1);
		// Without seats in the file a secretary is still one person.
		const data = structuredClone(examples.find((e) => e.id === 'phong-gd-dt-dien-bien')!.data) as Record<string, any>;
		data.elections = [{ kind: 'secretary' }];
		const files = await renderCongress(parseCongress(data, 'x'), metas, compiled, rules, personnelRules);
		expect((await rowsOf(files.find((f) => f.name === 'bien-ban-kiem-phieu-bi-thu.docx')!.bytes)).winners).toBe(1);
	});

	it('the personnel plan\'s list sets the rows when the candidates are not entered; entered candidates set them when they are', async () => {
		const data = structuredClone(examples.find((e) => e.id === 'thanh-chan')!.data) as Record<string, any>;
		data.personnelPlan = { seats: 14, candidates: 15 };
		const planned = await renderCongress(parseCongress(data, 'x'), metas, compiled, rules, personnelRules);
		expect((await rowsOf(planned.find((f) => f.name === 'phieu-bau-cap-uy.docx')!.bytes)).names).toBe(15);
		data.elections[0].candidates = ['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C'].map((name) => ({ name }));
		const listed = await renderCongress(parseCongress(data, 'x'), metas, compiled, rules, personnelRules);
		const ballot = plainText(await readDocx(listed.find((f) => f.name === 'phieu-bau-cap-uy.docx')!.bytes));
		expect((await rowsOf(listed.find((f) => f.name === 'phieu-bau-cap-uy.docx')!.bytes)).names).toBe(3);
		expect(ballot).toContain('3\nLê Văn C');
	});

	it('without an applicable surplus rule, never fewer rows than seats', async () => {
		const data = structuredClone(examples.find((e) => e.id === 'thanh-chan')!.data) as Record<string, any>;
		// The surplus rule covers grassroots party committees only (organizationTypes: [dang-bo-co-so]).
		data.organization.type = 'chi-bo-co-so';
		data.elections = [{ kind: 'committee', seats: 7 }];
		const files = await renderCongress(parseCongress(data, 'x'), metas, compiled, rules, personnelRules);
		const rows = await rowsOf(files.find((f) => f.name === 'bien-ban-kiem-phieu-cap-uy.docx')!.bytes);
		expect(rows).toEqual({ names: 7, winners: 7 });
	});
});

describe('wording and layout', () => {
	const thanhChan = () => structuredClone(examples.find((e) => e.id === 'thanh-chan')!.data) as Record<string, any>;
	const render = async (data: Record<string, any>) => renderCongress(parseCongress(data, 'x'), metas, compiled, rules, personnelRules);

	it('an all-members congress never speaks of «đại biểu có mặt»', async () => {
		const data = thanhChan();
		data.organization.type = 'chi-bo-co-so';
		data.congress.kind = 'toan-the';
		data.organization.members = 30;
		data.delegates = { attending: 28 };
		for (const f of await render(data)) expect(plainText(await readDocx(f.bytes)), f.name).not.toMatch(/đại biểu có mặt/i);
		const minutes = plainText(await readDocx((await render(data)).find((f) => f.name === 'bien-ban-dai-hoi.docx')!.bytes));
		expect(minutes).toContain('đảng viên có mặt');
	});

	it('«Lưu hồ sơ đại hội» is printed once even when the user lists it; typed dashes and commas are not doubled', async () => {
		const data = thanhChan();
		data.recipients = ['- Ban Thường vụ Huyện ủy Điện Biên,', 'Lưu hồ sơ đại hội.'];
		for (const f of (await render(data)).filter((x) => !x.name.startsWith('phieu-bau'))) {
			const text = plainText(await readDocx(f.bytes));
			expect(text.match(/Lưu hồ sơ đại hội/g), f.name).toHaveLength(1);
			expect(text, f.name).toContain('\n- Ban Thường vụ Huyện ủy Điện Biên,\n');
		}
	});

	it('«Nơi nhận» sits beside the signatures, in the left column, in every document that has it', async () => {
		for (const e of examples) {
			for (const f of e.files.filter((x) => !x.name.startsWith('phieu-bau'))) {
				const ps = (await readDocx(f.bytes)).paragraphs;
				const at = ps.findIndex((p) => p.text === 'Nơi nhận:');
				expect(ps[at], `${e.id}/${f.name}`).toMatchObject({ inTable: true, cell: 0 });
				// The signing authority is in the same row, to its right.
				expect(ps.slice(at).some((p) => p.inTable && (p.cell ?? 0) > 0 && /^T\/M /.test(p.text)), `${e.id}/${f.name}`).toBe(true);
			}
		}
	});

	it('a term never breaks across lines, and no table row splits across pages', async () => {
		for (const f of examples.find((e) => e.id === 'thanh-chan')!.files) {
			const xml = strFromU8(unzipSync(f.bytes)['word/document.xml']!);
			expect(xml, f.name).not.toMatch(/2020 ?- ?2025/);
			// Every row keeps together: a row split at a page end left the next page starting with its empty rest.
			// (quy-che-bau-cu has no table of rows, only its letterhead and signature block.)
			if (f.template !== 'quy-che-bau-cu') expect((xml.match(/<w:tr>/g) ?? []).length, f.name).toBe((xml.match(/<w:cantSplit\/>/g) ?? []).length);
		}
		const resolution = plainText(await readDocx(examples.find((e) => e.id === 'thanh-chan')!.files.find((f) => f.name === 'nghi-quyet-dai-hoi.docx')!.bytes));
		expect(resolution).toContain('nhiệm kỳ 2020\u00a0–\u00a02025');
	});

	it('a party cell can elect its deputy secretary at the congress: one seat, its own ballot and minutes', async () => {
		const data = structuredClone(examples.find((e) => e.id === 'phong-gd-dt-dien-bien')!.data) as Record<string, any>;
		data.elections = [{ kind: 'secretary' }, { kind: 'deputy-secretary' }];
		const files = await render(data);
		expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['phieu-bau-pho-bi-thu.docx', 'bien-ban-kiem-phieu-pho-bi-thu.docx']));
		const minutes = await readDocx(files.find((f) => f.name === 'bien-ban-kiem-phieu-pho-bi-thu.docx')!.bytes);
		expect(plainText(minutes)).toContain('Bầu Phó Bí thư Chi bộ Phòng Giáo dục và Đào tạo huyện Điện Biên nhiệm kỳ 2020\u00a0–\u00a02025 tại đại hội');
		expect((await rowsOf(files.find((f) => f.name === 'bien-ban-kiem-phieu-pho-bi-thu.docx')!.bytes)).winners).toBe(1);
		expect(plainText(await readDocx(files.find((f) => f.name === 'chuong-trinh-dai-hoi.docx')!.bytes))).toContain('Bầu bí thư, phó bí thư tại đại hội');
		data.elections = [{ kind: 'deputy-secretary', seats: 2 }];
		expect(() => parseCongress(data, 'x')).toThrow(/bầu phó bí thư tại đại hội chỉ bầu 1 người/);
	});
});
