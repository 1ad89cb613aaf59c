import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';

/**
 * A link whose source starts on a new line can lose the space before it when Astro compresses the
 * HTML ("xem thêm ởmục Biểu mẫu"): readers see two words glued together.
 */
describe('link spacing', () => {
	it('never glues a word to the link after it', () => {
		const glued: string[] = [];
		for (const page of htmlPages(inject('distDir'))) {
			const html = readFileSync(page.file, 'utf8');
			for (const m of html.matchAll(/(\p{L}+)<a href="([^"]*)"[^>]*>([^<]{0,40})/gu)) glued.push(`${page.url}: «${m[1]}${m[3]}» (${m[2]})`);
		}
		expect(glued).toEqual([]);
	});
});
