/**
 * Search: index size, bytes a first query downloads and time to first results, for our search
 * (scripts/steps/search-index.ts + the /tim-kiem/ page) next to plain Pagefind over the same built
 * site (what Starlight's built-in indexing produces: every <main>, no normalisation), in one run,
 * in Chromium with an empty cache for every query.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { kb } from './page-weight.ts';

/** Files a search can load; Pagefind's own UI bundles are written too but never used. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
const QUERIES = ['dai hoi', 'Đảng ủy', '35-CT/TW'];
/** A phone on a poor mobile connection (Chrome DevTools' "3G" profile). */
const SLOW = { latency: 300, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, offline: false };

function sizeOf(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			const s = sizeOf(full);
			bytes += s.bytes;
			files += s.files;
		} else if (!UNUSED.test(name)) {
			bytes += statSync(full).size;
			files++;
		}
	}
	return { bytes, files };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

interface Site {
	server: Server;
	url: string;
	/** Bytes and requests of /pagefind/ files served since the last reset. */
	traffic: { bytes: number; requests: number };
}

/** A static server for one built site; it counts what it serves, whoever (page or worker) asks. */
function serve(dir: string): Promise<Site> {
	const traffic = { bytes: 0, requests: 0 };
	const server = createServer((req, res) => {
		let path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		try {
			if (statSync(path).isDirectory()) path = join(path, 'index.html');
			const body = readFileSync(path);
			// Like a typical static host: a Last-Modified date and no explicit caching rule.
			res.writeHead(200, {
				'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
				'content-length': body.length,
				'last-modified': new Date(Date.now() - 86_400_000).toUTCString(),
			});
			res.end(body);
			if (req.url?.startsWith('/pagefind/')) {
				traffic.bytes += body.length;
				traffic.requests++;
			}
		} catch {
			res.writeHead(404).end();
		}
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, traffic })));
}

interface Measure {
	bytes: number;
	requests: number;
	ms: number;
	results: number;
}

/**
 * A reader's first visit: empty cache and no offline copy yet (the service worker is blocked,
 * so its download of the whole handbook does not share the connection with the search).
 */
async function fresh(browser: Browser, slow: boolean): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	if (slow) await throttle(page);
	return page;
}

async function throttle(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', SLOW);
}

/** A page that loads nothing of the search until the reader starts one. */
const START_PAGE = '/tong-quan/lo-trinh/';

type Network = 'fast' | '3G' | '3G, offline copy in place';

/**
 * Ours, as a reader gets it: the header search on a handbook page, typed, until results show.
 * A returning reader has the offline copy from an earlier visit (the service worker's precache).
 */
async function measureOurs(browser: Browser, site: Site, query: string, network: Network): Promise<Measure> {
	let page: Page;
	if (network === '3G, offline copy in place') {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		page = await context.newPage();
		await page.goto(`${site.url}${START_PAGE}`, { waitUntil: 'networkidle' });
		await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
		await throttle(page);
		await page.reload({ waitUntil: 'networkidle' });
	} else {
		page = await fresh(browser, network === '3G');
		await page.goto(`${site.url}${START_PAGE}`, { waitUntil: 'networkidle' });
	}
	Object.assign(site.traffic, { bytes: 0, requests: 0 });
	await page.click('button[data-open-modal]');
	const t0 = Date.now();
	await page.fill('#header-search-input', query);
	const status = 'cndh-search[data-mode="compact"] [role="status"]';
	await page.waitForFunction((sel) => /kết quả/.test(document.querySelector(sel)?.textContent ?? ''), status, { timeout: 120_000 });
	const ms = Date.now() - t0;
	const results = Number(/Có ([\d.]+) kết quả/.exec((await page.locator(status).textContent()) ?? '')?.[1]?.replace(/\./g, '') ?? 0);
	const t = { ...site.traffic };
	await page.context().close();
	return { ...t, ms, results };
}

/** Plain Pagefind through its JS API, the way its default UI starts: search, then the first 5 results' data. */
async function measurePlain(browser: Browser, site: Site, query: string, slow: boolean): Promise<Measure> {
	const page = await fresh(browser, slow);
	await page.goto(`${site.url}${START_PAGE}`, { waitUntil: 'networkidle' });
	Object.assign(site.traffic, { bytes: 0, requests: 0 });
	const t0 = Date.now();
	const results: number = await page.evaluate(`(async () => {
		const pf = await import('/pagefind/pagefind.js');
		const r = await pf.search(${JSON.stringify(query)});
		await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
		return r.results.length;
	})()`);
	const ms = Date.now() - t0;
	const t = { ...site.traffic };
	await page.context().close();
	return { ...t, ms, results };
}

