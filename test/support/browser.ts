import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';

export const baseUrl = () => inject('baseUrl');

/** Reports a Content-Security-Policy violation to the test through the console (init scripts bypass CSP). */
const CSP_PROBE = `document.addEventListener('securitypolicyviolation', (e) => {
	console.error('[csp] ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

/**
 * One browser per test file; each test gets a fresh context so storage does not leak.
 * Every request the page makes is recorded, so tests can assert nothing leaves the origin.
 * Pages run under the site's real Content-Security-Policy (meta and headers from the project's
 * server): any violation, reported by the page or logged by the browser, fails the test that
 * caused it, unless the page was opened with `allowCspViolations` (a test about the block itself).
 * The site's service worker is blocked unless a test asks for it: it would download the whole
 * handbook for offline use in every fresh context.
 */
export function useBrowser() {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	let violations: string[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterEach(() => {
		const found = violations;
		violations = [];
		expect(found, 'Content-Security-Policy violations').toEqual([]);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		async page(
			options: { width?: number; height?: number; javaScript?: boolean; allowCspViolations?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
		): Promise<Page & { seen: string[]; cspViolations: string[] }> {
			const context = await browser.newContext({
				viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
				javaScriptEnabled: options.javaScript ?? true,
				locale: 'vi-VN',
				serviceWorkers: options.serviceWorkers ?? 'block',
			});
			contexts.push(context);
			await context.addInitScript(CSP_PROBE);
			const page = Object.assign(await context.newPage(), { seen: [] as string[], cspViolations: [] as string[] });
			page.on('request', (r) => page.seen.push(r.url()));
			page.on('console', (message) => {
				const text = message.text();
				if (message.type() === 'error' && (text.startsWith('[csp] ') || /Content Security Policy/i.test(text))) {
					page.cspViolations.push(text);
					if (!options.allowCspViolations) violations.push(`${page.url()}: ${text}`);
				}
			});
			return page;
		},
	};
}
