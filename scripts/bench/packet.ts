/**
 * What the packet builder (/tao-bo-van-ban/) costs a reader on a slow connection, from the last
 * build in dist/: the page as first loaded (HTML, CSS, the form's script with the congress schema
 * and YAML reader), then what is fetched when documents are generated (the generator and the Word
 * templates). Both are cached for offline use after the first visit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, pageWeight } from './page-weight.ts';

const DIST = 'dist';
const PAGE = 'tao-bo-van-ban/index.html';

export async function run(): Promise<void> {
	console.log('\n## Tạo bộ văn bản (/tao-bo-van-ban/)');
	if (!existsSync(join(DIST, PAGE))) {
		console.log('dist/ chưa có trang này: chạy `npm run build` trước.');
		return;
	}
	const generator = readdirSync(join(DIST, '_astro')).filter((f) => /^generate\.[\w-]+\.js$/.test(f));
	const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
	const generatorGzip = generator.reduce((n, f) => n + gz(join(DIST, '_astro', f)), 0);
	// The generator is a dynamic import, fetched on demand: it is counted below, not here.
	const first = pageWeight(DIST, PAGE).gzip;
	const templates = readdirSync(join(DIST, 'tao-bo-van-ban', 'mau'));
	const templateBytes = templates.reduce((n, f) => n + readFileSync(join(DIST, 'tao-bo-van-ban', 'mau', f)).length, 0);
	console.log(`first load (HTML + CSS + JS, gzip): ${kb(first)}`);
	console.log(`on "Tạo bộ văn bản": generator ${kb(generatorGzip)} gzip + ${templates.length} templates ${kb(templateBytes)} = ${kb(generatorGzip + templateBytes)}`);
}