/** What the service worker downloads for the offline copy: the files of its precache manifest. */
function precacheSize(dir: string): { files: number; bytes: number; largest: string } {
	const urls = [...readFileSync(join(dir, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
	const groups = new Map<string, number>();
	let bytes = 0;
	for (const url of urls) {
		const size = statSync(join(dir, decodeURIComponent(url))).size;
		bytes += size;
		const group = url.split('/')[1]!.includes('.') ? '(root)' : url.split('/')[1]!;
		groups.set(group, (groups.get(group) ?? 0) + size);
	}
	const largest = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([g, n]) => `${g} ${kb(n)}`).join(', ');
	return { files: urls.length, bytes, largest };
}

export async function run(): Promise<void> {
	const root = process.cwd();
	const work = resolve('.build/bench-search');
	rmSync(work, { recursive: true, force: true });
	const ours = join(work, 'ours');
	const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, CNDH_OUT_DIR: ours }, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);

	// The same built pages indexed the default way: Starlight marks <main> as the Pagefind body.
	const plain = join(work, 'plain');
	cpSync(ours, plain, { recursive: true });
	rmSync(join(plain, 'pagefind'), { recursive: true, force: true });
	const strip = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) strip(full);
			else if (name.endsWith('.html')) {
				const html = readFileSync(full, 'utf8');
				writeFileSync(full, html.replace(/ data-pagefind-(body|filter|meta)(="[^"]*")?(?=[\s>])/g, (m, _a, _b, offset: number) => (html.lastIndexOf('<main', offset) > html.lastIndexOf('>', offset) ? m : '')));
			}
		}
	};
	strip(plain);
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('pagefind createIndex failed');
	const added = await index.addDirectory({ path: plain });
	await index.writeFiles({ outputPath: join(plain, 'pagefind') });
	await pagefind.close();

	const a = sizeOf(join(ours, 'pagefind'));
	const b = sizeOf(join(plain, 'pagefind'));
	const oursPages = readFileSync(join(ours, 'pagefind/pagefind-entry.json'), 'utf8').match(/"page_count":\s*(\d+)/)?.[1] ?? '?';

	const browser = await launchBrowser();
	const [sa, sb] = await Promise.all([serve(ours), serve(plain)]);
	const rows: string[] = [];
	try {
		for (const network of ['fast', '3G', '3G, offline copy in place'] as const) {
			for (const q of QUERIES) {
				const x = await measureOurs(browser, sa, q, network);
				const ours = `${kb(x.bytes)} in ${x.requests} req, ${x.ms} ms, ${x.results} results`;
				if (network === '3G, offline copy in place') {
					rows.push(`| «${q}», ${network} | ${ours} | — |`);
					continue;
				}
				const y = await measurePlain(browser, sb, q, network === '3G');
				rows.push(`| «${q}»${network === 'fast' ? '' : `, ${network}`} | ${ours} | ${kb(y.bytes)} in ${y.requests} req, ${y.ms} ms, ${y.results} results |`);
			}
		}
	} finally {
		await browser.close();
		sa.server.close();
		sb.server.close();
	}

	console.log('\n## Search');
	console.log('| | ours (SearchMeta regions, Vietnamese search form) | plain Pagefind (every <main>, defaults) |');
	console.log('|---|---:|---:|');
	console.log(`| pages indexed | ${oursPages} | ${added.page_count} |`);
	console.log(`| index on disk (${a.files} / ${b.files} files) | ${kb(a.bytes)} | ${kb(b.bytes)} |`);
	for (const row of rows) console.log(row);
	console.log('(first query on an empty cache: bytes of /pagefind/ files downloaded, time from the dialog opening until results are shown —');
	console.log(` from ${START_PAGE}: ours typed into the header search at once (6 results shown, the 180 ms typing pause included),`);
	console.log(' plain through Pagefind\'s JS API with the first 5 results loaded, as its default UI does;');
	console.log(` "3G": ${SLOW.latency} ms latency, 1.6 Mbit/s down; first visits without the offline copy, whose download is blocked;`);
	console.log(' "offline copy in place": a returning reader, the search files served by the service worker; goal: ≤ 1 500 ms on 3G)');
	const precache = precacheSize(ours);
	console.log(`\n## Offline copy (service worker precache)`);
	console.log(`${precache.files} files, ${(precache.bytes / 1024 / 1024).toFixed(2)} MB, PDFs and example documents not included (goal: < 5 MB); largest: ${precache.largest}`);
	rmSync(work, { recursive: true, force: true });
}

if (import.meta.main) await run();
