/**
 * `npm run build`: checks content, builds the site (pages, search index) and every generated
 * artefact into a staging folder, then swaps it into dist/ in one step.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import { checkContent, type CheckedContent } from '../src/lib/content/check.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { contentDir, projectRoot } from '../src/lib/content/paths.ts';
import { siteAddress, type SiteAddress } from '../src/lib/content/site.ts';
import { writeAtomically } from './lib/atomic-dir.ts';
import { withBuildLock } from './lib/build-lock.ts';
import { withContentCache } from './lib/content-cache.ts';
import { documentsStep } from './steps/documents.ts';
import { offlineStep } from './steps/offline.ts';
import { searchIndexStep } from './steps/search-index.ts';
import { pdfStep } from './pdf/step.ts';

export interface StepTiming {
	name: string;
	ms: number;
	/** Anything a step measures inside itself (the PDF step: each edition's phases, pages, bytes). */
	detail?: Record<string, number>;
}

export interface BuildStepContext {
	root: string;
	outDir: string;
	content: CheckedContent;
	/** Where this build is published (content/site.yaml `url`, or SITE_URL). */
	address: SiteAddress;
	/** Where a step may record finer timings of its own, for `npm run bench`. */
	timings?: StepTiming[];
}

/**
 * A quick site build for editors: `npm run build -- --no-pdf` or `CNDH_NO_PDF=1` leaves the PDF
 * edition out (its step is most of a build's time); a plain `npm run build` makes everything.
 */
const skipPdf = (argv = process.argv.slice(2), env = process.env) => argv.includes('--no-pdf') || env.CNDH_NO_PDF === '1';

/** Steps that run on the built site before it is published; later features append theirs. */
const steps: { name: string; run: (ctx: BuildStepContext) => Promise<void> }[] = [documentsStep, searchIndexStep, offlineStep, pdfStep];

const root = projectRoot();
const outDir = process.env.CNDH_OUT_DIR ?? 'dist';
const started = performance.now();
const timings: StepTiming[] = [];
const noPdf = skipPdf();

try {
	let t = performance.now();
	const content = checkContent(root, contentDir(root));
	timings.push({ name: 'content check', ms: Math.round(performance.now() - t) });
	const address = siteAddress(content.site);
	await writeAtomically(outDir, async (staging) => {
		t = performance.now();
		await withBuildLock(root, () =>
			withContentCache(root, contentDir(root), (force) =>
				build({ root, outDir: staging, force, logLevel: process.env.CNDH_LOG_LEVEL === 'debug' ? 'info' : 'warn' })
			)
		);
		timings.push({ name: 'Astro', ms: Math.round(performance.now() - t) });
		for (const step of steps) {
			if (noPdf && step === pdfStep) {
				console.log('  PDF: bỏ qua (--no-pdf / CNDH_NO_PDF=1), bản dựng này không có tệp PDF');
				continue;
			}
			t = performance.now();
			await step.run({ root, outDir: staging, content, address, timings });
			const ms = Math.round(performance.now() - t);
			timings.push({ name: step.name, ms });
			console.log(`  ${step.name}: ${ms} ms`);
		}
	});
	const total = Math.round(performance.now() - started);
	// `npm run bench` reads the timings from here rather than from the messages above.
	if (process.env.CNDH_TIMINGS_FILE) writeFileSync(process.env.CNDH_TIMINGS_FILE, JSON.stringify({ total, steps: timings }, null, '\t'));
	console.log(`Đã dựng xong cẩm nang vào ${outDir}/ sau ${(total / 1000).toFixed(1)} giây.`);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(e.message);
	} else {
		console.error(`Dựng cẩm nang thất bại: ${(e as Error).stack ?? e}`);
	}
	console.error(`Không ghi gì vào ${outDir}/ (bản dựng cũ, nếu có, được giữ nguyên).`);
	process.exit(1);
}
