import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { htmlPages } from '../support/dist.ts';
import { plainText, readDocx } from '../support/docx.ts';
import { downloadPacket, fillCongress } from '../support/packet.ts';
import { readPdf } from '../support/pdf.ts';

/**
 * The handbook published on a portal under a path: built once with SITE_URL into its own folder
 * and served under /cam-nang/ only, the way an office would put it on its portal.
 */
const ADDRESS = 'https://camnang.example.gov.vn/cam-nang/';
const PREFIX = '/cam-nang/';
const OUT = '.build/test-cam-nang';

const browser = useBrowser();
let server: Awaited<ReturnType<typeof preview>>;
let origin: string;

beforeAll(async () => {
	// Vitest puts Vite's own variables (BASE_URL, MODE…) and NODE_ENV=test in this worker's
	// environment; the build must not inherit them (Astro would take that BASE_URL over the one
	// the address gives, and build in development mode).
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k)));
	const r = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...env, SITE_URL: ADDRESS, CNDH_OUT_DIR: OUT }, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`build with SITE_URL failed:\n${r.stdout}\n${r.stderr}`);
	server = await preview({ root: process.cwd(), outDir: OUT, base: PREFIX, site: ADDRESS, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
	origin = `http://127.0.0.1:${server.port}`;
}, 400_000);

afterAll(async () => {
	await server?.stop();
});

/** Every path-absolute reference (`/…`) in a file, from attributes and CSS. */
function rootReferences(text: string): string[] {
	return [...text.matchAll(/(?:\b(?:href|src|action|content)="|url\(["']?)(\/[^"')]*)/g)].map((m) => m[1]!);
}

describe('published under a path (SITE_URL=https://camnang.example.gov.vn/cam-nang/)', () => {
	it('links every page, asset and form under the path, and nothing outside it', () => {
		const outside: string[] = [];
		const files = [
			...htmlPages(OUT).map((p) => p.file),
			...readdirSync(join(OUT, '_astro')).filter((f) => f.endsWith('.css')).map((f) => join(OUT, '_astro', f)),
		];
		for (const file of files) {
			for (const ref of rootReferences(readFileSync(file, 'utf8'))) if (!ref.startsWith(PREFIX)) outside.push(`${file}: ${ref}`);
		}
		expect(outside).toEqual([]);
		// And the service worker precaches the files under the path.
		const precached = [...readFileSync(join(OUT, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
		expect(precached).toContain(`${PREFIX}index.html`);
		expect(precached.filter((u) => !u.startsWith(PREFIX))).toEqual([]);
	});

	it('gives every page its canonical address, and lists them in the sitemap', () => {
		const pages = htmlPages(OUT).filter((p) => p.url !== '/404');
		for (const p of pages) {
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(p.file, 'utf8'))?.[1];
			expect(canonical, p.url).toBe(`${ADDRESS}${p.url.slice(1)}`);
		}
		expect(readFileSync(join(OUT, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${ADDRESS}sitemap-0.xml</loc>`);
		const locs = [...readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs).toContain(ADDRESS);
		expect(locs).toContain(`${ADDRESS}van-ban/244-qd-tw/`);
		expect(locs.filter((l) => !l.startsWith(ADDRESS))).toEqual([]);
	});

	it('prints the address on the PDF cover, and links the book to pages under it', async () => {
		const { doc, pages } = await readPdf(join(OUT, 'cam-nang.pdf'));
		expect(pages[0]!.text).toContain('Bản điện tử: camnang.example.gov.vn/cam-nang');
		const web: string[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			for (const a of (await (await doc.getPage(n)).getAnnotations()) as { url?: string }[]) if (a.url?.includes('camnang.example.gov.vn')) web.push(a.url);
		}
		// The cover, the registry appendix and the templates appendix at least.
		expect(web).toContain(ADDRESS);
		expect(web).toContain(`${ADDRESS}van-ban/`);
		expect(web).toContain(`${ADDRESS}bieu-mau/phieu-bau/`);
		expect(web.filter((u) => !u.startsWith(ADDRESS))).toEqual([]);
	});

	it('works in the browser under the path only: search, the packet builder, the offline copy', async () => {
		const page = await browser.page({ serviceWorkers: 'allow' });
		// Nothing is served outside the path.
		expect((await page.goto(`${origin}/van-ban/`))?.status()).toBe(404);
		await page.goto(`${origin}${PREFIX}`);
		await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 90_000 });
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}${PREFIX}sw.js`);

		await page.click('button[data-open-modal]');
		await page.fill('#header-search-input', '35-CT/TW');
		const status = page.locator('cndh-search[data-mode="compact"] [role="status"]');
		await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^Có [\d.]+ kết quả/);
		const hrefs = await page.locator('cndh-search[data-mode="compact"] ol.results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((h) => !h.startsWith(PREFIX))).toEqual([]);
		await page.locator('cndh-search[data-mode="compact"] ol.results a.title').first().click();
		await page.waitForURL(`${origin}${PREFIX}van-ban/35-ct-tw/`);

		await page.goto(`${origin}${PREFIX}tao-bo-van-ban/`);
		await fillCongress(page);
		await page.fill('#f-personnelPlan-seats', '14');
		const drawn = await page.locator('[data-packet-form] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(drawn.length).toBeGreaterThan(0);
		expect(drawn.filter((h) => !h.startsWith(PREFIX))).toEqual([]);
		const { files } = await downloadPacket(page);
		expect(plainText(await readDocx(files['chuong-trinh-dai-hoi.docx']!))).toContain('ĐẢNG BỘ XÃ THỬ NGHIỆM');

		const outside = page.seen.filter((u) => !u.startsWith(`${origin}${PREFIX}`) && !/^(blob|data):/.test(u) && u !== `${origin}/van-ban/`);
		expect(outside).toEqual([]);
	}, 120_000);

	it('offers a new edition once it is downloaded, switches on reload, and drops the old packet-builder cache', async () => {
		const page = await browser.page({ serviceWorkers: 'allow' });
		await page.goto(`${origin}${PREFIX}tao-bo-van-ban/`);
		// What a reader of the earlier packet builder still has: its own cache.
		await page.evaluate(() => caches.open('cndh-tao-bo-van-ban-v1').then((c) => c.put('/cam-nang/tao-bo-van-ban/', new Response('cũ'))));
		await page.reload();
		await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 90_000 });
		await expect.poll(() => page.evaluate(() => caches.has('cndh-tao-bo-van-ban-v1'))).toBe(false);

		// A new edition is published: a different service worker.
		const sw = join(OUT, 'sw.js');
		const original = readFileSync(sw, 'utf8');
		writeFileSync(sw, `${original}\n// ấn bản mới`);
		try {
			await page.goto(`${origin}${PREFIX}van-ban/`);
			const notice = page.locator('.cndh-offline-notice');
			await expect.poll(() => notice.innerText(), { timeout: 60_000 }).toMatch(/Đã có ấn bản mới của cẩm nang/);
			expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
			await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Tải lại để cập nhật' }).click()]);
			expect(page.url()).toBe(`${origin}${PREFIX}van-ban/`);
			// The new edition is in charge: nothing waits any more, and no notice is left.
			await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
			expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
			expect(await page.locator('.cndh-offline-notice').count()).toBe(0);
		} finally {
			writeFileSync(sw, original);
		}
	}, 120_000);
});
