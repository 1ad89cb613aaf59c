/**
 * Every address inside the site, built in one place. The site may be published under a path
 * (`https://portal.example/cam-nang/`, content/site.yaml `url`), so a link is its site path — the
 * address from the site's root, as editors write it in content (`/van-ban/35-ct-tw/`) — put under
 * the base path (`/cam-nang/van-ban/35-ct-tw/`).
 *
 * Browser-safe and free of `import.meta.env`: the base is bound once per side
 * (src/data/routes.ts for pages, src/scripts/routes.ts for the browser, astro.config.mjs for the
 * Markdown plugins, the PDF step from the site address).
 */
import { directiveSlug } from './citations/symbol.ts';

/** `/cam-nang/` + `/van-ban/` → `/cam-nang/van-ban/`. A site path must start with `/`. */
export function withBase(base: string, sitePath: string): string {
	if (!sitePath.startsWith('/') || sitePath.startsWith('//')) throw new Error(`not a site path: ${sitePath}`);
	return base.replace(/\/+$/, '') + sitePath;
}

/** The inverse of `withBase`: the site path of a link under `base`, or undefined if it is outside. */
export function sitePathOf(base: string, pathname: string): string | undefined {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix) return pathname;
	if (pathname === prefix) return '/';
	return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
}

/** Site paths of the site's routes; `makeRoutes` gives them under a base. */
const SITE_PATHS = {
	home: () => '/',
	/** A handbook page by content id (`tong-quan/lo-trinh`). */
	page: (id: string) => `/${id}/`,
	registry: () => '/van-ban/',
	/** A directive's registry page by its slug (`35-ct-tw`). */
	directive: (slug: string) => `/van-ban/${slug}/`,
	/** A directive's registry page by its id or symbol as rules and templates cite it. */
	directiveById: (id: string) => `/van-ban/${directiveSlug(id)}/`,
	reports: () => '/tu-lieu/',
	/** A source text's entry on the reports page. */
	report: (id: string) => `/tu-lieu/#${id}`,
	glossary: () => '/thuat-ngu/',
	/** A term's entry on the glossary page; the anchor is the term's slug (`TCCSĐ` → `tccsd`). */
	glossaryTerm: (term: string) => `/thuat-ngu/#${directiveSlug(term)}`,
	templates: () => '/bieu-mau/',
	template: (id: string) => `/bieu-mau/${id}/`,
	/** The blank Word file of a template. */
	blankTemplate: (id: string) => `/bieu-mau/${id}/${id}-mau-trong.docx`,
	/** An example congress's documents, or one file of them (`name`). */
	congress: (id: string, name = '') => `/bieu-mau/dai-hoi/${id}/${name}`,
	/** The raw templates and their index, for the in-browser generator (scripts/steps/documents.ts). */
	rawTemplate: (file: string) => `/bieu-mau/mau-goc/${file}`,
	packetBuilder: () => '/tao-bo-van-ban/',
	/** The Word templates the packet builder fetches (src/pages/tao-bo-van-ban/mau/[template].docx.ts). */
	packetTemplate: (id: string) => `/tao-bo-van-ban/mau/${id}.docx`,
	search: () => '/tim-kiem/',
	guide: () => '/huong-dan-bien-tap/',
	/** A file at the site's root: the PDF editions, the service worker, the search index folder. */
	file: (name: string) => `/${name}`,
} as const;

export type Routes = { readonly [K in keyof typeof SITE_PATHS]: (typeof SITE_PATHS)[K] };

/** Routes as site paths, for code that matches or stores addresses (content checks, the PDF's in-book links). */
export const sitePaths: Routes = SITE_PATHS;

/** The routes as links of a site published under `base` (`/` or `/cam-nang/`). */
export function makeRoutes(base: string): Routes & { base: string; path: (sitePath: string) => string } {
	const bound = Object.fromEntries(
		Object.entries(SITE_PATHS).map(([name, fn]) => [name, (...args: never[]) => withBase(base, (fn as (...a: never[]) => string)(...args))])
	) as unknown as Routes;
	return { ...bound, base, path: (sitePath: string) => withBase(base, sitePath) };
}
