/**
 * Scale: the full build of a handbook with its pages multiplied (scale-content.ts), ×1 and ×10 by
 * default, side by side in one run: total time and each step's time, pages, output sizes and
 * peak memory, then the editor's loop (`astro dev`: first page, and a page edit until it shows).
 *
 *   npm run bench -- scale                 ×1 and ×10
 *   npm run bench -- scale --scale=1,20    other factors (also CNDH_BENCH_SCALE=1,20)
 *   npm run bench -- scale --no-dev        without the dev-server measurement
 *
 * The synthetic handbooks and their builds live in a temporary folder under .build/, removed at
 * the end; content/ is only read.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PAPERS } from '../pdf/step.ts';
import { multiplyContent } from './scale-content.ts';

interface Timings {
	total: number;
	steps: { name: string; ms: number; detail?: Record<string, number> }[];
}

interface Run {
	factor: number;
	handbookPages: number;
	load: number;
	wallMs: number;
	timings: Timings;
	/** Highest sum of resident memory of the build and every process it started (Chromium). */
	peakRss?: number;
	/** CPU seconds of the build and every process it started, whatever else the machine runs. */
	cpuS?: number;
	htmlPages: number;
	siteBytes: number;
	searchBytes: number;
	pdf: { file: string; pages: number; bytes: number }[];
	dev?: { firstMs: number; editMs: number };
}

function factors(): number[] {
	const arg = process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ?? process.env.CNDH_BENCH_SCALE ?? '1,10';
	const list = arg.split(',').map(Number);
	if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--scale=${arg}: expected factors such as 1,10`);
	return list;
}

/**
 * Resident memory and CPU seconds of `pid` and all its descendants (Linux /proc; undefined
 * elsewhere). CPU counts what children already reaped spent (cutime, cstime), so it only grows.
 */
function treeStats(pid: number): { rss: number; cpu: number } | undefined {
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
	} catch {
		return undefined;
	}
	const children = new Map<number, number[]>();
	const stats = new Map<number, { rss: number; cpu: number }>();
	const tick = 100; // USER_HZ on Linux
	for (const e of entries) {
		try {
			const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
			// Fields after the command name, which may itself hold spaces and parentheses.
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
			children.set(f[1]!, [...(children.get(f[1]!) ?? []), Number(e)]);
			stats.set(Number(e), { rss: f[21]! * 4096, cpu: (f[11]! + f[12]! + f[13]! + f[14]!) / tick });
		} catch {
			// The process ended while we looked.
		}
	}
	const sum = { rss: 0, cpu: 0 };
	const queue = [pid];
	while (queue.length) {
		const p = queue.pop()!;
		sum.rss += stats.get(p)?.rss ?? 0;
		sum.cpu += stats.get(p)?.cpu ?? 0;
		queue.push(...(children.get(p) ?? []));
	}
	return sum;
}

/** Runs `node args…` to completion, sampling its process tree's memory and CPU; rejects on failure. */
function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ wallMs: number; peakRss: number | undefined; cpuS: number | undefined; output: string }> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peakRss: number | undefined;
		let cpuS: number | undefined;
		const sample = setInterval(() => {
			const now = treeStats(child.pid!);
			if (!now || !now.rss) return;
			peakRss = Math.max(peakRss ?? 0, now.rss);
			cpuS = Math.max(cpuS ?? 0, now.cpu);
		}, 250);
		child.on('close', (code) => {
			clearInterval(sample);
			if (code === 0) done({ wallMs: performance.now() - started, peakRss, cpuS, output });
			else fail(new Error(`node ${args.join(' ')} failed (${code}):\n${output}`));
		});
	});
}

function dirSize(dir: string, skip?: (name: string) => boolean): { bytes: number; html: number } {
	let bytes = 0;
	let html = 0;
	for (const name of readdirSync(dir)) {
		if (skip?.(name)) continue;
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			const s = dirSize(full);
			bytes += s.bytes;
			html += s.html;
		} else {
			bytes += statSync(full).size;
			if (name.endsWith('.html')) html++;
		}
	}
	return { bytes, html };
}

async function freePort(): Promise<number> {
	return new Promise((done) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
}

/**
 * The editor's loop on `astro dev`: time to the first render of a handbook page, then from saving
 * an edit of that page to the server answering with the edited text.
 */
async function devLoop(contentDir: string, page: string): Promise<{ firstMs: number; editMs: number }> {
	const port = await freePort();
	const astro = resolve('node_modules/astro/bin/astro.mjs');
	const child = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		env: { ...process.env, CNDH_CONTENT_DIR: contentDir },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}/${page}/`;
	const get = async () => {
		try {
			const r = await fetch(url);
			return r.ok ? await r.text() : undefined;
		} catch {
			return undefined;
		}
	};
	const until = async (ok: (html: string) => boolean, limitMs: number) => {
		const t = performance.now();
		while (performance.now() - t < limitMs) {
			const html = await get();
			if (html !== undefined && ok(html)) return performance.now() - t;
			await new Promise((r) => setTimeout(r, 50));
		}
		throw new Error(`astro dev: ${url} not as expected after ${limitMs / 1000} s\n${output}`);
	};
	try {
		const firstMs = await until(() => true, 180_000);
		await get(); // a second request: what a page costs once the server is warm
		const marker = `Dòng thử đo thời gian ${Date.now()}`;
		appendFileSync(join(contentDir, 'handbook', `${page}.mdx`), `\n${marker}\n`);
		const editMs = await until((html) => html.includes(marker), 60_000);
		return { firstMs, editMs };
	} finally {
		child.kill();
	}
}

