import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import yaml from 'js-yaml';
import { checkContent } from '../../src/lib/content/check.ts';
import { loadGlossary } from '../../src/lib/content/glossary.ts';
import { contentDir, projectRoot } from '../../src/lib/content/paths.ts';
import { loadTaxonomies } from '../../src/lib/content/taxonomies.ts';
import { bookChapters, type BookChapter } from '../../src/lib/pdf/book-plan.ts';
import { listReports } from '../../src/lib/pdf/reports-list.ts';
import { listTemplates } from '../../src/lib/pdf/templates-list.ts';
import { embeddedFonts, normalizeSpace, readPdf, type PrintedPdf } from '../support/pdf.ts';

/**
 * The PDF edition as a reader gets it from /cam-nang.pdf: what is printed on which page, what the
 * table of contents promises, where the bookmarks and links lead. Chapters and sections are
 * derived from content/ (and the pages' headings from the built site), never listed here.
 */
const dist = inject('distDir');
const root = projectRoot();
const chapters: BookChapter[] = bookChapters(contentDir(root), loadTaxonomies(root, contentDir(root)).topics);

/** The h2 headings of a built handbook page, as the site shows them. */
function pageHeadings(id: string): string[] {
	const html = readFileSync(join(dist, id, 'index.html'), 'utf8');
	const start = html.indexOf('class="sl-markdown-content"');
	const body = html.slice(start, html.indexOf('<footer', start));
	return [...body.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
		normalizeSpace(
			m[1]!
				.replace(/<[^>]+>/g, '')
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'")
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&amp;/g, '&')
		)
	);
}

/** Every heading the book must print, in reading order. */
const expectedHeadings = chapters.flatMap((ch) => [
	ch.title,
	...ch.sections.flatMap((s) => [s.title, ...pageHeadings(s.id)]),
]);

let pdf: PrintedPdf;
let a5: PrintedPdf;
beforeAll(async () => {
	[pdf, a5] = await Promise.all([readPdf(join(dist, 'cam-nang.pdf')), readPdf(join(dist, 'cam-nang-a5.pdf'))]);
});

/** First page after `from` whose headings contain `title`, searching from character `at`. */
function findHeading(book: PrintedPdf, title: string, from: { page: number; at: number }) {
	for (let n = from.page; n <= book.pages.length; n++) {
		const at = book.pages[n - 1]!.headings.indexOf(title, n === from.page ? from.at : 0);
		if (at >= 0) return { page: n, at: at + title.length };
	}
	return undefined;
}

/** The table of contents: the pages before the first chapter, after the cover. */
function tocText(book: PrintedPdf): string {
	const first = book.pages.findIndex((p, i) => i > 0 && p.headings.includes(chapters[0]!.title) && !p.text.includes('Mục lục'));
	return normalizeSpace(book.pages.slice(1, first).map((p) => p.text).join(' '));
}

