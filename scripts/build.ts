/**
 * `npm run build`: checks content, builds the site (pages, search index) and every generated
 * artefact into a staging folder, then swaps it into dist/ in one step.
 */
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

export interface BuildStepContext {
	root: string;
	outDir: string;
	content: CheckedContent;
	/** Where this build is published (content/site.yaml `url`, or SITE_URL). */
	address: SiteAddress;
}

/** Steps that run on the built site before it is published; later features append theirs. */
const steps: { name: string; run: (ctx: BuildStepContext) => Promise<void> }[] = [documentsStep, searchIndexStep, offlineStep, pdfStep];

const root = projectRoot();
const outDir = process.env.CNDH_OUT_DIR ?? 'dist';
const started = performance.now();

try {
	const content = checkContent(root, contentDir(root));
	const address = siteAddress(content.site);
	await writeAtomically(outDir, async (staging) => {
		await withBuildLock(root, () =>
			withContentCache(root, contentDir(root), (force) =>
				build({ root, outDir: staging, force, logLevel: process.env.CNDH_LOG_LEVEL === 'debug' ? 'info' : 'warn' })
			)
		);
		for (const step of steps) {
			const t = performance.now();
			await step.run({ root, outDir: staging, content, address });
			console.log(`  ${step.name}: ${Math.round(performance.now() - t)} ms`);
		}
	});
	console.log(`Đã dựng xong cẩm nang vào ${outDir}/ sau ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
} catch (e) {
	if (e instanceof ContentError) {
		console.error(e.message);
	} else {
		console.error(`Dựng cẩm nang thất bại: ${(e as Error).stack ?? e}`);
	}
	console.error(`Không ghi gì vào ${outDir}/ (bản dựng cũ, nếu có, được giữ nguyên).`);
	process.exit(1);
}
