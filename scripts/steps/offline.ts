import { generateSW } from 'workbox-build';
import { makeRoutes } from '../../src/lib/routes.ts';
import type { BuildStepContext } from '../build.ts';

/**
 * Build step: the service worker (`sw.js` at the site's base) that keeps the whole handbook
 * usable offline after one visit. Workbox writes it with a precache manifest of the built site:
 * every page, the scripts, styles and fonts, the search index, the blank templates and the
 * packet builder's templates — each with a revision, so an update downloads only what changed
 * and old caches are dropped. The PDFs and the example congresses' documents are left out (the
 * PDFs alone weigh more than the rest together); they are kept when first opened. The page side
 * (registration, the notices) is src/scripts/offline/register.ts.
 */

/** What is not precached: downloads kept on first use, files nothing fetches, and the worker itself. */
export const NOT_PRECACHED = [
	'**/*.pdf',
	'bieu-mau/dai-hoi/*/*.{docx,zip}',
	// The packet builder fetches its templates from /tao-bo-van-ban/mau/; these copies are for other tools.
	'bieu-mau/mau-goc/**',
	// Pagefind writes its own UI bundles too; the site uses its JS API only (src/scripts/search/).
	'pagefind/pagefind-{ui,component-ui,modular-ui,highlight}.*',
	'404.html',
	'sitemap-*.xml',
	'sw.js',
];

/** Cache names start with this, so the site's caches are told apart from others on the same origin. */
export const CACHE_ID = 'cndh';

export interface OfflineResult {
	files: number;
	bytes: number;
}

export async function buildServiceWorker({ outDir, address }: Pick<BuildStepContext, 'outDir' | 'address'>): Promise<OfflineResult> {
	const routes = makeRoutes(address.base);
	const { count, size, warnings } = await generateSW({
		swDest: `${outDir}/sw.js`,
		globDirectory: outDir,
		globPatterns: ['**/*'],
		globIgnores: NOT_PRECACHED,
		// Paths in the manifest are relative to the output folder; the site lives under its base.
		modifyURLPrefix: { '': routes.path('/') },
		// Vite's hashed files and Pagefind's chunks change name when they change: no revision needed.
		dontCacheBustURLsMatching: /\/_astro\/|\.pf_(index|meta|filter|fragment)$/,
		maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
		cacheId: CACHE_ID,
		cleanupOutdatedCaches: true,
		// A new edition waits until the reader chooses to reload (the page's notice), so a page
		// is never served half from the old edition and half from the new.
		skipWaiting: false,
		clientsClaim: true,
		directoryIndex: 'index.html',
		// The search page keeps its query in the URL, and Pagefind adds `?ts=` to its entry file:
		// a page or file is the same whatever its query.
		ignoreURLParametersMatching: [/.*/],
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
		runtimeCaching: [
			{
				// The PDF editions and the example congresses' Word files: from the network when
				// online (always the current edition), from the copy kept on first opening when not.
				urlPattern: ({ url, sameOrigin }) => sameOrigin && /\.(pdf|docx|zip)$/.test(url.pathname),
				handler: 'NetworkFirst',
				options: { cacheName: `${CACHE_ID}-tai-ve`, rangeRequests: true, cacheableResponse: { statuses: [200] } },
			},
		],
	});
	if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
	return { files: count, bytes: size };
}

export const offlineStep = {
	name: 'bản ngoại tuyến',
	async run(ctx: BuildStepContext) {
		const r = await buildServiceWorker(ctx);
		console.log(`  lưu sẵn để đọc không cần mạng: ${r.files} tệp, ${(r.bytes / 1024 / 1024).toFixed(2).replace('.', ',')} MB`);
	},
};
