/**
 * `npm run serve`: serves the built site (dist/) with the project's static server and the headers
 * of deploy/headers.ts. PORT, HOST and BASE (path prefix, e.g. /cam-nang/) may be set in the
 * environment; default http://localhost:4321/. Behind a reverse proxy, point it at HOST:PORT.
 */
import { existsSync } from 'node:fs';
import { normalizeBase, startStaticServer } from './lib/static-server.ts';

const outDir = process.env.CNDH_OUT_DIR ?? 'dist';
if (!existsSync(`${outDir}/index.html`)) {
	console.error(`Chưa có bản dựng trong ${outDir}/. Hãy chạy «npm run build» trước.`);
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT phải là một số cổng từ 0 đến 65535, nhận được «${process.env.PORT}».`);
	process.exit(1);
}
const host = process.env.HOST ?? 'localhost';
const base = normalizeBase(process.env.BASE);
try {
	const { port: bound } = await startStaticServer({ root: outDir, port, host, base });
	console.log(`Cẩm nang Đại hội đang chạy tại http://${host.includes(':') ? `[${host}]` : host}:${bound}${base} — nhấn Ctrl+C để dừng.`);
} catch (e) {
	const code = (e as NodeJS.ErrnoException).code;
	console.error(code === 'EADDRINUSE' ? `Cổng ${port} đang được dùng: đặt PORT khác (ví dụ PORT=8080 npm run serve).` : `Không mở được máy chủ tại ${host}:${port}: ${(e as Error).message}`);
	process.exit(1);
}
