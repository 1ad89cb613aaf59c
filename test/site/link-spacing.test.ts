import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';

/**
 * A link whose source starts or ends at a line break can lose the space beside it when Astro
 * compresses the HTML ("xem thêm ởmục Biểu mẫu", "danh mục văn bảnhoặc"): readers see two words
 * glued together.
 */
describe('link spacing', () => {
	const pages = htmlPages(inject('distDir')).map((page) => ({ ...page, html: readFileSync(page.file, 'utf8') }));

	it('never glues a word to the link after it', () => {
		const glued: string[] = [];
		for (const page of pages) {
			for (const m of page.html.matchAll(/(\p{L}+)<a href="([^"]*)"[^>]*>([^<]{0,40})/gu)) glued.push(`${page.url}: «${m[1]}${m[3]}» (${m[2]})`);
		}
		expect(glued).toEqual([]);
	});

	it('never glues the link to the word after it', () => {
		const glued: string[] = [];
		for (const page of pages) {
			// The link's last text (inside any inner element) and the letters right after </a>.
			for (const m of page.html.matchAll(/([^<>]{0,40})(?:<\/[a-z]+>)*<\/a>(\p{L}+)/gu)) glued.push(`${page.url}: «${m[1]}${m[2]}»`);
		}
		expect(glued).toEqual([]);
	});
});
