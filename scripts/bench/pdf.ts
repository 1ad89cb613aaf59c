/**
 * The PDF edition: how long the build's PDF step takes (both paper sizes, one browser each), and the
 * page count and size of each file, from a full build into a scratch folder.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PAPERS } from '../pdf/step.ts';
import { kb } from './page-weight.ts';

export async function run(): Promise<void> {
	const out = resolve('.build/bench-pdf');
	rmSync(out, { recursive: true, force: true });
	const t = performance.now();
	const r = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CNDH_OUT_DIR: out }, encoding: 'utf8' });
	const buildMs = performance.now() - t;
	if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
	const stepMs = Number(/^\s*PDF: (\d+) ms$/m.exec(r.stdout)?.[1]);

	console.log('\n## PDF edition');
	console.log(`PDF step: ${(stepMs / 1000).toFixed(1)} s of a ${(buildMs / 1000).toFixed(1)} s full build (both sizes at once, each in its own Chromium, two renderings each; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
	console.log('| file | paper | pages | size |');
	console.log('|---|---|---:|---:|');
	for (const paper of PAPERS) {
		const bytes = readFileSync(join(out, paper.file));
		const doc = await PDFDocument.load(bytes, { updateMetadata: false });
		console.log(`| /${paper.file} | ${paper.format} | ${doc.getPageCount()} | ${kb(bytes.length)} |`);
	}
	rmSync(out, { recursive: true, force: true });
}

if (import.meta.main) await run();
