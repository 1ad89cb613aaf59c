/**
 * Keeps the packet builder usable offline once loaded: a service worker scoped to this page
 * caches the page and the files it used (scripts, styles, fonts, templates). Only same-origin
 * URLs are cached; nothing the reader types is ever stored there.
 */
export function registerOffline(extra: string[], preload: () => Promise<unknown>, ready: () => void): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register('/tao-bo-van-ban/sw.js', { scope: '/tao-bo-van-ban/' })
		.then(() => navigator.serviceWorker.ready)
		.then(async (reg) => {
			await preload().catch(() => undefined);
			const urls = new Set([location.pathname, ...extra]);
			for (const entry of performance.getEntriesByType('resource')) {
				const url = new URL(entry.name);
				if (url.origin === location.origin) urls.add(url.pathname);
			}
			const channel = new MessageChannel();
			channel.port1.onmessage = (e) => {
				if (e.data?.ok) ready();
			};
			reg.active?.postMessage({ type: 'cache', urls: [...urls] }, [channel.port2]);
		})
		.catch(() => {
			// No offline copy (e.g. private mode): the page still works online.
		});
}
