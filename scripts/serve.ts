/**
 * Serves the built site (dist/) locally with Astro's preview server.
 * PORT and HOST may be set in the environment; default http://localhost:4321/.
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';

const outDir = process.env.CNDH_OUT_DIR ?? 'dist';
if (!existsSync(`${outDir}/index.html`)) {
	console.error(`Chưa có bản dựng trong ${outDir}/. Hãy chạy «npm run build» trước.`);
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const server = await preview({ root: process.cwd(), server: { port, host }, logLevel: 'warn' });
console.log(`Cẩm nang Đại hội đang chạy tại http://${host}:${server.port}/ — nhấn Ctrl+C để dừng.`);
