/**
 * Reading and finishing Chromium's PDF with pdf-lib: where each linked element landed (the named
 * destinations Chromium writes for in-document link targets), the bookmarks and the metadata.
 *
 * Bookmarks are written here rather than by Chromium (`outline: true`) because Chromium's own
 * outline garbles titles (headings at the top of a page come out doubled, "Phụ lụcPhụ lục",
 * and wrapped ones lose their spaces); the one npm package for outlines
 * (@lillallol/outline-pdf) can only point bookmarks at whole pages. pdf-lib has no outline API,
 * so this writes the few dictionaries the PDF specification (§12.3.3) asks for.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib';

export interface Destination {
	/** 1-based page number. */
	page: number;
	/** The explicit destination ([page /XYZ left top zoom]), reused by bookmarks. */
	dest: PDFArray;
}

/** Chromium names a destination by the element id, percent-encoded as in a URL fragment. */
function destinationName(name: PDFName): string {
	const raw = name.decodeText();
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

/** Every named destination (element id → page and position) of a Chromium PDF. */
export function namedDestinations(doc: PDFDocument): Map<string, Destination> {
	const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
	const out = new Map<string, Destination>();
	const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
	if (!dests) return out;
	for (const [name, value] of dests.entries()) {
		const resolved = doc.context.lookup(value);
		const dest = resolved instanceof PDFDict ? resolved.lookup(PDFName.of('D')) : resolved;
		if (!(dest instanceof PDFArray)) continue;
		const page = dest.get(0);
		if (page instanceof PDFRef && pageOf.has(page.toString())) out.set(destinationName(name), { page: pageOf.get(page.toString())!, dest });
	}
	return out;
}

/** One bookmark: the element id it points to, its title and its depth (1 = top). */
export interface OutlineEntry {
	id: string;
	title: string;
	level: number;
}

interface OutlineNode {
	entry: OutlineEntry;
	ref: PDFRef;
	children: OutlineNode[];
}

/**
 * Writes the bookmarks: a tree from the flat, ordered entries (a deeper level nests under the
 * previous shallower one). Top-level bookmarks are shown open, deeper ones collapsed.
 */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[], dests: Map<string, Destination>): void {
	const missing = entries.filter((e) => !dests.has(e.id)).map((e) => e.id);
	if (missing.length) throw new Error(`PDF: no destination for bookmark(s) ${missing.join(', ')}`);
	const rootRef = doc.context.nextRef();
	const top: OutlineNode[] = [];
	const stack: OutlineNode[] = [];
	for (const entry of entries) {
		const node: OutlineNode = { entry, ref: doc.context.nextRef(), children: [] };
		while (stack.length && stack.at(-1)!.entry.level >= entry.level) stack.pop();
		(stack.at(-1)?.children ?? top).push(node);
		stack.push(node);
	}
	const open = (n: OutlineNode) => n.entry.level === 1;
	const visible = (n: OutlineNode): number => (open(n) ? n.children.reduce((sum, c) => sum + 1 + visible(c), 0) : 0);
	const link = (nodes: OutlineNode[], parent: PDFRef) => {
		nodes.forEach((n, i) => {
			const dict = doc.context.obj({}) as PDFDict;
			dict.set(PDFName.of('Title'), PDFHexString.fromText(n.entry.title));
			dict.set(PDFName.of('Parent'), parent);
			dict.set(PDFName.of('Dest'), dests.get(n.entry.id)!.dest);
			if (i > 0) dict.set(PDFName.of('Prev'), nodes[i - 1]!.ref);
			if (i < nodes.length - 1) dict.set(PDFName.of('Next'), nodes[i + 1]!.ref);
			if (n.children.length) {
				dict.set(PDFName.of('First'), n.children[0]!.ref);
				dict.set(PDFName.of('Last'), n.children.at(-1)!.ref);
				dict.set(PDFName.of('Count'), PDFNumber.of(open(n) ? visible(n) : -n.children.length));
				link(n.children, n.ref);
			}
			doc.context.assign(n.ref, dict);
		});
	};
	link(top, rootRef);
	const root = doc.context.obj({}) as PDFDict;
	root.set(PDFName.of('Type'), PDFName.of('Outlines'));
	if (top.length) {
		root.set(PDFName.of('First'), top[0]!.ref);
		root.set(PDFName.of('Last'), top.at(-1)!.ref);
		root.set(PDFName.of('Count'), PDFNumber.of(top.reduce((sum, n) => sum + 1 + visible(n), 0)));
	}
	doc.context.assign(rootRef, root);
	doc.catalog.set(PDFName.of('Outlines'), rootRef);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface Metadata {
	title: string;
	subject: string;
	/** The edition date (ISO), used as creation date so a rebuild of the same edition is identical. */
	date: string;
}

/** Title, subject, language and dates; viewers show the title rather than the file name. */
export function writeMetadata(doc: PDFDocument, meta: Metadata): void {
	const date = new Date(`${meta.date}T00:00:00Z`);
	doc.setTitle(meta.title, { showInWindowTitleBar: true });
	doc.setSubject(meta.subject);
	doc.setAuthor(meta.title);
	doc.setCreator('Cẩm nang Đại hội (Chromium, pdf-lib)');
	doc.setProducer('Cẩm nang Đại hội');
	doc.setLanguage('vi');
	doc.setCreationDate(date);
	doc.setModificationDate(date);
}
