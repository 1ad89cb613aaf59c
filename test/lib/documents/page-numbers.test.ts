import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCongress, type GeneratedFile } from '../../../src/lib/documents/packet.ts';
import { addPageNumbers } from '../../../src/lib/documents/page-numbers.ts';
import { loadProjectDocuments } from '../../support/documents.ts';

/**
 * Hướng dẫn 36-HD/VPTW: a document of more than one page is numbered from page 2, in Arabic
 * figures at the top, centred over the text; the first page carries no number.
 */

let files: GeneratedFile[];
beforeAll(async () => {
	const p = await loadProjectDocuments();
	const thanhChan = p.congresses.find((c) => c.file.endsWith('thanh-chan.md'))!;
	files = await renderCongress(thanhChan.data, p.metas, p.compiled, p.rules, p.personnelRules);
}, 60_000);

const part = (f: GeneratedFile, name: string) => strFromU8(unzipSync(f.bytes)[name]!);

describe('page numbers', () => {
	it('every generated document has a centred PAGE field in its header and none on the first page', () => {
		expect(files.length).toBeGreaterThan(5);
		for (const f of files) {
			const doc = part(f, 'word/document.xml');
			const sect = doc.slice(doc.lastIndexOf('<w:sectPr'));
			const ref = (type: string) => new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(sect)?.[1];
			expect(sect, f.name).toContain('<w:titlePg/>');
			const rels = part(f, 'word/_rels/document.xml.rels');
			const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
			const header = part(f, `word/${target(ref('default'))}`);
			expect(header, f.name).toMatch(/<w:jc w:val="center"\/>/);
			expect(header, f.name).toMatch(/w:instr=" PAGE "/);
			expect(part(f, `word/${target(ref('first'))}`), f.name).not.toContain('PAGE');
			expect(part(f, '[Content_Types].xml'), f.name).toContain(`PartName="/word/${target(ref('default'))}"`);
		}
	});

	it('leaves a template that has its own header as its editor made it', () => {
		const xml = '<w:document xmlns:w="w" xmlns:r="r"><w:body><w:p/><w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz/></w:sectPr></w:body></w:document>';
		const parts = { 'word/document.xml': new TextEncoder().encode(xml), 'word/_rels/document.xml.rels': new Uint8Array(), '[Content_Types].xml': new Uint8Array() };
		expect(addPageNumbers(parts)).toBe(false);
		expect(strFromU8(parts['word/document.xml'])).toBe(xml);
	});
});

/** LibreOffice, when the machine has it: the documents as a word processor lays them out. */
function findSoffice(): string | undefined {
	for (const bin of ['soffice', 'libreoffice']) {
		try {
			execFileSync(bin, ['--version'], { stdio: 'ignore', timeout: 60_000 });
			return bin;
		} catch {
			// not installed under this name
		}
	}
	return undefined;
}
const soffice = findSoffice();

interface TextItem {
	str: string;
	transform: number[];
	width: number;
}

describe.skipIf(!soffice)('page numbers as LibreOffice prints them', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'cndh-pages-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('page 2 of every multi-page document shows «2» at the top centre; page 1 shows no number', async () => {
		const names = files.map((f) => {
			writeFileSync(join(dir, f.name), f.bytes);
			return f.name;
		});
		// Its own profile, so a LibreOffice already running on the machine neither blocks nor takes the job.
		const profile = pathToFileURL(join(dir, 'profile')).href;
		execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names], { cwd: dir, stdio: 'ignore', timeout: 240_000 });
		let multiPage = 0;
		for (const name of names) {
			const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(dir, name.replace(/\.docx$/, '.pdf')))), verbosity: 0 }).promise;
			if (pdf.numPages < 2) continue;
			multiPage++;
			const top = async (n: number) => {
				const page = await pdf.getPage(n);
				const [, , width, height] = page.view as [number, number, number, number];
				const items = (await page.getTextContent()).items.filter((i): i is TextItem & typeof i => 'str' in i && i.str.trim() !== '') as TextItem[];
				// The 25 mm above the text area: where the header prints (1 mm = 72/25.4 pt).
				const band = items.filter((i) => i.transform[5]! > height - 25 * (72 / 25.4));
				return { width, band };
			};
			const second = await top(2);
			const number = second.band.find((i) => i.str.trim() === '2');
			expect(number, `${name}: no «2» at the top of page 2`).toBeDefined();
			// Centred over the text area (left margin 30 mm, right 20 mm): within 1 cm of its middle.
			const middle = (30 + (210 - 30 - 20) / 2) * (72 / 25.4);
			expect(Math.abs(number!.transform[4]! + number!.width / 2 - middle), name).toBeLessThan(10 * (72 / 25.4));
			const first = await top(1);
			expect(first.band.some((i) => /^\d+$/.test(i.str.trim())), `${name}: page 1 is numbered`).toBe(false);
		}
		// The packet has several documents longer than a page (minutes, rules, agenda…).
		expect(multiPage).toBeGreaterThanOrEqual(3);
	}, 300_000);
});
