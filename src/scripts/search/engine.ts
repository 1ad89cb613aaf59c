/**
 * The search as the browser runs it: Pagefind over the index built by scripts/steps/search-index.ts,
 * with the query in the same Vietnamese search form, document numbers looked up first, and
 * results turned back into normal Vietnamese for display.
 */
import { documentKeysInQuery } from '../../lib/search/document-number.ts';
import { DOCUMENT_KEY_FILTER, META } from '../../lib/search/filters.ts';
import { pagefindFilters, type SearchState } from '../../lib/search/url-state.ts';
import { fromSearchForm, toSearchForm } from '../../lib/vi/fold.ts';

/** The parts of Pagefind's browser API this module uses (pagefind.js ships no types). */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
	results: PagefindResult[];
	filters: Counts;
	totalFilters: Counts;
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (term: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
	preload: (term: string) => Promise<void>;
	filters: () => Promise<Counts>;
}

export interface Hit {
	url: string;
	title: string;
	breadcrumb: string;
	/** Short level names ("TW", "Tỉnh"…). */
	levels: string[];
	/** HTML with <mark> around matched words, in normal Vietnamese. */
	excerpt: string;
	/** Sections of the page (headings) that match, with their own excerpts. */
	sections: { url: string; title: string; excerpt: string }[];
	/** Shown first because the query names this document's number. */
	byNumber: boolean;
}

export interface Outcome {
	total: number;
	/** Loads the hits from `start`, `count` of them (each hit fetches a small fragment file). */
	hits: (start: number, count: number) => Promise<Hit[]>;
	/** Results per filter value for the current query and filters. */
	counts: () => Promise<Counts>;
}

/**
 * A stronger diacritic weight than Pagefind's default keeps pages with the exact spelling ("tổ")
 * above pages that match only once marks are removed ("tố", "to"). Metadata that is shown but is
 * not about the page's subject (its level badges, the registry id) does not raise its rank.
 */
const RANKING = { diacriticSimilarity: 3, metaWeights: { [META.levels]: 0, 'van-ban': 0 } };

type PagefindModule = { createInstance: (o: Record<string, unknown>) => Pagefind };
let instance: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, on first use (the search dialog opens, the search page loads): pages that
 * never search download nothing. On a slow connection every file Pagefind fetches in turn costs
 * a round trip, so it runs without its web worker (one script less in the chain; this index is
 * small enough to search on the page) and one instance serves both kinds of search — loose
 * (across diacritics) and exact (the spelling typed) — instead of a second instance loading the
 * same files again. Pagefind ranks exact spellings higher on its own, but a title match
 * outweighs that, so "đang" would list pages titled "Đảng" first; listing the exact search's
 * results first gives the exact-spelling tier its place.
 */
export function loadPagefind(base = import.meta.env.BASE_URL): Promise<Pagefind> {
	instance ??= (async () => {
		const dir = `${base.replace(/\/$/, '')}/pagefind/`;
		// Pagefind adds `?ts=<now>` to its entry file so it is never stale; a tag fixed here makes
		// that address known in advance, still new on every page load.
		const tag = String(Date.now());
		fetchAhead(dir, tag);
		const mod = (await import(/* @vite-ignore */ `${dir}pagefind.js`)) as PagefindModule;
		const pf = mod.createInstance({ baseUrl: base, noWorker: true, metaCacheTag: tag });
		await pf.options({ excerptLength: 26, excerptEllipsis: '…', exactDiacritics: false, ranking: RANKING });
		await pf.init();
		return pf;
	})();
	instance.catch(() => (instance = undefined));
	return instance;
}

/**
 * Pagefind fetches its start-up files one after another — its script, then the entry file, then
 * the metadata and WebAssembly the entry names — and on a slow connection every step is a round
 * trip (the server has them revalidated, so the browser's cache cannot skip one). Here the entry,
 * metadata and WebAssembly are fetched alongside the script, and handed over when Pagefind asks
 * for those exact addresses, once each. Should Pagefind ask for anything else, it fetches as usual.
 */
const ahead = new Map<string, Promise<Response>>();

