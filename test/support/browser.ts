import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';

export const baseUrl = () => inject('baseUrl');

/**
 * One browser per test file; each test gets a fresh context so storage does not leak.
 * Every request the page makes is recorded, so tests can assert nothing leaves the origin.
 * The site's service worker is blocked unless a test asks for it: it would download the whole
 * handbook for offline use in every fresh context.
 */
export function useBrowser() {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		async page(options: { width?: number; height?: number; javaScript?: boolean; serviceWorkers?: 'allow' | 'block' } = {}): Promise<Page & { seen: string[] }> {
			const context = await browser.newContext({
				viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
				javaScriptEnabled: options.javaScript ?? true,
				locale: 'vi-VN',
				serviceWorkers: options.serviceWorkers ?? 'block',
			});
			contexts.push(context);
			const page = Object.assign(await context.newPage(), { seen: [] as string[] });
			page.on('request', (r) => page.seen.push(r.url()));
			return page;
		},
	};
}
