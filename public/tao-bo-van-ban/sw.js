// Service worker of the packet builder (/tao-bo-van-ban/): offline copy of the page and its files.
// Hashed build assets (/_astro/) never change, so they are served from the cache first; the page
// and templates are fetched fresh when online and taken from the cache when not. Matching ignores
// Vary: module scripts are requested with an Origin header the precached copies were not.
const CACHE = 'cndh-tao-bo-van-ban-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
	const data = event.data;
	if (!data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
	const urls = data.urls.filter((u) => typeof u === 'string' && u.startsWith('/'));
	const done = caches
		.open(CACHE)
		.then((cache) => Promise.all(urls.map((u) => cache.add(u).then(() => true, () => false))))
		.then((stored) => event.ports[0]?.postMessage({ type: 'cached', ok: stored.every(Boolean) }));
	event.waitUntil(done);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	if (url.pathname.startsWith('/_astro/')) {
		event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetchAndKeep(request)));
		return;
	}
	event.respondWith(
		fetchAndKeep(request).catch(() =>
			caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || Response.error())
		)
	);
});

function fetchAndKeep(request) {
	return fetch(request).then((response) => {
		if (response.ok) {
			const copy = response.clone();
			caches.open(CACHE).then((cache) => cache.put(request, copy));
		}
		return response;
	});
}