function fetchAhead(dir: string, tag: string): void {
	ahead.clear();
	const early = (path: string) => {
		const url = new URL(`${dir}${path}`, location.href).href;
		const response = fetch(url);
		ahead.set(url, response);
		return response;
	};
	void early(`pagefind-entry.json?ts=${tag}`)
		.then((r) => r.clone().json() as Promise<{ languages?: Record<string, { hash: string; wasm?: string | null; page_count: number }> }>)
		.then(({ languages = {} }) => {
			// The language Pagefind picks (its findIndex): the page's, else the largest index.
			const lang = document.documentElement.lang.toLowerCase();
			const index = languages[lang] ?? languages[lang.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
			if (!index) return;
			void early(`pagefind.${index.hash}.pf_meta`).catch(() => {});
			void early(`wasm.${index.wasm || 'unknown'}.pagefind`).catch(() => {});
		})
		.catch(() => {});
	if (ahead.size && !handOver) handOver = installHandOver();
}

let handOver = false;

function installHandOver(): true {
	const own = window.fetch.bind(window);
	window.fetch = (input, init) => {
		const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
		const response = ahead.get(url);
		if (!response) return own(input, init);
		ahead.delete(url);
		return response;
	};
	return true;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * One search on the shared instance. Searches run one after another: the exact kind switches
 * the instance's diacritics mode, which Pagefind reads after loading the chunks a search needs.
 */
function search(pf: Pagefind, term: string | null, filters: Record<string, unknown>, exact = false): Promise<PagefindSearch> {
	const run = queue.then(async () => {
		if (!exact) return pf.search(term, { filters });
		await pf.options({ exactDiacritics: true });
		try {
			return await pf.search(term, { filters });
		} finally {
			await pf.options({ exactDiacritics: false });
		}
	});
	queue = run.catch(() => undefined);
	return run;
}

/** Whether the query carries diacritics, i.e. whether an exact spelling differs from a folded one. */
const hasDiacritics = (query: string) => /[^\p{ASCII}]/u.test(query.normalize('NFD'));

function toHit(data: PagefindData, byNumber: boolean): Hit {
	const meta = (key: string) => fromSearchForm(data.meta[key] ?? '');
	const pageUrl = data.url;
	return {
		url: pageUrl,
		title: meta(META.title) || pageUrl,
		breadcrumb: meta(META.breadcrumb),
		levels: meta(META.levels)
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean),
		excerpt: fromSearchForm(data.excerpt),
		sections: data.sub_results
			.filter((s) => s.url !== pageUrl && s.url.includes('#'))
			.slice(0, 3)
			.map((s) => ({ url: s.url, title: fromSearchForm(s.title), excerpt: fromSearchForm(s.excerpt) })),
		byNumber,
	};
}

let filterIndex: Promise<Counts> | undefined;

/** Counts per filter value over the whole index; loads every filter chunk, which counts need. */
export function allCounts(): Promise<Counts> {
	filterIndex ??= loadPagefind().then((pf) => pf.filters());
	filterIndex.catch(() => (filterIndex = undefined));
	return filterIndex;
}

/** Runs one search. An empty query with filters lists every page that passes the filters. */
export async function runSearch(state: SearchState): Promise<Outcome | undefined> {
	const query = state.query.trim();
	const filters = pagefindFilters(state);
	const filtered = Object.keys(filters).length > 0;
	if (!query && !filtered) return undefined;
	const pf = await loadPagefind();
	const keys = query ? documentKeysInQuery(query) : [];
	const term = query ? toSearchForm(query) : null;
	const [numbered, main, exactly] = await Promise.all([
		keys.length ? search(pf, null, { ...filters, [DOCUMENT_KEY_FILTER]: { any: keys } }) : undefined,
		search(pf, term, filters),
		term && hasDiacritics(query) ? search(pf, term, filters, true) : undefined,
	]);
	// Tiers: the document the query's number names, then exact spellings, then the rest.
	const ordered: { r: PagefindResult; byNumber: boolean }[] = [];
	const seen = new Set<string>();
	for (const [results, byNumber] of [[numbered?.results, true], [exactly?.results, false], [main.results, false]] as const) {
		for (const r of results ?? []) {
			if (seen.has(r.id)) continue;
			seen.add(r.id);
			ordered.push({ r, byNumber });
		}
	}
	return {
		total: ordered.length,
		// Within a facet values are alternatives, so a facet's counts are those of the search
		// without its own selection ("how many if I also tick this"), the others' stay as they are.
		// Counts need every filter chunk; they are asked for after the results are on screen.
		counts: async () => {
			await allCounts();
			const [all, ...perFacet] = await Promise.all([
				search(pf, term, filters),
				...Object.keys(filters).map(async (name) => {
					const { [name]: _, ...others } = filters;
					return [name, (await search(pf, term, others)).filters[name] ?? {}] as const;
				}),
			]);
			return { ...all.filters, ...Object.fromEntries(perFacet) };
		},
		hits: (start, count) => Promise.all(ordered.slice(start, start + count).map(async ({ r, byNumber }) => toHit(await r.data(), byNumber))),
	};
}

/** Starts fetching the index chunks a query will need while the reader is still typing. */
export async function preload(query: string): Promise<void> {
	if (query.trim()) await (await loadPagefind()).preload(toSearchForm(query.trim()));
}