/** The appendix opens with the directive registry. */
const appendixPage = (book: PrintedPdf) => book.pages.find((p) => p.headings.includes('Phụ lục 1. Danh mục văn bản'))!;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
	['A4', () => pdf],
	['A5', () => a5],
])('PDF edition (%s)', (_format, book) => {
	it('has the cover with the title, term and edition date', () => {
		const cover = book().pages[0]!.text;
		const site = readFileSync(join(contentDir(root), 'site.yaml'), 'utf8');
		expect(cover.toLocaleLowerCase('vi')).toContain(/^name:\s*(.+)$/m.exec(site)![1]!.toLocaleLowerCase('vi'));
		expect(cover).toMatch(/Nhiệm kỳ \d{4} – \d{4}/);
		expect(cover).toMatch(/Ấn bản ngày \d{2} tháng \d{1,2} năm \d{4}/);
	});

	it('says on the cover which round the edition covers and that some documents were replaced since', () => {
		const cover = normalizeSpace(book().pages[0]!.text);
		const scope = normalizeSpace((yaml.load(readFileSync(join(contentDir(root), 'site.yaml'), 'utf8')) as { scope: string }).scope);
		expect(cover).toContain(scope);
		expect(scope).toMatch(/nhiệm kỳ 2020 – 2025/);
		expect(scope).toMatch(/thay thế/);
	});

	it('shows every directive’s validity in the registry appendix, a replaced one with what replaced it', () => {
		const start = appendixPage(book()).number - 1;
		const registryEnd = book().pages.findIndex((p, i) => i > start && /Phụ lục 2\./.test(p.headings));
		// The next part may begin on the page where the registry ends: that page is included.
		const pages = book().pages.slice(start, registryEnd < 0 ? undefined : registryEnd + 1);
		const compact = pages.map((p) => p.text).join('').replace(/\s+/g, '');
		// Labels as a reader should read them, written here rather than imported from the site's code.
		const label: Record<string, string> = {
			'con-hieu-luc': 'Còn hiệu lực',
			'bi-thay-the': 'Đã bị thay thế',
			'het-nhiem-ky': 'Hết nhiệm kỳ áp dụng',
			'chua-xac-minh': 'Chưa xác minh',
		};
		const dir = join(contentDir(root), 'directives');
		const entries = readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => yaml.load(readFileSync(join(dir, f), 'utf8')) as { id: string; validity: { status: string; replacedBy?: string } });
		expect(compact).toContain('Tìnhtrạng');
		for (const [status, text] of Object.entries(label)) {
			const expected = entries.filter((e) => e.validity.status === status).length;
			const printed = compact.split(text.replace(/\s+/g, '')).length - 1;
			expect(printed, status).toBeGreaterThanOrEqual(expected);
		}
		const replaced = entries.filter((e) => e.validity.replacedBy);
		expect(replaced.map((e) => e.id)).toContain('244-QĐ/TW');
		expect(compact.split('Đãbịthaythế,thaybằng').length - 1).toBe(replaced.length);
		// The replacement's name is a link to its own row of the appendix: 190-QĐ/TW is the one
		// document in force, so the page it leads to prints that status.
		expect(entries.find((e) => e.id === '190-QĐ/TW')?.validity.status).toBe('con-hieu-luc');
		const links = pages.flatMap((p) => p.links).filter((l) => l.text.includes('190-QĐ/TW'));
		expect(links.length).toBeGreaterThan(0);
		const printsInForce = (n: number) => book().pages[n - 1]!.text.replace(/\s+/g, '').includes('Cònhiệulực');
		expect(links.some((l) => printsInForce(l.to))).toBe(true);
	});

	it('prints every chapter, section and page heading, in the handbook’s order', () => {
		let at = { page: 2, at: 0 };
		const missing: string[] = [];
		for (const title of expectedHeadings) {
			const found = findHeading(book(), title, at);
			if (found) at = found;
			else missing.push(title);
		}
		expect(missing).toEqual([]);
	});

	it('starts every chapter on a new page, under its running header', () => {
		const starts = chapters.map((ch) => book().pages.find((p) => p.number > 2 && p.headings.toLocaleLowerCase('vi').startsWith(`chương ${ch.number}. ${ch.title}`.toLocaleLowerCase('vi'))));
		expect(starts.map((p) => !!p), 'each chapter heading opens a page').toEqual(chapters.map(() => true));
		const appendix = appendixPage(book());
		for (const [i, ch] of chapters.entries()) {
			const end = (starts[i + 1] ?? appendix).number;
			for (const p of book().pages.slice(starts[i]!.number - 1, end - 1)) {
				expect(p.text, `page ${p.number} header`).toContain(`Chương ${ch.number}. ${ch.title}`);
				expect(p.text, `page ${p.number} number`).toMatch(new RegExp(`(^|\\s)${p.number}(\\s|$)`));
			}
		}
	});

	it('numbers every table-of-contents entry with the page its heading is printed on', () => {
		const toc = tocText(book());
		const entries = chapters.flatMap((ch) => [
			{ label: `Chương ${ch.number}`, title: ch.title },
			...ch.sections.map((s) => ({ label: s.number, title: s.title })),
		]);
		for (const e of entries) {
			const m = new RegExp(`${escape(e.label)}\\s*${escape(e.title)}\\s*(\\d+)`).exec(toc);
			expect(m, `${e.label} ${e.title} in the table of contents`).not.toBeNull();
			const page = Number(m![1]);
			expect(book().pages[page - 1]?.headings, `${e.title} on page ${page}`).toContain(e.title);
		}
		// The appendix parts the book has (registry always; the others when their data exists).
		const parts = [...toc.matchAll(/Phụ lục (\d+)\s*(Danh mục văn bản|Tư liệu nguồn|Biểu mẫu|Chữ viết tắt)\s*(\d+)/g)];
		expect(parts.map((m) => m[2])).toContain('Danh mục văn bản');
		for (const [, n, title, page] of parts) {
			expect(book().pages[Number(page) - 1]?.headings, `Phụ lục ${n} on page ${page}`).toContain(`Phụ lục ${n}. ${title}`);
		}
	});

	it('links every table-of-contents entry to the page it names', () => {
		const tocPages = book().pages.filter((p) => p.text.includes('Mục lục') && p.number > 1);
		const links = tocPages.flatMap((p) => p.links);
		expect(links.length).toBeGreaterThanOrEqual(chapters.reduce((n, ch) => n + 1 + ch.sections.length, 0));
		for (const link of links) {
			const number = /(\d+)$/.exec(link.text)?.[1];
			if (number) expect(link.to, link.text).toBe(Number(number));
		}
	});

	it('has a bookmark for every chapter and section, leading to its page', () => {
		const outline = book().outline;
		for (const ch of chapters) {
			const mark = outline.find((b) => b.title === `Chương ${ch.number}. ${ch.title}`);
			expect(mark, ch.title).toBeDefined();
			expect(book().pages[mark!.page - 1]!.headings).toContain(ch.title);
			expect(mark!.children.map((c) => c.title)).toEqual(ch.sections.map((s) => `${s.number}. ${s.title}`));
			for (const [i, s] of ch.sections.entries()) {
				expect(book().pages[mark!.children[i]!.page - 1]!.headings, s.title).toContain(s.title);
				expect(mark!.children[i]!.children.map((c) => c.title)).toEqual(pageHeadings(s.id));
			}
		}
		expect(outline.some((b) => b.title === 'Phụ lục')).toBe(true);
	});

	it('makes citations clickable links into the registry appendix, and cross-references links within the book', () => {
		const appendixStart = appendixPage(book()).number;
		expect(appendixStart).toBeGreaterThan(2);
		const citations = book().pages.slice(0, appendixStart - 1).flatMap((p) => p.links.filter((l) => /-CT\/TW/.test(l.text)));
		expect(citations.length).toBeGreaterThan(0);
		for (const c of citations) expect(c.to, c.text).toBeGreaterThanOrEqual(appendixStart);
		// Cross-references between pages of the handbook stay in the book.
		const firstChapter = book().pages.find((p) => p.number > 2 && /^chương 1\./i.test(p.headings))!.number;
		const chapterPages = book().pages.slice(firstChapter - 1, appendixStart - 1);
		const crossRefs = chapterPages.flatMap((p) => p.links).filter((l) => l.to >= firstChapter && l.to < appendixStart);
		expect(crossRefs.length).toBeGreaterThan(0);
	});

	it('lists the directive registry, the abbreviations, and the reports and templates (with their web addresses) when there are any', () => {
		const start = appendixPage(book()).number - 1;
		const appendix = book().pages.slice(start).map((p) => p.text).join(' ');
		const directives = readdirSync(join(contentDir(root), 'directives')).filter((f) => f.endsWith('.yaml'));
		expect(appendix).toContain('Danh mục văn bản');
		expect(directives.length).toBeGreaterThan(0);
		for (const file of directives) {
			const id = /^id:\s*"?([^"\n]+)"?/m.exec(readFileSync(join(contentDir(root), 'directives', file), 'utf8'))![1]!;
			if (id.includes('/')) expect(appendix.replace(/\s+/g, ''), id).toContain(id);
		}
		const reports = listReports(contentDir(root));
		if (reports.length) for (const r of reports) expect(appendix.replace(/\s+/g, ' '), r.id).toContain(normalizeSpace(r.title));
		else expect(appendix).not.toContain('Tư liệu nguồn');
		const compactAll = appendix.replace(/\s+/g, '');
		for (const g of loadGlossary(root, contentDir(root))) expect(compactAll, g.term).toContain(`${g.term}${g.expansion.replace(/\s+/g, '')}`);
		const templates = listTemplates(root, contentDir(root), checkContent(root, contentDir(root)).directives.map((d) => d.id));
		if (!templates.length) {
			expect(appendix).not.toContain('Biểu mẫu');
			return;
		}
		const compact = appendix.replace(/\s+/g, '');
		for (const t of templates) {
			expect(appendix, t.id).toContain(t.title);
			expect(compact, t.id).toContain(t.href);
		}
	});

	it('extracts as Vietnamese text in NFC', () => {
		const text = book().pages.map((p) => p.text).join('\n');
		expect(text).toBe(text.normalize('NFC'));
		expect(text).not.toMatch(/[\u0300-\u036f]/);
		for (const ch of chapters) expect(text).toContain(ch.title);
		expect(text).toContain('Đảng bộ');
		expect(text).not.toContain('\ufffd');
	});
});

describe('PDF files', () => {
	it('embed every font, subset; text and headings are set in Noto Serif', async () => {
		for (const file of ['cam-nang.pdf', 'cam-nang-a5.pdf']) {
			const fonts = await embeddedFonts(readFileSync(join(dist, file)));
			expect(fonts.length).toBeGreaterThan(0);
			for (const f of fonts) {
				expect(f.embedded, `${file}: ${f.name} embedded`).toBe(true);
				expect(f.subset, `${file}: ${f.name} subset`).toBe(true);
			}
			const names = fonts.map((f) => f.name);
			expect(names.some((n) => n.endsWith('+NotoSerif-Regular')), names.join(', ')).toBe(true);
			expect(names.some((n) => n.endsWith('+NotoSerif-Bold')), names.join(', ')).toBe(true);
		}
	});

	it('come in A4 and A5', async () => {
		const size = (b: PrintedPdf) => b.doc.getPage(1).then((p) => p.view.slice(2).map(Math.round));
		expect(await size(pdf)).toEqual([595, 842]);
		expect(await size(a5)).toEqual([420, 595]);
	});
});
