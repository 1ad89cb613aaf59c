import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCongress, type Congress } from '../../../src/lib/content/congress.ts';
import type { ElectionRules } from '../../../src/lib/content/election-rules.ts';
import { parseFrontMatter } from '../../../src/lib/content/files.ts';
import { compileTemplate, type CompiledTemplate } from '../../../src/lib/documents/compile.ts';
import type { TemplateMeta } from '../../../src/lib/documents/meta.ts';
import { packetZip, renderBlank, renderCongress } from '../../../src/lib/documents/packet.ts';
import { plainText, readDocx } from '../../support/docx.ts';
import { loadProjectDocuments } from '../../support/documents.ts';

let metas: TemplateMeta[];
let compiled: Map<string, CompiledTemplate>;
let rules: ElectionRules;
let thanhChan: Congress;

beforeAll(async () => {
	({ metas, compiled, rules } = await loadProjectDocuments());
	const file = 'content/congresses/thanh-chan.md';
	thanhChan = parseCongress(parseFrontMatter(readFileSync(file, 'utf8'), file).data, file);
});

const TRICKY = `Chi bộ "Ánh Dương" & <Bình Minh> 'số 1' || {{x}} $idx`;
const LONG = `Đảng bộ ${'Cơ quan Văn phòng Ủy ban nhân dân và Hội đồng nhân dân '.repeat(6)}huyện Điện Biên`.trim();

describe('text from the data goes into documents intact', () => {
	it('keeps & < > " \' and command-like text exactly, as text, in every document', async () => {
		const data = structuredClone(thanhChan);
		data.organization.name = TRICKY;
		data.presidium![0]!.name = `Nguyễn Văn "A" & <B>`;
		data.recipients = [`Ban Thường vụ Huyện ủy & 'Văn phòng'`];
		for (const f of await renderCongress(parseCongress(data, 'x'), metas, compiled, rules)) {
			const doc = await readDocx(f.bytes);
			const text = plainText(doc);
			expect(text, f.name).toContain(data.organization.name.toLocaleUpperCase('vi-VN'));
			if (f.name !== 'phieu-bau-cap-uy.docx' && f.name !== 'phieu-bau-doan-dai-bieu.docx') expect(text).toContain(`- Ban Thường vụ Huyện ủy & 'Văn phòng',`);
			expect(doc.documentXml).toMatch(/&amp; &lt;(Bình Minh|BÌNH MINH)&gt;/);
		}
		const workRules = await readDocx((await renderCongress(parseCongress(data, 'x'), metas, compiled, rules)).find((f) => f.name === 'quy-che-lam-viec.docx')!.bytes);
		expect(plainText(workRules)).toContain(`Đồng chí Nguyễn Văn "A" & <B>, Chủ trì`);
		expect(plainText(workRules)).toContain(`Đại hội đại biểu ${TRICKY} lần thứ XXI`);
	});

	it('inserts a very long organization name whole', async () => {
		const data = structuredClone(thanhChan);
		data.organization.name = LONG;
		const files = await renderCongress(parseCongress(data, 'x'), metas, compiled, rules);
		const text = plainText(await readDocx(files.find((f) => f.name === 'nghi-quyet-dai-hoi.docx')!.bytes));
		expect(text).toContain(LONG.toLocaleUpperCase('vi-VN'));
		expect(text).toContain(`Giao Ban Chấp hành ${LONG} khóa mới`);
	});

	it('NFD names come out NFC in the documents', async () => {
		const data = structuredClone(thanhChan) as Record<string, any>;
		data.presidium[0].name = 'Nguyễn Thị Hoà'.normalize('NFD');
		const files = await renderCongress(parseCongress(data, 'x'), metas, compiled, rules);
		const xml = (await readDocx(files.find((f) => f.name === 'quy-che-lam-viec.docx')!.bytes)).documentXml;
		expect(xml).toContain('Nguyễn Thị Hoà'.normalize('NFC'));
		expect(xml).not.toContain('Nguyễn Thị Hoà'.normalize('NFD'));
	});
});

describe('determinism', () => {
	it('two runs from freshly parsed templates give byte-identical documents, blanks and packet', async () => {
		const again = new Map<string, CompiledTemplate>();
		for (const m of metas) again.set(m.id, await compileTemplate(m.id, readFileSync(`templates/${m.id}.docx`)));
		const a = await renderCongress(thanhChan, metas, compiled, rules);
		const b = await renderCongress(thanhChan, metas, again, rules);
		expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name));
		a.forEach((f, i) => expect(Buffer.from(b[i]!.bytes).equals(Buffer.from(f.bytes)), f.name).toBe(true));
		expect(Buffer.from(packetZip(a)).equals(Buffer.from(packetZip(b)))).toBe(true);
		for (const m of metas) {
			const x = await renderBlank(m, compiled, rules);
			const y = await renderBlank(m, again, rules);
			expect(Buffer.from(x.bytes).equals(Buffer.from(y.bytes)), m.id).toBe(true);
		}
	});

	it('stores fixed dates: the congress date in the document properties', async () => {
		const [first] = await renderCongress(thanhChan, metas, compiled, rules);
		const { strFromU8, unzipSync } = await import('fflate');
		const core = strFromU8(unzipSync(first!.bytes)['docProps/core.xml']!);
		expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-10T00:00:00Z</dcterms:created>');
		expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2020-01-10T00:00:00Z</dcterms:modified>');
	});
});
