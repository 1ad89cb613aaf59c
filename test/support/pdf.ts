import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

export interface PrintedPage {
	/** 1-based page number. */
	number: number;
	/** Everything printed on the page, as a reader would copy it (whitespace collapsed). */
	text: string;
	/** Only the text set larger than the body text: the headings. */
	headings: string;
	/** Internal links: the page each one leads to, and the text under it. */
	links: { to: number; text: string }[];
}

export interface Bookmark {
	title: string;
	page: number;
	children: Bookmark[];
}

export interface PrintedPdf {
	doc: PDFDocumentProxy;
	pages: PrintedPage[];
	outline: Bookmark[];
	bytes: Uint8Array;
}

interface Item {
	str: string;
	hasEOL: boolean;
	height: number;
	transform: number[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Joins text runs the way they read: runs within a line abut (a word can be split across font
 *  subsets), a line end is a space. */
const join = (items: Item[]) => collapse(items.map((i) => i.str + (i.hasEOL ? ' ' : '')).join(''));

/** Reads a PDF the way a reader meets it: the text of each page, its links and its bookmarks. */
export async function readPdf(path: string): Promise<PrintedPdf> {
	const bytes = new Uint8Array(readFileSync(path));
	const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
	const raw: { items: Item[]; annotations: { subtype: string; dest?: unknown; rect: number[] }[] }[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		raw.push({ items: content.items.filter((i) => 'str' in i) as Item[], annotations: await page.getAnnotations() });
	}
	// Body text size: the most common size of printed text.
	const sizes = new Map<number, number>();
	for (const { items } of raw) for (const i of items) if (i.str.trim()) sizes.set(Math.round(i.height), (sizes.get(Math.round(i.height)) ?? 0) + i.str.length);
	const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];

	const pageOfDest = async (dest: unknown): Promise<number | undefined> => {
		const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
		if (!explicit) return undefined;
		return (await doc.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
	};

	const pages: PrintedPage[] = [];
	for (const [i, { items, annotations }] of raw.entries()) {
		const links: PrintedPage['links'] = [];
		for (const a of annotations) {
			if (a.subtype !== 'Link' || a.dest === undefined) continue;
			const to = await pageOfDest(a.dest);
			const [x1, y1, x2, y2] = a.rect as [number, number, number, number];
			const under = items.filter((it) => {
				const [x, y] = [it.transform[4]!, it.transform[5]!];
				return x >= x1 - 1 && x <= x2 + 1 && y >= y1 - 1 && y <= y2 + 1;
			});
			if (to) links.push({ to, text: join(under) });
		}
		pages.push({
			number: i + 1,
			text: join(items),
			// Large runs, and the spaces between them, make up the headings.
			headings: join(items.filter((it, k) => Math.round(it.height) > body || (!it.str.trim() && Math.round(items[k - 1]?.height ?? 0) > body))),
			links,
		});
	}

	const toBookmarks = async (items: { title: string; dest: unknown; items: unknown[] }[]): Promise<Bookmark[]> =>
		Promise.all(
			items.map(async (b) => ({
				title: b.title,
				page: (await pageOfDest(b.dest)) ?? 0,
				children: await toBookmarks(b.items as typeof items),
			}))
		);
	const outline = await toBookmarks(((await doc.getOutline()) ?? []) as never);
	return { doc, pages, outline, bytes };
}

export const normalizeSpace = collapse;

/**
 * Every font a PDF uses, with its name and whether its glyphs travel inside the file (a font
 * file, or Type 3 glyph procedures); a subset's name starts with six capitals and "+".
 */
export async function embeddedFonts(bytes: Uint8Array): Promise<{ name: string; embedded: boolean; subset: boolean }[]> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const is = (dict: PDFDict, key: string, value: string) => dict.get(PDFName.of(key)) === PDFName.of(value);
	const out: { name: string; embedded: boolean; subset: boolean }[] = [];
	for (const [, obj] of doc.context.enumerateIndirectObjects()) {
		if (!(obj instanceof PDFDict) || !is(obj, 'Type', 'Font')) continue;
		if (is(obj, 'Subtype', 'CIDFontType0') || is(obj, 'Subtype', 'CIDFontType2')) continue; // reached from their Type0 font
		if (is(obj, 'Subtype', 'Type3')) {
			out.push({ name: 'Type3', embedded: true, subset: true });
			continue;
		}
		const font = is(obj, 'Subtype', 'Type0') ? obj.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict) : obj;
		const descriptor = font.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
		const name = (descriptor?.get(PDFName.of('FontName')) ?? font.get(PDFName.of('BaseFont')))?.toString().replace(/^\//, '') ?? '?';
		const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.get(PDFName.of(k)) instanceof PDFRef);
		out.push({ name, embedded, subset: /^[A-Z]{6}\+/.test(name) });
	}
	return out;
}
