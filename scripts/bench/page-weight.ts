import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	/** Sum of the gzip sizes of the HTML and every stylesheet and script the page loads. */
	gzip: number;
	raw: number;
}

/**
 * What a reader on a slow connection downloads for one page: its HTML plus the CSS and JS it
 * references (stylesheets, scripts, module preloads), each counted once, raw and gzipped.
 */
export function pageWeight(distDir: string, htmlPath: string): PageWeight {
	const html = readFileSync(join(distDir, htmlPath));
	const text = html.toString('utf8');
	const refs = new Set<string>();
	for (const m of text.matchAll(/<(?:link|script)\b[^>]*?(?:href|src)="([^"]+)"[^>]*>/g)) {
		const tag = m[0];
		const url = m[1]!;
		if (!url.startsWith('/') || url.startsWith('//')) continue;
		if (/\.(css|js|mjs)(\?|$)/.test(url) && !/rel="(?:icon|sitemap|canonical|alternate)"/.test(tag)) refs.add(url.split('?')[0]!);
	}
	// Inline imports of the page's module scripts are loaded too.
	const queue = [...refs].filter((r) => r.endsWith('.js'));
	while (queue.length) {
		const js = readFileSync(join(distDir, queue.pop()!), 'utf8');
		for (const m of js.matchAll(/(?:from|import)\s*\(?\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) {
			const url = new URL(m[1]!, `http://x${[...refs].find((r) => r.endsWith('.js'))}`).pathname;
			if (!refs.has(url)) {
				refs.add(url);
				queue.push(url);
			}
		}
	}
	const weight: PageWeight = { html: html.length, css: 0, js: 0, gzip: gzipSync(html, { level: 9 }).length, raw: html.length };
	for (const ref of refs) {
		const body = readFileSync(join(distDir, ref));
		if (ref.endsWith('.css')) weight.css += body.length;
		else weight.js += body.length;
		weight.raw += body.length;
		weight.gzip += gzipSync(body, { level: 9 }).length;
	}
	return weight;
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
