/**
 * `npm run documents -- <congress file…> --out <dir>`: generates the document packet of each
 * congress file (front matter as in content/congresses/) into <dir>/<file name>/, with the same
 * validation and messages as the build. Everything is validated and rendered in memory first;
 * nothing is written unless every file is valid.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseCongress, type Congress } from '../src/lib/content/congress.ts';
import { loadDirectives } from '../src/lib/content/directives.ts';
import { ContentError, type ContentProblem } from '../src/lib/content/errors.ts';
import { parseFrontMatter } from '../src/lib/content/files.ts';
import { contentDir, projectRoot } from '../src/lib/content/paths.ts';
import { loadTaxonomies } from '../src/lib/content/taxonomies.ts';
import { loadTemplateMetas } from '../src/lib/content/templates.ts';
import { packetName, packetZip, renderCongress } from '../src/lib/documents/packet.ts';
import { writeAtomically } from './lib/atomic-dir.ts';
import { renderInParallel } from './lib/document-pool.ts';
import { compileTemplates } from './lib/templates.ts';
import { loadRules } from '../src/lib/rules/load.ts';

/** Below this many congresses, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 16;
const USAGE = 'Cách dùng: npm run documents -- <tệp đại hội.md …> --out <thư mục>';

function parseArgs(argv: string[]): { files: string[]; out: string } {
	const files: string[] = [];
	let out: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--out' || a === '-o') out = argv[++i];
		else if (a.startsWith('--out=')) out = a.slice(6);
		else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else files.push(a);
	}
	if (!files.length || !out) {
		console.error(USAGE);
		process.exit(2);
	}
	return { files, out };
}

const { files, out } = parseArgs(process.argv.slice(2));
const root = projectRoot();
const started = performance.now();

try {
	const problems: ContentProblem[] = [];
	const congresses: { id: string; file: string; data: Congress }[] = [];
	for (const path of files) {
		const file = isAbsolute(path) ? path : relative(process.cwd(), resolve(path)) || path;
		try {
			if (!existsSync(path)) throw new ContentError([{ file, message: 'không tìm thấy tệp' }]);
			const { data } = parseFrontMatter(readFileSync(path, 'utf8'), file);
			const id = basename(path).replace(/\.[^.]+$/, '');
			const twin = congresses.find((c) => c.id === id);
			if (twin) throw new ContentError([{ file, message: `trùng tên với ${twin.file}: bộ văn bản của mỗi tệp ghi vào thư mục ${id}/, hãy đổi tên một tệp` }]);
			congresses.push({ id, file, data: parseCongress(data, file) });
		} catch (e) {
			if (e instanceof ContentError) problems.push(...e.problems);
			else throw e;
		}
	}
	if (problems.length) throw new ContentError(problems);
	const dir = contentDir(root);
	const tax = loadTaxonomies(root, dir);
	const directives = loadDirectives(root, dir, tax);
	const rules = loadRules(root, dir, tax, directives);
	const metas = loadTemplateMetas(root, dir, directives.map((d) => d.id));
	// Compiling also lints: a broken template stops here, before anything is rendered or written.
	const compiled = await compileTemplates(root, metas);
	const packets = [];
	if (congresses.length >= PARALLEL_FROM) {
		// Many congresses: all cores, each worker parsing the templates once (see document-pool.ts).
		const rendered = await renderInParallel(root, metas, congresses.map((c) => c.data), rules);
		congresses.forEach((c, i) => packets.push({ id: c.id, files: [...rendered[i]!.files, { name: packetName(c.id), bytes: rendered[i]!.zip }] }));
	} else {
		for (const c of congresses) {
			const docs = await renderCongress(c.data, metas, compiled, rules);
			packets.push({ id: c.id, files: [...docs, { name: packetName(c.id), bytes: packetZip(docs) }] });
		}
	}
	mkdirSync(out, { recursive: true });
	for (const p of packets) {
		await writeAtomically(join(out, p.id), async (staging) => {
			mkdirSync(staging, { recursive: true });
			for (const f of p.files) writeFileSync(join(staging, f.name), f.bytes);
		});
		console.log(`  ${join(out, p.id)}/: ${p.files.length - 1} văn bản và ${packetName(p.id)}`);
	}
	try {
		rmdirSync(join(out, '.build'));
	} catch {
		// Left in place if something else is in it.
	}
	console.log(`Đã tạo ${packets.length} bộ văn bản sau ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
} catch (e) {
	console.error(e instanceof ContentError ? e.message : `Tạo văn bản thất bại: ${(e as Error).stack ?? e}`);
	console.error(`Không ghi gì vào ${out}/.`);
	process.exit(1);
}
