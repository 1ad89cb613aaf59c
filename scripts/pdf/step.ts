/**
 * Build step: the PDF edition. Renders the handbook from the staged site as one document
 * (book-html.ts + assemble.ts), each paper size in its own Chromium and both at the same time,
 * twice per paper size: the first rendering tells on which page every chapter and section landed
 * (named destinations), the second prints those numbers in the table of contents. The table of contents cannot reflow between the two (its page-number
 * column has a fixed width), and the numbers are checked again on the final PDF.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { bookChapters } from '../../src/lib/pdf/book-plan.ts';
import { listReports } from '../../src/lib/pdf/reports-list.ts';
import { listTemplates } from '../../src/lib/pdf/templates-list.ts';
import { loadGlossary } from '../../src/lib/content/glossary.ts';
import { contentDir } from '../../src/lib/content/paths.ts';
import { sitePathOf } from '../../src/lib/routes.ts';
import type { BuildStepContext } from '../build.ts';
import { BROWSER_ENV, launchBrowser } from '../lib/browser.ts';
import { assembleBook, fillToc, partSizes, setPaper, showParts } from './assemble.ts';
import { bookHtml, bookIds, type TocEntry } from './book-html.ts';
import { namedDestinations, writeMetadata, writeOutline, type Metadata } from './finish.ts';

/** The editions the site links to (src/components/Footer.astro). */
export const PAPERS = [
	{ file: 'cam-nang.pdf', format: 'A4', css: '@page { size: A4; margin: 22mm 20mm 20mm 22mm; } :root { font-size: 10.5pt; }' },
	{ file: 'cam-nang-a5.pdf', format: 'A5', css: '@page { size: A5; margin: 16mm 13mm 15mm 15mm; } :root { font-size: 9.5pt; }' },
] as const;

/**
 * Characters of text per run of the first rendering: the whole book up to about 180 A4 pages
 * (the handbook of today, 225,000 characters, renders in one piece), runs of about that length
 * beyond.
 */
const RUN_CHARS = 400_000;

/** Consecutive parts grouped into runs of at most RUN_CHARS characters (a longer part alone). */
export function partRuns(sizes: number[], limit = RUN_CHARS): number[][] {
	const runs: number[][] = [];
	let chars = Infinity;
	sizes.forEach((size, i) => {
		if (chars + size > limit) {
			runs.push([]);
			chars = 0;
		}
		runs.at(-1)!.push(i);
		chars += size;
	});
	return runs;
}

/** The book is served to the browser from the staging folder under this made-up origin. */
const ORIGIN = 'http://cam-nang.pdf';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
};

/**
 * Serves the staged site to the page under its base path (the pages' links and assets carry it);
 * any other request is refused (nothing leaves the machine).
 */
