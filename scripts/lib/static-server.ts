/**
 * The project's static server for dist/: `npm run serve` and the site tests use it, so tests see
 * the headers readers get. Files are served by sirv (the file server inside Vite's and so Astro's
 * preview); every header comes from deploy/headers.ts, the same source as the nginx config.
 *
 * Around sirv: only GET and HEAD; a malformed, over-long or traversing path is a plain 400/404,
 * never a stack trace; a Range header that cannot be satisfied is ignored (sirv would pass it to
 * fs.createReadStream, which throws); a folder without its trailing slash is redirected with a
 * relative Location, so the server works behind a reverse proxy under any host name; the Host
 * header is never looked at. An optional prefix (`base`, e.g. `/cam-nang/`) serves the site
 * below that path only, as a portal would.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import sirv from 'sirv';
import { headersFor, securityHeaders } from '../../deploy/headers.ts';

export interface StaticServerOptions {
	/** The built site (dist/). */
	root: string;
	port?: number;
	host?: string;
	/** Path prefix the site lives under; `/` (default) or `/cam-nang/`. */
	base?: string;
}

export interface StaticServer {
	server: Server;
	port: number;
	close(): Promise<void>;
}

/** Longer request paths are refused outright (the site's longest is far below). */
const MAX_PATH = 2048;
const SATISFIABLE_RANGE = /^bytes=(\d+)-(\d*)$/;

export function normalizeBase(base = '/'): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
	res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
	res.end(text);
}

export function createHandler(options: StaticServerOptions) {
	const root = resolve(options.root);
	const base = normalizeBase(options.base);
	const files = sirv(root, {
		// dev: look files up on each request, so a rebuild (dist/ swapped) is served without a restart.
		dev: true,
		etag: true,
		extensions: ['html'],
		onNoMatch: (_req, res) => notFound(res),
	});

	function notFound(res: ServerResponse) {
		let page: Buffer;
		try {
			page = readFileSync(resolve(root, '404.html'));
		} catch {
			return plain(res, 404, 'Không tìm thấy trang.');
		}
		res.writeHead(404, { ...headersFor('/404.html'), 'Content-Length': String(page.length) });
		res.end(page);
	}

	return (req: IncomingMessage, res: ServerResponse) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Phương thức không được hỗ trợ.', { Allow: 'GET, HEAD' });
			const url = req.url ?? '';
			if (url.length > MAX_PATH) return plain(res, 414, 'Địa chỉ quá dài.');
			const [rawPath = '', query] = url.split('?', 2) as [string, string | undefined];
			if (!rawPath.startsWith('/')) return plain(res, 400, 'Yêu cầu không hợp lệ.');
			let path: string;
			try {
				path = decodeURIComponent(rawPath);
			} catch {
				return plain(res, 400, 'Yêu cầu không hợp lệ.');
			}
			// An encoded slash, a NUL or a dot segment never names a file of the site.
			if (path.includes('\0') || path.includes('\\') || /%2f/i.test(rawPath) || path.split('/').some((s) => s === '..' || s === '.')) return notFound(res);

			if (base !== '/') {
				if (path === base.slice(0, -1)) return redirect(res, base, query);
				if (!path.startsWith(base)) return notFound(res);
			}
			const inner = path.slice(base.length - 1); // starts with '/'
			const file = resolve(root, `.${inner}`);
			if (file !== root && !file.startsWith(root + sep)) return notFound(res);
			if (!inner.endsWith('/') && isDirectory(file)) return redirect(res, `${rawPath}/`, query);

			for (const [name, value] of Object.entries(headersFor(inner.endsWith('/') ? `${inner}index.html` : inner))) res.setHeader(name, value);
			const range = req.headers.range;
			if (range !== undefined) {
				const m = SATISFIABLE_RANGE.exec(range);
				if (!m || (m[2] !== '' && Number(m[2]) < Number(m[1]))) delete req.headers.range;
			}
			req.url = `${inner.split('/').map(encodeURIComponent).join('/')}${query === undefined ? '' : `?${query}`}`;
			files(req, res);
		} catch (e) {
			console.error(`Lỗi khi phục vụ ${JSON.stringify(req.url?.slice(0, 200))}: ${(e as Error).message}`);
			if (!res.headersSent) plain(res, 500, 'Lỗi máy chủ.');
			else res.destroy();
		}
	};
}

function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

function redirect(res: ServerResponse, location: string, query: string | undefined) {
	// Relative to the host the reader used: right behind any proxy or host name.
	plain(res, 301, '', { Location: `${location}${query === undefined ? '' : `?${query}`}` });
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const server = createServer(createHandler(options));
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, options.host ?? 'localhost', () => done());
	});
	return {
		server,
		port: (server.address() as AddressInfo).port,
		close: () =>
			new Promise<void>((done) => {
				server.close(() => done());
				// Browsers keep connections alive; close() alone would wait for them.
				server.closeAllConnections();
			}),
	};
}
