/**
 * `npm run documents -- <congress file…> --out <dir>`: generates the document packet of each
 * congress file (front matter as in content/congresses/) into <dir>/<file name>/, with the same
 * validation and messages as the build. Everything is validated and rendered in memory first;
 * nothing is written unless every file is valid. Each packet folder is swapped in whole
 * (atomic-dir.ts); nothing outside `<dir>/<id>/` is changed, and a file there that this tool did
 * not write stops the run rather than being deleted.
 */
import { loadElectionRules } from '../src/lib/content/election-rules.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseCongress, type Congress } from '../src/lib/content/congress.ts';
import { loadDirectives } from '../src/lib/content/directives.ts';
import { ContentError, type ContentProblem } from '../src/lib/content/errors.ts';
import { parseFrontMatter } from '../src/lib/content/files.ts';
import { contentDir, projectRoot } from '../src/lib/content/paths.ts';
import { loadTaxonomies } from '../src/lib/content/taxonomies.ts';
import { loadTemplateMetas } from '../src/lib/content/templates.ts';
import { ELECTION_SLUGS, packetName, packetZip, renderCongress } from '../src/lib/documents/packet.ts';
import { checkSize } from '../src/lib/content/yaml.ts';
import { writeAtomically } from './lib/atomic-dir.ts';
import { renderInParallel } from './lib/document-pool.ts';
import { compileTemplates } from './lib/templates.ts';
import { loadRules } from '../src/lib/rules/load.ts';

/** Below this many congresses, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 16;
const USAGE = 'Cách dùng: npm run documents -- <tệp đại hội.md …> --out <thư mục>';
/** A packet id names a folder under --out: a plain slug, never empty, `.`, `..` or a path. */
const PACKET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
/** Packet folders already swapped in, for the message when a later one fails. */
const written: string[] = [];

try {
	const problems: ContentProblem[] = [];
	const congresses: { id: string; file: string; data: Congress }[] = [];
	for (const path of files) {
		const file = isAbsolute(path) ? path : relative(process.cwd(), resolve(path)) || path;
		try {
			if (!existsSync(path)) throw new ContentError([{ file, message: 'không tìm thấy tệp' }]);
			const id = basename(path).replace(/(?:\.cndh)?\.md$/i, '');
			if (!PACKET_ID.test(id)) {
				throw new ContentError([{ file, message: `tên tệp dùng làm tên thư mục bộ văn bản, nên chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, đuôi .md (ví dụ thanh-chan.md); «${basename(path)}» không dùng được` }]);
			}
			try {
				// Refused before the file is read: a runaway file must not cost memory or time.
				checkSize(statSync(path).size);
			} catch (e) {
				throw new ContentError([{ file, message: `không đọc được tệp: ${(e as Error).message}` }]);
			}
			const { data } = parseFrontMatter(readFileSync(path, 'utf8'), file);
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
	const personnelRules = loadRules(root, dir, tax, directives);
	const metas = loadTemplateMetas(root, dir, directives.map((d) => d.id));
	// Compiling also lints: a broken template stops here, before anything is rendered or written.
	const compiled = await compileTemplates(root, metas);
	const rules = loadElectionRules(root, dir);
	const packets = [];
	if (congresses.length >= PARALLEL_FROM) {
		// Many congresses: all cores, each worker parsing the templates once (see document-pool.ts).
		const rendered = await renderInParallel(root, metas, congresses.map((c) => c.data), personnelRules);
		congresses.forEach((c, i) => packets.push({ id: c.id, files: [...rendered[i]!.files, { name: packetName(c.id), bytes: rendered[i]!.zip }] }));
	} else {
		for (const c of congresses) {
			const docs = await renderCongress(c.data, metas, compiled, rules, personnelRules);
			packets.push({ id: c.id, files: [...docs, { name: packetName(c.id), bytes: packetZip(docs) }] });
		}
	}
	// Files this tool writes into a packet folder; anything else there is the user's and is kept.
	const ours = (id: string, name: string) =>
		name === packetName(id) || metas.some((t) => name === `${t.id}.docx` || Object.values(ELECTION_SLUGS).some((e) => name === `${t.id}-${e}.docx`));
	const foreign = packets.flatMap((p) => {
		const dir = join(out, p.id);
		if (!existsSync(dir)) return [];
		const names = statSync(dir).isDirectory() ? readdirSync(dir).filter((n) => !ours(p.id, n)) : [''];
		return names.map((n) => (n ? join(dir, n) : dir));
	});
	if (foreign.length) {
		throw new ContentError(
			foreign.map((f) => ({ file: f, message: 'không do công cụ này tạo ra; để khỏi xóa nhầm, hãy chuyển nó ra chỗ khác hoặc chọn thư mục --out khác' }))
		);
	}
	mkdirSync(out, { recursive: true });
	for (const p of packets) {
		try {
			await writeAtomically(join(out, p.id), async (staging) => {
				mkdirSync(staging, { recursive: true });
				for (const f of p.files) writeFileSync(join(staging, f.name), f.bytes);
			});
		} catch (e) {
			const failed = packets.slice(written.length).map((q) => `${join(out, q.id)}/`);
			throw new Error(
				`không ghi được ${join(out, p.id)}/ (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).` +
					(written.length ? ` Đã ghi xong: ${written.join(', ')}.` : '') +
					` Chưa ghi: ${failed.join(', ')}.`
			);
		}
		written.push(`${join(out, p.id)}/`);
		console.log(`  ${join(out, p.id)}/: ${p.files.length - 1} văn bản và ${packetName(p.id)}`);
	}
	console.log(`Đã tạo ${packets.length} bộ văn bản sau ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(e.message);
		console.error(`Không ghi gì vào ${out}/.`);
	} else {
		// Never a raw stack trace: the message, and what was or was not written.
		console.error(`Tạo văn bản thất bại: ${(e as Error).message ?? e}`);
		if (!written.length) console.error(`Không ghi gì vào ${out}/.`);
	}
	process.exit(1);
}
