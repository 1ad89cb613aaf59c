/**
 * The one source of the site's HTTP policy: Content-Security-Policy, the other security headers,
 * MIME types and caching. Used by astro.config.mjs (the CSP meta of every page), the project's
 * server (scripts/lib/static-server.ts) and the nginx config (deploy/nginx.ts → deploy/nginx.conf).
 * Pure data and string helpers: no Node modules, so any of them can import it.
 */

/**
 * CSP directives shared by the page meta and the header. script-src and style-src are not here:
 * Astro writes them into each page's meta with the hashes of the build's own scripts and styles
 * (`security.csp` in astro.config.mjs), and only the page knows them.
 *
 * - connect-src 'self': search index, service worker fetches; nothing a reader types leaves the origin.
 * - worker-src 'self': the packet builder's (and later the whole handbook's) same-origin service worker.
 * - img-src data:: Starlight and Expressive Code draw a few icons as data: SVG.
 * - object-src/base-uri 'none': no plugins, no <base> hijacking of relative URLs.
 */
export const cspDirectives = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"media-src 'self'",
	"frame-src 'self'",
	"form-action 'self'",
] as const;

/** script-src sources besides the build's hashes: Pagefind compiles its WebAssembly search core. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives a <meta> cannot carry (the browser ignores them there): header only.
 * frame-ancestors 'none': no other site may frame these pages (clickjacking of the packet builder).
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * The CSP header. It omits default-src, which would fall back onto script-src/style-src and block
 * the hashed inline scripts the page's meta allows: a browser enforces both policies, so a script
 * must pass the meta's hash list and the header alike. Every HTML page carries the meta
 * (test/site/csp.test.ts), so the effective policy is the strict one. Workers (Pagefind's search
 * worker, the service worker) get the header policy only: a script-src added here would need
 * 'wasm-unsafe-eval' too.
 */
export function cspHeader(): string {
	return [...cspDirectives.filter((d) => !d.startsWith('default-src ')), ...headerOnlyDirectives].join('; ');
}

/** Headers every response gets. */
export function securityHeaders(): Record<string, string> {
	return {
		'Content-Security-Policy': cspHeader(),
		'X-Content-Type-Options': 'nosniff',
		// Links to other sites (sources cited in the handbook) get no path: page addresses say what
		// office prepares which congress.
		'Referrer-Policy': 'same-origin',
	};
}

/**
 * Content types by file extension (without the dot). With nosniff a missing or wrong type is
 * fatal for scripts and styles; a file whose extension is not here is sent as
 * application/octet-stream (test/deploy/nginx.test.ts checks every extension in dist/ is listed).
 */
export const mimeTypes: Readonly<Record<string, string>> = {
	html: 'text/html; charset=utf-8',
	css: 'text/css; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	json: 'application/json; charset=utf-8',
	webmanifest: 'application/manifest+json; charset=utf-8',
	xml: 'application/xml; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	ico: 'image/x-icon',
	woff2: 'font/woff2',
	woff: 'font/woff',
	wasm: 'application/wasm',
	pdf: 'application/pdf',
	zip: 'application/zip',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	// Pagefind's index: gzip-compressed binary chunks it fetches and decompresses itself
	// (.pagefind is its WebAssembly core, also compressed, so not application/wasm).
	pagefind: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
	pf_filter: 'application/octet-stream',
};

export const defaultMimeType = 'application/octet-stream';

/** Content type of a URL path or file name by its extension. */
export function mimeTypeOf(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	if (dot < 0) return defaultMimeType;
	return mimeTypes[name.slice(dot + 1).toLowerCase()] ?? defaultMimeType;
}

export interface CacheRule {
	/** What the rule is for, repeated as a comment in the nginx config. */
	why: string;
	/** Matched against the path below the site's prefix (starting with `/`); first match wins. */
	pattern: RegExp;
	cacheControl: string;
}

/**
 * Caching, first match wins. Only files whose name changes with their content may be kept
 * without asking; everything else is revalidated (ETag / Last-Modified), so a new edition shows
 * at once.
 */
export const cacheRules: readonly CacheRule[] = [
	{
		why: 'service worker scripts: the browser must see a new worker at once',
		pattern: /(^|\/)(sw\.js|service-worker\.js|workbox-[^/]*\.js)$/,
		cacheControl: 'no-store',
	},
	{
		why: 'hashed build assets: the name changes with the content',
		pattern: /^\/_astro\//,
		cacheControl: 'public, max-age=31536000, immutable',
	},
];

/** Everything else: HTML, search index, documents, PDFs. */
export const defaultCacheControl = 'no-cache';

export function cacheControlOf(path: string): string {
	return cacheRules.find((rule) => rule.pattern.test(path))?.cacheControl ?? defaultCacheControl;
}

/** Every header a response for `path` (below the prefix) gets besides the body's own. */
export function headersFor(path: string): Record<string, string> {
	return { ...securityHeaders(), 'Content-Type': mimeTypeOf(path), 'Cache-Control': cacheControlOf(path) };
}
