import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { contentDir, projectRoot } from '../../src/lib/content/paths.ts';
import { loadTaxonomies } from '../../src/lib/content/taxonomies.ts';
import { bookChapters } from '../../src/lib/pdf/book-plan.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';
import { embeddedFonts, normalizeSpace, readPdf } from '../support/pdf.ts';

const browser = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'cndh-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const root = projectRoot();
const pages = bookChapters(contentDir(root), loadTaxonomies(root, contentDir(root)).topics).flatMap((c) => c.sections);
const article = (id: string) => readFileSync(join(inject('distDir'), id, 'index.html'), 'utf8').split('class="sl-markdown-content"')[1] ?? '';
/** A handbook page with a table and an abbreviation, so the rules for both are exercised. */
const PAGE = pages.find((s) => /<table\b/.test(article(s.id)) && article(s.id).includes('glossary-term'))!.href;

/** Prints a page the way "Print…" in the browser does, and reads the PDF back. */
async function printPage(path: string) {
	const page = await browser.page();
	await page.goto(`${baseUrl()}${path}`);
	await page.emulateMedia({ media: 'print' });
	const file = join(work, `${path.replace(/\W+/g, '-')}.pdf`);
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	return { page, pdf: await readPdf(file) };
}

describe('printing one handbook page from the browser', () => {
	it('prints the article without navigation, search or the site header', async () => {
		const { page, pdf } = await printPage(PAGE);
		const text = normalizeSpace(pdf.pages.map((p) => p.text).join(' '));
		const title = normalizeSpace(await page.locator('h1').first().innerText());
		expect(text).toContain(title);

		// What the screen shows around the article: sidebar links, search, pagination, PDF link.
		const sidebar = await page.locator('nav.sidebar a').evaluateAll((links) => links.map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()));
		const article = normalizeSpace(await page.locator('main').innerText());
		const navOnly = sidebar.filter((label) => label && !article.includes(label));
		expect(navOnly.length).toBeGreaterThan(0);
		for (const label of navOnly) expect(text, `sidebar link «${label}» printed`).not.toContain(label);
		for (const selector of ['nav.sidebar', 'header.header', 'site-search', 'mobile-starlight-toc', '.pagination-links', '.cndh-pdf-links', '.right-sidebar-container']) {
			const visible = await page.locator(selector).evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0));
			expect(visible, `${selector} visible in print`).toBe(false);
		}
		expect(text).not.toContain('Tìm kiếm');
		expect(text).not.toContain('PDF khổ A4');
	});

	it('prints in the embedded serif face, tables whole across their width, link targets readable', async () => {
		const { page, pdf } = await printPage(PAGE);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sl-markdown-content p')!).fontFamily)).toMatch(/^"?Noto Serif/);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sl-markdown-content table')!).display)).toBe('table');
		const text = normalizeSpace(pdf.pages.map((p) => p.text).join(' '));
		// A link to another handbook page carries its address on paper.
		const href = await page.locator('.sl-markdown-content a[href^="/"]:not(.citation, .glossary-term)').first().getAttribute('href');
		// (an address may wrap at any character, so compare without spaces)
		expect(text.replace(/\s+/g, '')).toContain(`(${href})`);
		// An abbreviation is followed by what it stands for.
		const abbr = page.locator('.sl-markdown-content a.glossary-term abbr[title]').first();
		expect(text).toContain(`${await abbr.innerText()} (${await abbr.getAttribute('title')})`);
		const fonts = await embeddedFonts(pdf.bytes);
		expect(fonts.filter((f) => /NotoSerif/.test(f.name)).length).toBeGreaterThan(0);
		expect(fonts.filter((f) => !f.embedded)).toEqual([]);
	});
});
