import { parseMarkdown } from '../markdown/parse.ts';
import { findCitations, type Citation, type Resolve, type ResolveReport, type UnresolvedCitation } from './find.ts';

export interface CitingPage {
	/** Page id (its slug in the handbook). */
	id: string;
	title: string;
	href: string;
	citations: Citation[];
}

export interface PageSource {
	id: string;
	title: string;
	href: string;
	body: string;
	file: string;
	mdx?: boolean;
}

/**
 * Who cites what: for every directive id, the pages that cite it with each citation's anchor and
 * sentence. Registry pages, search and the PDF read this one structure.
 */
export interface CitationIndex {
	/** Directive id → pages citing it. */
	byDirective: Map<string, CitingPage[]>;
	/** Page id → its directive citations. */
	byPage: Map<string, Citation[]>;
	/** Report id (content/reports/) → pages citing it with `tl:` links. */
	byReport: Map<string, CitingPage[]>;
	/** Page id → its report citations. */
	reportsByPage: Map<string, Citation[]>;
	unresolved: (UnresolvedCitation & { file: string })[];
}

/** Groups one page's citations by the cited id into `into`. */
function addCiting(into: Map<string, CitingPage[]>, page: PageSource, citations: Citation[]) {
	const perId = new Map<string, Citation[]>();
	for (const c of citations) perId.set(c.id, [...(perId.get(c.id) ?? []), c]);
	for (const [id, list] of perId) {
		const pages = into.get(id) ?? [];
		pages.push({ id: page.id, title: page.title, href: page.href, citations: list });
		into.set(id, pages);
	}
}

/** What one page's text cites. */
export interface PageCitations {
	citations: Citation[];
	reports: Citation[];
	unresolved: UnresolvedCitation[];
}

/**
 * Per-page results by page text, for callers that build the index again and again with the same
 * resolvers (`astro dev` after every edit, the content check page by page): only pages whose text
 * changed are parsed again. A cache must be dropped when what citations resolve to changes.
 */
export type CitationCache = Map<string, PageCitations>;

const cacheKey = (page: PageSource) => `${page.mdx ?? true ? 'mdx' : 'md'}\n${page.body}`;

/** Forgets the results of page texts that are not among `pages` (edited or removed since). */
export function pruneCitationCache(cache: CitationCache, pages: PageSource[]): void {
	const current = new Set(pages.map(cacheKey));
	for (const key of cache.keys()) if (!current.has(key)) cache.delete(key);
}

export function buildCitationIndex(pages: PageSource[], resolve: Resolve, resolveReport?: ResolveReport, cache?: CitationCache): CitationIndex {
	const index: CitationIndex = { byDirective: new Map(), byPage: new Map(), byReport: new Map(), reportsByPage: new Map(), unresolved: [] };
	for (const page of pages) {
		const key = cacheKey(page);
		let result = cache?.get(key);
		if (!result) {
			result = findCitations(parseMarkdown(page.body, { mdx: page.mdx ?? true }), resolve, resolveReport ? { resolveReport } : {});
			cache?.set(key, result);
		}
		index.byPage.set(page.id, result.citations);
		index.reportsByPage.set(page.id, result.reports);
		index.unresolved.push(...result.unresolved.map((u) => ({ ...u, file: page.file })));
		addCiting(index.byDirective, page, result.citations);
		addCiting(index.byReport, page, result.reports);
	}
	return index;
}
