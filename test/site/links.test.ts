import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, parsePage, type ParsedPage } from '../support/dist.ts';

/**
 * Every internal link and anchor in the built site resolves: a reader never lands on a 404 or
 * on the top of a page when a citation or backlink promised a precise place.
 */
describe('internal links', () => {
	const dist = inject('distDir');
	const pages = htmlPages(dist);
	const parsed = new Map<string, ParsedPage>(pages.map((p) => [p.url, parsePage(p.file)]));

	const targetFile = (path: string): string | undefined => {
		const clean = decodeURIComponent(path);
		const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)];
		return candidates.find((c) => existsSync(c) && statSync(c).isFile());
	};

	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThan(20);
	});

	it('has no broken internal link or anchor', () => {
		const broken: string[] = [];
		for (const page of pages) {
			for (const href of parsed.get(page.url)!.links) {
				if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(href) || href.startsWith('//')) continue;
				const url = new URL(href, `http://site${page.url}`);
				if (url.pathname === page.url && !url.hash) continue;
				const file = targetFile(url.pathname);
				if (!file) {
					broken.push(`${page.url} → ${href} (không có trang)`);
					continue;
				}
				if (url.hash && file.endsWith('.html')) {
					const targetUrl = pages.find((p) => p.file === file)?.url;
					const ids = targetUrl ? parsed.get(targetUrl)?.ids : undefined;
					const id = decodeURIComponent(url.hash.slice(1));
					if (ids && id !== '_top' && !ids.has(id)) broken.push(`${page.url} → ${href} (không có neo #${id})`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
