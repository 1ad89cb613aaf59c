/**
 * The project's server (`npm run serve`, and the site tests' server), against the findings of the
 * reliability review (shared audit, «Serving and publishing»): types, headers, caching, crafted
 * paths, a real host name. Expected values are written by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

const FILES: Record<string, string> = {
	'index.html': '<!doctype html><title>Trang chủ</title>',
	'404.html': '<!doctype html><title>Không tìm thấy</title>',
	'van-ban/index.html': '<!doctype html><title>Danh mục văn bản</title>',
	'bieu-mau/bien-ban.docx': 'PK docx',
	'cam-nang.pdf': '%PDF-1.7',
	'bieu-mau/bo.zip': 'PK zip',
	'pagefind/pagefind-entry.json': '{}',
	'pagefind/pagefind.vi_1.pf_meta': 'meta',
	'pagefind/index/vi_1.pf_index': 'index',
	'pagefind/fragment/vi_1.pf_fragment': 'fragment',
	'pagefind/filter/vi_1.pf_filter': 'filter',
	'pagefind/wasm.vi.pagefind': 'wasm gz',
	'core.wasm': '\0asm',
	'manifest.webmanifest': '{}',
	'_astro/page.AbC123.js': 'console.log(1)',
	'_astro/site.AbC123.css': 'body{}',
	'tao-bo-van-ban/sw.js': 'self.addEventListener("fetch",()=>{})',
	'tải về/bản đồ.txt': 'xin chào',
};

let root: string;
let server: StaticServer;
let prefixed: StaticServer;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'cndh-serve-'));
	for (const [path, body] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), body);
	}
	writeFileSync(join(root, '..', `${root.split('/').pop()}-secret.txt`), 'bí mật');
	server = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
	prefixed = await startStaticServer({ root, port: 0, host: '127.0.0.1', base: '/cam-nang/' });
});

afterAll(async () => {
	await server?.close();
	await prefixed?.close();
	rmSync(root, { recursive: true, force: true });
	rmSync(`${root}-secret.txt`, { force: true });
});

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** A raw request: the path goes on the wire as written (fetch would normalise it). */
function get(path: string, options: { method?: string; headers?: Record<string, string>; on?: StaticServer } = {}): Promise<Answer> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port: (options.on ?? server).port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', fail);
		req.end();
	});
}

