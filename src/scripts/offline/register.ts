/**
 * The page side of the offline handbook: registers the service worker the build writes
 * (scripts/steps/offline.ts) once the page has loaded, so it never competes with the page
 * itself, and tells the reader in a small notice when the whole handbook is kept on this device
 * and when a new edition is ready (reloading switches to it). `<html data-offline="ready">` marks
 * a page whose handbook is available offline.
 */
import { Workbox } from 'workbox-window';
import { routes } from '../../data/routes.ts';

/** The packet builder's own worker and cache before the whole site had one. */
const RETIRED = { scope: routes.packetBuilder(), cache: 'cndh-tao-bo-van-ban-v1' };

let ready: () => void;
/** Resolves once this page's handbook is kept for offline reading. */
export const offlineReady = new Promise<void>((resolve) => (ready = resolve));

function notice(text: string, action?: { label: string; run: () => void }): void {
	document.querySelector('.cndh-offline-notice')?.remove();
	const box = document.createElement('div');
	box.className = 'cndh-offline-notice cndh-no-print';
	box.setAttribute('role', 'status');
	box.dataset['kind'] = action ? 'update' : 'ready';
	const p = document.createElement('p');
	p.textContent = text;
	box.append(p);
	const buttons = document.createElement('div');
	if (action) {
		const b = Object.assign(document.createElement('button'), { type: 'button', className: 'cndh-button', textContent: action.label });
		b.addEventListener('click', action.run);
		buttons.append(b);
	}
	const close = Object.assign(document.createElement('button'), { type: 'button', className: 'cndh-button', textContent: 'Đóng' });
	close.addEventListener('click', () => box.remove());
	buttons.append(close);
	box.append(buttons);
	document.body.append(box);
}

async function retireOldWorker(): Promise<void> {
	const scope = new URL(RETIRED.scope, location.href).href;
	for (const reg of await navigator.serviceWorker.getRegistrations()) {
		if (reg.scope === scope) await reg.unregister();
	}
	await caches.delete(RETIRED.cache);
}

async function start(): Promise<void> {
	// First, so the packet builder's page is not left to the old worker once its cache is gone.
	await retireOldWorker().catch(() => undefined);
	const before = await navigator.serviceWorker.getRegistration(routes.home());
	const firstVisit = !before?.active;
	const wb = new Workbox(routes.file('sw.js'), { scope: routes.home() });
	wb.addEventListener('waiting', (event) => {
		// Another edition is downloaded and waits; switching mid-reading would mix the two.
		if (!event.isUpdate && !event.wasWaitingBeforeRegister) return;
		notice('Đã có ấn bản mới của cẩm nang.', {
			label: 'Tải lại để cập nhật',
			run: () => {
				wb.addEventListener('controlling', () => location.reload());
				wb.messageSkipWaiting();
			},
		});
	});
	await wb.register();
	await navigator.serviceWorker.ready;
	// On the first visit the worker takes this page over just after it activates (clientsClaim).
	if (!navigator.serviceWorker.controller) {
		await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
	}
	document.documentElement.dataset['offline'] = 'ready';
	ready();
	if (firstVisit) {
		notice('Đã lưu cẩm nang trên máy này: từ nay mở được mọi trang, tìm kiếm và tạo bộ văn bản cả khi không có mạng.');
		// Good news needs no answer: it leaves by itself, unless the reader is on its button.
		window.setTimeout(() => {
			const box = document.querySelector('.cndh-offline-notice[data-kind="ready"]');
			if (box && !box.contains(document.activeElement)) box.remove();
		}, 15_000);
	}
}

// Under `astro dev` there is no sw.js (the build writes it): registering fails quietly there.
if ('serviceWorker' in navigator) {
	const go = () => void start().catch(() => {
		// No offline copy (private mode, storage refused): the site still works online.
	});
	if (document.readyState === 'complete') go();
	else window.addEventListener('load', go, { once: true });
}