async function measure(factor: number, work: string, withDev: boolean): Promise<Run> {
	const dest = join(work, `x${factor}`);
	const { dir, pages } = multiplyContent('content', dest, factor);
	const out = join(dest, 'dist');
	const timingsFile = join(dest, 'timings.json');
	const load = loadavg()[0]!;
	const r = await runNode(['scripts/build.ts'], { CNDH_CONTENT_DIR: dir, CNDH_OUT_DIR: out, CNDH_TIMINGS_FILE: timingsFile });
	const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as Timings;
	const site = dirSize(out);
	const pdf = [];
	for (const paper of PAPERS) {
		const bytes = readFileSync(join(out, paper.file));
		pdf.push({ file: paper.file, pages: (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount(), bytes: bytes.length });
	}
	const run: Run = {
		factor,
		handbookPages: pages,
		load,
		wallMs: r.wallMs,
		timings,
		htmlPages: site.html,
		siteBytes: site.bytes,
		searchBytes: dirSize(join(out, 'pagefind')).bytes,
		pdf,
	};
	if (r.peakRss !== undefined) run.peakRss = r.peakRss;
	if (r.cpuS !== undefined) run.cpuS = r.cpuS;
	rmSync(out, { recursive: true, force: true });
	if (withDev) run.dev = await devLoop(dir, 'tong-quan/lo-trinh');
	return run;
}

/** A table row: label, the cell of a run, and the number its ratio is computed on. */
type Row = [string, (r: Run) => string | number | undefined, ((r: Run) => number | undefined)?];

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function run(): Promise<void> {
	const list = factors();
	const withDev = !process.argv.includes('--no-dev');
	mkdirSync('.build', { recursive: true });
	const work = mkdtempSync(resolve('.build/bench-scale-'));
	const runs: Run[] = [];
	try {
		for (const factor of list) runs.push(await measure(factor, work, withDev));
	} finally {
		rmSync(work, { recursive: true, force: true });
	}

	const step = (r: Run, name: string) => r.timings.steps.find((x) => x.name === name);
	const rows: Row[] = [
		['handbook pages', (r) => r.handbookPages, (r) => r.handbookPages],
		['HTML pages built', (r) => r.htmlPages, (r) => r.htmlPages],
		['load average (1 min) at start', (r) => r.load.toFixed(1)],
		['**full build**', (r) => `**${s(r.timings.total)}**`, (r) => r.timings.total],
		['CPU time of the build and its Chromiums (less sensitive to load)', (r) => (r.cpuS ? `${r.cpuS.toFixed(0)} s` : undefined), (r) => r.cpuS],
		...['content check', 'Astro', 'biểu mẫu', 'search index', 'PDF'].map(
			(name): Row => [
				name === 'PDF' ? '**PDF step**' : name,
				(r) => (step(r, name) ? (name === 'PDF' ? `**${s(step(r, name)!.ms)}**` : s(step(r, name)!.ms)) : undefined),
				(r) => step(r, name)?.ms,
			]
		),
		...PAPERS.flatMap((p): Row[] => {
			const d = (r: Run) => step(r, `PDF ${p.file}`)?.detail;
			return [
				[`${p.format} edition (own Chromium, in parallel)`, (r) => (d(r) ? s(d(r)!.total!) : undefined), (r) => d(r)?.total],
				...(['assemble', 'layout', 'render', 'finish'] as const).map(
					(ph): Row => [
						`  ${p.format} ${{ assemble: 'assemble pages', layout: '1st rendering (page numbers)', render: '2nd rendering (tagged)', finish: 'bookmarks, save' }[ph]}`,
						(r) => (d(r) ? s(d(r)![ph]!) : undefined),
						(r) => d(r)?.[ph],
					]
				),
				[`  ${p.format} pages`, (r) => r.pdf.find((x) => x.file === p.file)?.pages, (r) => r.pdf.find((x) => x.file === p.file)?.pages],
				[`  ${p.format} size`, (r) => mb(r.pdf.find((x) => x.file === p.file)!.bytes), (r) => r.pdf.find((x) => x.file === p.file)?.bytes],
			];
		}),
		['output (dist/, all files)', (r) => mb(r.siteBytes), (r) => r.siteBytes],
		['search index (pagefind/)', (r) => mb(r.searchBytes), (r) => r.searchBytes],
		['peak memory (build + Chromium, sum of RSS)', (r) => (r.peakRss ? mb(r.peakRss) : 'n/a'), (r) => r.peakRss],
		['dev: first page render', (r) => (r.dev ? s(r.dev.firstMs) : undefined), (r) => r.dev?.firstMs],
		['dev: page edit → served', (r) => (r.dev ? s(r.dev.editMs) : undefined), (r) => r.dev?.editMs],
	];
	const base = runs[0]!;
	const ratioHead = runs.slice(1).map((r) => `×${r.factor} / ×${base.factor}`);
	console.log(`\n## Scale: the handbook multiplied (${cpus().length} cores)`);
	console.log(`| | ${runs.map((r) => `×${r.factor}`).join(' | ')} | ${ratioHead.join(' | ')} |`);
	console.log(`|---|${runs.map(() => '---:').join('|')}|${ratioHead.map(() => '---:').join('|')}|`);
	for (const [label, cell, value] of rows) {
		const cells = runs.map((r) => cell(r) ?? '–');
		if (cells.every((c) => c === '–')) continue;
		const ratios = runs.slice(1).map((r) => {
			const a = value?.(base);
			const b = value?.(r);
			return a && b !== undefined ? `${(b / a).toFixed(2)}` : '';
		});
		console.log(`| ${label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
	}
	// The targets of issue 17, checked on this run's figures.
	for (const r of runs.slice(1)) {
		const pdf = (x: Run) => step(x, 'PDF')?.ms;
		const f = r.factor / base.factor;
		const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');
		console.log(`×${r.factor}: full build ≤ ${f}× the ×${base.factor} build: ${verdict(r.timings.total <= f * base.timings.total)}`);
		if (pdf(r) && pdf(base)) console.log(`×${r.factor}: PDF step ≤ ${f}× the ×${base.factor} PDF step: ${verdict(pdf(r)! <= f * pdf(base)!)}; ≤ 60 s: ${verdict(pdf(r)! <= 60_000)}`);
		if (r.dev) console.log(`×${r.factor}: a page edit is served in under 2 s: ${verdict(r.dev.editMs < 2000)}`);
	}
}

if (import.meta.main) await run();
