import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

/**
 * «No Content-Security-Policy on any page» (reliability review): what the policy must stop, seen
 * from the browser. Every other browser test fails on any violation (test/support/browser.ts);
 * these show the policy really blocks, and that the block is reported to the tests.
 */
describe('Content-Security-Policy in the browser', () => {
	it('refuses an injected inline script and a script from another origin, and reports both', async () => {
		const page = await browser.page({ allowCspViolations: true });
		await page.goto(`${baseUrl()}/tao-bo-van-ban/`);
		await page.evaluate(() => {
			const inline = document.createElement('script');
			inline.textContent = 'window.__injected = true;';
			document.body.append(inline);
			const remote = document.createElement('script');
			remote.src = 'https://evil.example/x.js';
			document.body.append(remote);
		});
		await expect.poll(() => page.cspViolations.length).toBeGreaterThanOrEqual(2);
		expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
		expect(page.cspViolations.join('\n')).toMatch(/script-src-elem blocked inline/);
		expect(page.cspViolations.join('\n')).toMatch(/blocked https:\/\/evil\.example/);
	});

	it('refuses to be framed (frame-ancestors from the header)', async () => {
		const page = await browser.page({ allowCspViolations: true });
		await page.setContent(`<iframe src="${baseUrl()}/van-ban/" title="khung"></iframe>`);
		const frame = page.frames().find((f) => f !== page.mainFrame())!;
		// Wait until the frame has gone somewhere: the registry if framing were allowed, the browser's error page if refused.
		await expect.poll(() => frame.url(), { timeout: 10_000 }).not.toMatch(/^(about:blank)?$/);
		expect(frame.url()).not.toBe(`${baseUrl()}/van-ban/`);
		expect(await frame.evaluate(() => document.title).catch(() => '')).not.toContain('Danh mục văn bản');
	});

	// Pagefind answers only once its WebAssembly core is compiled (in its worker, under the header
	// policy, or on the page, under the meta): results on screen mean 'wasm-unsafe-eval' works.
	it('lets the site itself run: theme, search dialog, search with its WebAssembly core', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/`);
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input').first().fill('bầu cử');
		await expect.poll(() => page.locator('dialog[open] a[href^="/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
	});
});