describe('Content-Type: .docx and Pagefind files had an empty type', () => {
	const TYPES: [string, string][] = [
		['/', 'text/html; charset=utf-8'],
		['/van-ban/', 'text/html; charset=utf-8'],
		['/bieu-mau/bien-ban.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['/cam-nang.pdf', 'application/pdf'],
		['/bieu-mau/bo.zip', 'application/zip'],
		['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
		['/pagefind/pagefind.vi_1.pf_meta', 'application/octet-stream'],
		['/pagefind/index/vi_1.pf_index', 'application/octet-stream'],
		['/pagefind/fragment/vi_1.pf_fragment', 'application/octet-stream'],
		['/pagefind/filter/vi_1.pf_filter', 'application/octet-stream'],
		['/pagefind/wasm.vi.pagefind', 'application/octet-stream'],
		['/core.wasm', 'application/wasm'],
		['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
		['/_astro/page.AbC123.js', 'text/javascript; charset=utf-8'],
		['/_astro/site.AbC123.css', 'text/css; charset=utf-8'],
		['/t%E1%BA%A3i%20v%E1%BB%81/b%E1%BA%A3n%20%C4%91%E1%BB%93.txt', 'text/plain; charset=utf-8'],
	];
	for (const [path, type] of TYPES) {
		it(`${decodeURIComponent(path)} is ${type}`, async () => {
			const r = await get(path);
			expect(r.status).toBe(200);
			expect(r.headers['content-type']).toBe(type);
		});
	}
});

describe('no CSP, nosniff, Referrer-Policy or frame-ancestors on any response', () => {
	for (const path of ['/', '/bieu-mau/bien-ban.docx', '/khong-co/', '/van-ban']) {
		it(`${path} carries the security headers`, async () => {
			const r = await get(path);
			const csp = String(r.headers['content-security-policy']);
			for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "connect-src 'self'", "worker-src 'self'"]) expect(csp).toContain(directive);
			expect(csp).not.toContain('unsafe-inline');
			expect(r.headers['x-content-type-options']).toBe('nosniff');
			expect(r.headers['referrer-policy']).toBe('same-origin');
		});
	}
});

describe('caching: everything no-cache, hashed /_astro/ files too', () => {
	it('keeps hashed build assets for a year, immutable', async () => {
		expect((await get('/_astro/page.AbC123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});
	it('revalidates pages, search files and downloads', async () => {
		for (const path of ['/', '/van-ban/', '/pagefind/pagefind-entry.json', '/bieu-mau/bien-ban.docx']) {
			expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
		}
	});
	it('never caches the service worker', async () => {
		expect((await get('/tao-bo-van-ban/sw.js')).headers['cache-control']).toBe('no-store');
	});
	it('answers a revalidation with 304', async () => {
		const first = await get('/van-ban/');
		const again = await get('/van-ban/', { headers: { 'If-None-Match': String(first.headers.etag) } });
		expect(again.status).toBe(304);
		expect(again.body).toBe('');
	});
});

describe('GET /..%2fpackage.json → 500 with a stack trace naming the server\'s paths', () => {
	const CRAFTED: [string, number][] = [
		['/..%2fpackage.json', 404],
		['/%2e%2e/%2e%2e/etc/passwd', 404],
		['/..%5c..%5cpackage.json', 404],
		['/van-ban/%00', 404],
		['/index.html%00.txt', 404],
		['/%E0%A4%A', 400],
		['/%', 400],
		[`/${'a'.repeat(3000)}`, 414],
		['http://evil.example/', 400],
	];
	for (const [path, status] of CRAFTED) {
		it(`${path.slice(0, 40)} is a plain ${status}`, async () => {
			const r = await get(path);
			expect(r.status).toBe(status);
			expect(r.body).not.toMatch(/\bat \S+:\d+|node:|bí mật|Error/);
			expect(r.body).not.toContain(root);
		});
	}
	it('a path past the secret beside the site never reaches it', async () => {
		const name = `${root.split('/').pop()}-secret.txt`;
		for (const path of [`/..%2f${name}`, `/%2e%2e%2f${name}`, `/%2e%2e/${name}`]) {
			expect((await get(path)).body, path).not.toContain('bí mật');
		}
	});
	it('a 20 000-character path is refused by the HTTP layer, and the server keeps answering', async () => {
		const r = await get(`/${'a'.repeat(20_000)}`);
		expect(r.status).toBe(431);
		expect((await get('/')).status).toBe(200);
	});
	it('an unsatisfiable Range does not bring the server down', async () => {
		const r = await get('/cam-nang.pdf', { headers: { Range: 'bytes=5-2' } });
		expect(r.status).toBe(200);
		expect(r.body).toBe('%PDF-1.7');
		const part = await get('/cam-nang.pdf', { headers: { Range: 'bytes=1-3' } });
		expect(part.status).toBe(206);
		expect(part.body).toBe('PDF');
		expect((await get('/')).status).toBe(200);
	});
	it('serves only GET and HEAD', async () => {
		const post = await get('/', { method: 'POST' });
		expect(post.status).toBe(405);
		expect(post.headers.allow).toBe('GET, HEAD');
		const head = await get('/bieu-mau/bien-ban.docx', { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body).toBe('');
	});
	it('a missing page gets the site\'s 404 page', async () => {
		const r = await get('/khong-co/');
		expect(r.status).toBe(404);
		expect(r.body).toContain('Không tìm thấy');
	});
});

describe('a real host name behind a reverse proxy gets 403; any localhost origin gets CORS headers', () => {
	it('answers any Host, with no CORS headers for a localhost origin', async () => {
		const r = await get('/van-ban/', { headers: { Host: 'camnang.example.gov.vn', Origin: 'http://localhost:9999', 'X-Forwarded-Proto': 'https' } });
		expect(r.status).toBe(200);
		expect(r.body).toContain('Danh mục văn bản');
		expect(r.headers['access-control-allow-origin']).toBeUndefined();
	});
	it('redirects a folder without its slash relative to the host the reader used', async () => {
		const r = await get('/van-ban?q=1', { headers: { Host: 'camnang.example.gov.vn' } });
		expect(r.status).toBe(301);
		expect(r.headers.location).toBe('/van-ban/?q=1');
	});
});

describe('under a path prefix (BASE=/cam-nang/)', () => {
	it('serves the site below the prefix only', async () => {
		expect((await get('/cam-nang/van-ban/', { on: prefixed })).body).toContain('Danh mục văn bản');
		expect((await get('/cam-nang/bieu-mau/bien-ban.docx', { on: prefixed })).headers['content-type']).toContain('wordprocessingml');
		expect((await get('/cam-nang/_astro/page.AbC123.js', { on: prefixed })).headers['cache-control']).toContain('immutable');
		expect((await get('/van-ban/', { on: prefixed })).status).toBe(404);
		expect((await get('/cam-nang', { on: prefixed })).headers.location).toBe('/cam-nang/');
		expect((await get('/cam-nang/van-ban', { on: prefixed })).headers.location).toBe('/cam-nang/van-ban/');
	});
});
