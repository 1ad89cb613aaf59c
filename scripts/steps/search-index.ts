/**
 * Build step: the site's search index (dist/pagefind/), made with Pagefind's Node API instead of
 * Starlight's built-in run, for two reasons:
 *  - only what pages mark with <SearchMeta> is indexed (page content with its metadata and
 *    filters), never the header, sidebar, table of contents or pagination around it;
 *  - the text is indexed in the Vietnamese search form (src/lib/vi/fold.ts) that the browser
 *    also uses for queries, so "dang uy" finds "Đảng ủy" and "uỷ"/"ủy" are the same word.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { toSearchForm } from '../../src/lib/vi/fold.ts';
import type { BuildStepContext } from '../build.ts';

/** Marks the searchable part of a page (see src/components/SearchMeta.astro). */
const MARK = 'data-cndh-search';

export interface SearchDocument {
	url: string;
	/** A small HTML document holding only the page's searchable parts, in the search form. */
	html: string;
}

function htmlFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(full));
		} else if (name.endsWith('.html')) out.push(full);
	}
	return out.sort();
}

/**
 * Astro's compressed HTML has no whitespace between cells and blocks (`<th>Biểu quyết</th><th>Bầu
 * cử</th>`), and Pagefind then reads the words as one ("quyếtBầu") in its index and excerpts.
 */
const separateBlocks = (html: string) => html.replace(/<\/(?:td|th|tr|li|dt|dd|p|div|h[1-6]|caption|figcaption|blockquote)>(?=<)/g, '$& ');

/** The searchable parts of one built page, or nothing when the page carries no <SearchMeta>. */
export function searchDocument(siteDir: string, file: string): SearchDocument | undefined {
	const source = readFileSync(file, 'utf8');
	if (!source.includes(MARK)) return undefined;
	const parts: string[] = [];
	walkSync(parse(source), (node: Node) => {
		if (node.type !== ELEMENT_NODE || !(MARK in node.attributes)) return;
		// Nested marks are inside an outer part already.
		for (let p: Node | undefined = node.parent; p; p = p.parent) if (p.type === ELEMENT_NODE && MARK in p.attributes) return;
		parts.push(source.slice(node.loc[0].start, node.loc[1].end));
	});
	if (!parts.length) return undefined;
	const rel = relative(siteDir, file).split(sep).join('/');
	const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
	return { url, html: `<!doctype html><html lang="vi"><body>${toSearchForm(separateBlocks(parts.join('\n')))}</body></html>` };
}

export async function buildSearchIndex(siteDir: string, outputPath = join(siteDir, 'pagefind')): Promise<{ pages: number }> {
	const docs = htmlFiles(siteDir).flatMap((f) => searchDocument(siteDir, f) ?? []);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
	if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
	try {
		for (const doc of docs) {
			const r = await index.addHTMLFile({ url: doc.url, content: doc.html });
			if (r.errors.length) throw new Error(`Pagefind không lập chỉ mục được ${doc.url}: ${r.errors.join('; ')}`);
		}
		rmSync(outputPath, { recursive: true, force: true });
		mkdirSync(outputPath, { recursive: true });
		const w = await index.writeFiles({ outputPath });
		if (w.errors.length) throw new Error(`Pagefind không ghi được chỉ mục: ${w.errors.join('; ')}`);
	} finally {
		await index.deleteIndex();
		await pagefind.close();
	}
	return { pages: docs.length };
}

export const searchIndexStep = {
	name: 'search index',
	run: async (ctx: BuildStepContext) => {
		const { pages } = await buildSearchIndex(ctx.outDir);
		if (pages === 0) throw new Error('Chỉ mục tìm kiếm trống: không trang nào có <SearchMeta>.');
	},
};
