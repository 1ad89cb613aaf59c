import { parseMarkdown } from '../markdown/parse.ts';
import { findCitations, type Citation, type Resolve, type UnresolvedCitation } from './find.ts';

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
	byDirective: Map<string, CitingPage[]>;
	byPage: Map<string, Citation[]>;
	unresolved: (UnresolvedCitation & { file: string })[];
}

export function buildCitationIndex(pages: PageSource[], resolve: Resolve): CitationIndex {
	const byDirective = new Map<string, CitingPage[]>();
	const byPage = new Map<string, Citation[]>();
	const unresolved: CitationIndex['unresolved'] = [];
	for (const page of pages) {
		const tree = parseMarkdown(page.body, { mdx: page.mdx ?? true });
		const result = findCitations(tree, resolve);
		byPage.set(page.id, result.citations);
		unresolved.push(...result.unresolved.map((u) => ({ ...u, file: page.file })));
		const perDirective = new Map<string, Citation[]>();
		for (const c of result.citations) perDirective.set(c.id, [...(perDirective.get(c.id) ?? []), c]);
		for (const [id, citations] of perDirective) {
			const list = byDirective.get(id) ?? [];
			list.push({ id: page.id, title: page.title, href: page.href, citations });
			byDirective.set(id, list);
		}
	}
	return { byDirective, byPage, unresolved };
}
