import { getCollection } from 'astro:content';
import { buildCitationIndex, pruneCitationCache, type CitationCache, type CitationIndex } from '../lib/citations/index.ts';
import { makeResolver, type Resolve } from '../lib/citations/find.ts';
import { routes } from './routes.ts';
import { toDirective, type Directive } from '../lib/content/directives.ts';
import type { Issuer, Kind, Level, Term, Topic } from '../lib/content/taxonomies.ts';
import { makeReportResolver, type Report } from '../lib/content/reports.ts';
import { RELATION_LABELS, relationsOf, type RelatedDirective } from '../lib/registry/relations.ts';

export interface Registry {
	directives: Directive[];
	/** Source texts that are not directives (content/reports/), in file-name order. */
	reports: Report[];
	bySlug: Map<string, Directive>;
	byId: Map<string, Directive>;
	levels: Level[];
	kinds: Kind[];
	topics: Topic[];
	terms: Term[];
	issuers: Issuer[];
	resolve: Resolve;
	citations: CitationIndex;
	related: (d: Directive) => RelatedDirective[];
}

export { RELATION_LABELS };

let cached: Promise<Registry> | undefined;

/**
 * `astro dev` evaluates this module again after every edit, and the citation index used to parse
 * every handbook page's Markdown each time: seconds per edit at a few hundred pages. The per-page
 * results outlive the module (on globalThis, one process), for as long as the directives and
 * reports that citations resolve to are unchanged; pages no longer in the handbook are dropped.
 */
const memo = globalThis as typeof globalThis & { __cndhCitationCache?: { key: string; cache: CitationCache } };
function citationCache(key: string): CitationCache {
	if (memo.__cndhCitationCache?.key !== key) memo.__cndhCitationCache = { key, cache: new Map() };
	return memo.__cndhCitationCache.cache;
}

async function load(): Promise<Registry> {
	const [entries, reportEntries, docs, levels, kinds, topics, terms, issuers] = await Promise.all([
		getCollection('directives'),
		getCollection('reports'),
		getCollection('docs'),
		getCollection('levels'),
		getCollection('kinds'),
		getCollection('topics'),
		getCollection('terms'),
		getCollection('issuers'),
	]);
	const directives = entries
		.map((e) => toDirective(e.data, e.filePath ?? e.id))
		.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id, 'vi'));
	const resolve = makeResolver(directives);
	const reports = reportEntries
		.map((e) => ({ ...e.data, id: e.id, file: e.filePath ?? e.id }))
		.sort((a, b) => a.id.localeCompare(b.id));
	const cache = citationCache(JSON.stringify([entries.map((e) => e.data), reports.map((r) => r.id)]));
	const pages = docs.map((d) => ({
		id: d.id,
		title: d.data.title,
		href: routes.page(d.id),
		body: d.body ?? '',
		file: d.filePath ?? d.id,
		mdx: (d.filePath ?? '').endsWith('.mdx'),
	}));
	const citations = buildCitationIndex(pages, resolve, makeReportResolver(reports.map((r) => r.id)), cache);
	pruneCitationCache(cache, pages);
	return {
		directives,
		reports,
		bySlug: new Map(directives.map((d) => [d.slug, d])),
		byId: new Map(directives.map((d) => [d.id, d])),
		levels: levels.map((e) => e.data),
		kinds: kinds.map((e) => e.data),
		topics: topics.map((e) => e.data),
		terms: terms.map((e) => e.data),
		issuers: issuers.map((e) => e.data),
		resolve,
		citations,
		related: (d) => relationsOf(d, directives, resolve),
	};
}

/** The directive registry with taxonomies and the citation index, loaded once per build. */
export function getRegistry(): Promise<Registry> {
	cached ??= load();
	return cached;
}
