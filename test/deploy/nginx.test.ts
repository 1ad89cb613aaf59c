/**
 * The documented nginx config, generated from deploy/headers.ts, run for real: Debian's nginx
 * (`.ci/run` installs it when absent) over dist/ on a free loopback port, at `/` and under a
 * `/cam-nang/` prefix. It must send what the project's server sends (one source), serve the
 * pages, the search files and the downloads byte for byte, and keep the CSP working in a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mimeTypes } from '../../deploy/headers.ts';
import { nginxServerBlock } from '../../deploy/nginx.ts';
import { useBrowser } from '../support/browser.ts';

const NGINX = '/usr/sbin/nginx';
const dist = resolve(inject('distDir'));

function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`);
}

describe('deploy/nginx.conf', () => {
	it('is the generator\'s output for the documented defaults (regenerate: npm run --silent nginx-config > deploy/nginx.conf)', () => {
		expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxServerBlock());
	});

	it('every file type in dist/ has its content type in deploy/headers.ts', () => {
		const extensions = new Set(filesOf(dist).map((f) => f.slice(f.lastIndexOf('.') + 1).toLowerCase()));
		expect([...extensions].filter((ext) => !(ext in mimeTypes))).toEqual([]);
	});
});

function freePort(): Promise<number> {
	return new Promise((done) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => done(port));
		});
	});
}

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

// Runs wherever nginx is installed; CI installs it, so there it never skips.
describe.skipIf(!existsSync(NGINX) && process.env.CI !== 'true')('the real nginx with the generated config', () => {
	const browser = useBrowser();
	let work: string;
	let nginx: ChildProcess;
	let atRoot: number;
	let atPrefix: number;
	let stderr = '';
	const projectPort = () => Number(new URL(inject('baseUrl')).port);

	beforeAll(async () => {
		work = mkdtempSync(join(tmpdir(), 'cndh-nginx-'));
		mkdirSync(join(work, 'www'));
		symlinkSync(dist, join(work, 'www', 'cam-nang'));
		[atRoot, atPrefix] = [await freePort(), await freePort()];
		const conf = [
			'daemon off;',
			...(process.getuid?.() === 0 ? ['user root;'] : []),
			'worker_processes 1;',
			`pid ${work}/nginx.pid;`,
			'error_log stderr;',
			'events { worker_connections 64; }',
			'http {',
			'    access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${work}/${t};`),
			nginxServerBlock({ root: dist, prefix: '/', listen: `127.0.0.1:${atRoot}`, serverName: 'camnang.example.gov.vn' }),
			nginxServerBlock({ root: join(work, 'www'), prefix: '/cam-nang/', listen: `127.0.0.1:${atPrefix}`, serverName: 'cong.example.gov.vn' }),
			'}',
		].join('\n');
		writeFileSync(join(work, 'nginx.conf'), conf);
		nginx = spawn(NGINX, ['-e', 'stderr', '-p', `${work}/`, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
		nginx.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
		const deadline = Date.now() + 10_000;
		for (;;) {
			const up = await get(atRoot, '/').then(() => true, () => false);
			if (up) break;
			if (nginx.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	});

	afterAll(async () => {
		if (nginx && nginx.exitCode === null) {
			const exited = new Promise((r) => nginx.once('exit', r));
			nginx.kill('SIGTERM');
			await exited;
		}
		if (work) rmSync(work, { recursive: true, force: true });
	});

	/** One file of each kind the site serves, found in the build (names carry hashes). */
	function samples(): string[] {
		const all = filesOf(dist);
		const first = (re: RegExp) => all.find((f) => re.test(f));
		const picks = [
			'/',
			'/van-ban/',
			'/tao-bo-van-ban/',
			'/cam-nang.pdf',
			'/pagefind/pagefind-entry.json',
			'/pagefind/pagefind.js',
			first(/\.pf_meta$/),
			first(/\.pf_index$/),
			first(/\.pf_fragment$/),
			first(/\.pf_filter$/),
			first(/\.pagefind$/),
			first(/\.docx$/),
			first(/\.zip$/),
			first(/^\/_astro\/.*\.js$/),
			first(/^\/_astro\/.*\.css$/),
			first(/\.woff2$/),
			first(/\/sw\.js$/),
			'/sitemap-index.xml',
			'/favicon.svg',
		];
		return picks.filter((p): p is string => p !== undefined);
	}

	it('serves pages, search files and downloads byte for byte, with the headers of the project\'s server', async () => {
		for (const path of samples()) {
			const [n, own] = [await get(atRoot, path, { Host: 'camnang.example.gov.vn' }), await get(projectPort(), path)];
			expect(n.status, path).toBe(200);
			expect(n.body.equals(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path))), path).toBe(true);
			for (const header of ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy']) {
				expect(n.headers[header], `${path} ${header}`).toBe(own.headers[header]);
			}
		}
	});

	it('sends the types and caching the review asked for (written by hand)', async () => {
		const docx = samples().find((p) => p.endsWith('.docx'))!;
		expect((await get(atRoot, docx)).headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect((await get(atRoot, samples().find((p) => p.endsWith('.pf_meta'))!)).headers['content-type']).toBe('application/octet-stream');
		expect((await get(atRoot, '/van-ban/')).headers['content-type']).toBe('text/html; charset=utf-8');
		expect((await get(atRoot, '/van-ban/')).headers['cache-control']).toBe('no-cache');
		expect((await get(atRoot, samples().find((p) => p.startsWith('/_astro/'))!)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		const sw = samples().find((p) => p.endsWith('/sw.js'));
		if (sw) expect((await get(atRoot, sw)).headers['cache-control']).toBe('no-store');
		const csp = String((await get(atRoot, '/')).headers['content-security-policy']);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
	});

	it('answers a real host name, redirects relative to it, and gives the 404 page for crafted paths', async () => {
		const moved = await get(atRoot, '/van-ban', { Host: 'camnang.example.gov.vn' });
		expect(moved.status).toBe(301);
		expect(moved.headers.location).toBe('/van-ban/');
		for (const path of ['/khong-co/', '/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/van-ban/%00']) {
			const r = await get(atRoot, path);
			// nginx refuses a path climbing above the root with its own bare 400, before any location.
			expect([400, 404], path).toContain(r.status);
			expect(r.body.toString(), path).not.toMatch(/"name": "cam-nang-dai-hoi"|root:x:0/);
			if (r.status === 404) expect(r.headers['x-content-type-options'], path).toBe('nosniff');
		}
		expect((await get(atRoot, '/khong-co/')).body.toString()).toContain('<html lang="vi"');
	});

	it('serves the site under /cam-nang/ and nothing outside it', async () => {
		expect((await get(atPrefix, '/cam-nang/van-ban/')).body.equals(readFileSync(join(dist, 'van-ban/index.html')))).toBe(true);
		expect((await get(atPrefix, '/cam-nang/pagefind/pagefind-entry.json')).status).toBe(200);
		expect((await get(atPrefix, samples().find((p) => p.startsWith('/_astro/'))!.replace(/^/, '/cam-nang'))).headers['cache-control']).toContain('immutable');
		expect((await get(atPrefix, '/van-ban/')).status).toBe(404);
		const bare = await get(atPrefix, '/cam-nang');
		expect(bare.status).toBe(301);
		expect(bare.headers.location).toBe('/cam-nang/');
	});

	it('in a browser, pages and the search work under nginx\'s headers with no CSP violation', async () => {
		const page = await browser.page();
		await page.goto(`http://127.0.0.1:${atRoot}/`);
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input').first().fill('bầu cử');
		await expect.poll(() => page.locator('dialog[open] a[href^="/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		expect(page.seen.every((u) => u.startsWith(`http://127.0.0.1:${atRoot}/`))).toBe(true);
	});
});
