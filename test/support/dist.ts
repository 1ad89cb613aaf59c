import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

/** Every HTML page of a build with its URL path (`/van-ban/35-ct-tw/`). */
export function htmlPages(distDir: string): { url: string; file: string }[] {
	const out: { url: string; file: string }[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(full);
			} else if (name.endsWith('.html')) {
				const rel = relative(distDir, full).split(sep).join('/');
				out.push({ url: '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, ''), file: full });
			}
		}
	};
	walk(distDir);
	return out.sort((a, b) => a.url.localeCompare(b.url));
}

export interface ParsedPage {
	ids: Set<string>;
	links: string[];
}

/** Ids (anchor targets) and link/asset references of one HTML file. */
export function parsePage(file: string): ParsedPage {
	const ids = new Set<string>();
	const links: string[] = [];
	walkSync(parse(readFileSync(file, 'utf8')), (node: Node) => {
		if (node.type !== ELEMENT_NODE) return;
		const a = node.attributes as Record<string, string>;
		if (a.id) ids.add(a.id);
		if (node.name === 'a' && a.name) ids.add(a.name);
		if (node.name === 'a' && a.href) links.push(a.href);
		if ((node.name === 'img' || node.name === 'script') && a.src) links.push(a.src);
		if (node.name === 'link' && a.href && a.rel !== 'canonical' && a.rel !== 'sitemap') links.push(a.href);
	});
	return { ids, links };
}