async function serveStaging(context: BrowserContext, outDir: string, base: string, shell: string): Promise<void> {
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
		if (url.pathname === '/__book__/') return route.fulfill({ body: shell, contentType: 'text/html; charset=utf-8' });
		const sitePath = sitePathOf(base, url.pathname);
		if (sitePath === undefined) return route.fulfill({ status: 404, body: 'not found' });
		let path = normalize(join(outDir, decodeURIComponent(sitePath)));
		if (!path.startsWith(normalize(outDir) + sep)) return route.fulfill({ status: 403 });
		if (url.pathname.endsWith('/')) path = join(path, 'index.html');
		try {
			return route.fulfill({ body: readFileSync(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
		} catch {
			return route.fulfill({ status: 404, body: 'not found' });
		}
	});
}

export class PdfBrowserError extends Error {
	constructor(cause: Error) {
		super(
			`Không dựng được bản PDF của cẩm nang vì không chạy được trình duyệt: ${cause.message}\n` +
				`Bản PDF cần Chromium hoặc Chrome; đặt biến môi trường ${BROWSER_ENV} trỏ tới tệp chạy của trình duyệt rồi dựng lại.`
		);
		// The message is for editors; a stack trace would bury it.
		this.stack = this.message;
	}
}

export interface PdfResult {
	file: string;
	pages: number;
	bytes: number;
	/** Wall-clock milliseconds of this edition, and of its phases. */
	ms: { total: number; assemble: number; layout: number; render: number; finish: number };
}

/** What both editions share: the book's skeleton and the list of pages to pour into it. */
interface BookPlan {
	outDir: string;
	/** The web edition's address as the book prints it (`https://portal.example/cam-nang`). */
	siteUrl: string;
	/** The base path the built pages' links and assets carry (`/` or `/cam-nang/`). */
	base: string;
	html: string;
	css: string;
	toc: TocEntry[];
	sections: [string, string][];
	meta: Metadata;
}

/**
 * One edition, in a browser of its own, so the two paper sizes render at the same time on two
 * cores (Chromium lays out and prints a document on one core). Each browser assembles the book
 * itself: assembling is about a tenth of the time, and sharing one browser would put both
 * renderings back on one renderer process.
 */
async function renderEdition(plan: BookPlan, paper: (typeof PAPERS)[number]): Promise<PdfResult> {
	const started = performance.now();
	let mark = started;
	const lap = () => {
		const now = performance.now();
		const ms = now - mark;
		mark = now;
		return Math.round(ms);
	};
	let browser;
	try {
		browser = await launchBrowser();
	} catch (e) {
		throw new PdfBrowserError(e as Error);
	}
	try {
		const context = await browser.newContext({ locale: 'vi-VN', colorScheme: 'light' });
		await serveStaging(context, plan.outDir, plan.base, plan.html);
		const page = await context.newPage();
		await page.goto(`${ORIGIN}/__book__/`);
		await page.evaluate((css) => (document.getElementById('book-style')!.textContent = css), plan.css);
		const { outline } = await page.evaluate(assembleBook, { sections: plan.sections, siteUrl: plan.siteUrl, base: plan.base });
		await page.evaluate(setPaper, paper.css);
		const assemble = lap();

		// pdf-lib yields to the event loop every 100 objects by default; nothing else runs here.
		const load = (raw: Buffer) => PDFDocument.load(raw, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
		const tocOf = (pageOf: (id: string) => number | undefined) =>
			Object.fromEntries(plan.toc.flatMap((e) => (pageOf(e.target) === undefined ? [] : [[e.target, pageOf(e.target)!]])));

		// First rendering: where did each chapter and section land? Untagged: the structure tree
		// changes nothing in the layout and costs time. A long book is laid out in runs of parts
		// (each part starts on a new page, so a run lays out as it does in the whole book): Chromium's
		// time per printed page grows with the document's length, and this rendering is thrown away.
		// (Painting only what is measured was tried: it saved 3% and made the PDF differ between
		// builds, in the node numbers Chromium gives table-header cells in the structure tree.)
		const runs = partRuns(await page.evaluate(partSizes));
		const measured = new Map<string, number>();
		let offset = 0;
		for (const run of runs) {
			if (runs.length > 1) await page.evaluate(showParts, run);
			const doc = await load(await page.pdf({ preferCSSPageSize: true, tagged: false, printBackground: true }));
			for (const [id, d] of namedDestinations(doc)) measured.set(id, offset + d.page);
			offset += doc.getPageCount();
		}
		if (runs.length > 1) await page.evaluate(showParts, null);
		const first = tocOf((id) => measured.get(id));
		const missing = await page.evaluate(fillToc, first);
		if (missing.length) throw new Error(`PDF ${paper.format}: no page found for ${missing.join(', ')}`);
		const layout = lap();

		// The edition itself, checked: every number in the table of contents is where its heading is.
		const doc = await load(await page.pdf({ preferCSSPageSize: true, tagged: true, printBackground: true }));
		const dests = namedDestinations(doc);
		const toc = tocOf((id) => dests.get(id)?.page);
		const moved = plan.toc.filter((e) => toc[e.target] !== first[e.target]);
		if (moved.length) throw new Error(`PDF ${paper.format}: the table of contents reflowed, ${moved.map((e) => e.target).join(', ')} moved`);
		const renderMs = lap();
		writeOutline(doc, outline, dests);
		writeMetadata(doc, plan.meta);
		const bytes = await doc.save({ objectsPerTick: Infinity });
		writeFileSync(join(plan.outDir, paper.file), bytes);
		const finish = lap();
		return {
			file: paper.file,
			pages: doc.getPageCount(),
			bytes: bytes.length,
			ms: { total: Math.round(performance.now() - started), assemble, layout, render: renderMs, finish },
		};
	} finally {
		await browser.close();
	}
}

export async function buildPdf(ctx: BuildStepContext): Promise<PdfResult[]> {
	const { content, outDir, root, address } = ctx;
	const chapters = bookChapters(contentDir(root), content.taxonomies.topics);
	if (!chapters.length) throw new Error('Cẩm nang chưa có trang nào trong content/handbook/, không có gì để in.');
	// The web edition's address as the book prints it: `https://portal.example/cam-nang`.
	const siteUrl = address.url.replace(/\/$/, '');
	const book = bookHtml(
		content,
		chapters,
		listReports(contentDir(root)),
		listTemplates(root, contentDir(root), content.directives.map((d) => d.id)),
		loadGlossary(root, contentDir(root)),
		siteUrl
	);
	const plan: BookPlan = {
		outDir,
		siteUrl,
		base: address.base,
		html: book.html,
		css: readFileSync(new URL('./book.css', import.meta.url), 'utf8'),
		toc: book.toc,
		sections: chapters.flatMap((ch) => ch.sections.map((s) => [s.href, bookIds.section(s.id)] as [string, string])),
		meta: { title: content.site.name, subject: content.site.tagline, date: content.site.edition },
	};
	// Both editions at once; when one fails, the other still finishes and closes its browser
	// before the error is reported (the build then discards its staging folder).
	const settled = await Promise.allSettled(PAPERS.map((paper) => renderEdition(plan, paper)));
	const failed = settled.find((r) => r.status === 'rejected');
	if (failed) throw failed.reason;
	return settled.map((r) => (r as PromiseFulfilledResult<PdfResult>).value);
}

/** The build step (scripts/build.ts). */
export const pdfStep = {
	name: 'PDF',
	async run(ctx: BuildStepContext) {
		for (const r of await buildPdf(ctx)) {
			console.log(`  ${r.file}: ${r.pages} trang, ${(r.bytes / 1024 / 1024).toFixed(2).replace('.', ',')} MB`);
			ctx.timings?.push({ name: `PDF ${r.file}`, ms: r.ms.total, detail: { ...r.ms, pages: r.pages, bytes: r.bytes } });
		}
	},
};
