/**
 * Reading and finishing Chromium's PDF with pdf-lib: where each linked heading landed (the named
 * destinations Chromium writes for in-document link targets), and the document's metadata.
 * The outline (bookmarks) is Chromium's own, generated from the headings (`outline: true`).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** 1-based page number of every named destination, by name (element id). */
export function destinationPages(doc: PDFDocument): Map<string, number> {
	const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
	const out = new Map<string, number>();
	const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
	if (!dests) return out;
	for (const [name, value] of dests.entries()) {
		const array = doc.context.lookup(value);
		const dest = array instanceof PDFDict ? array.lookup(PDFName.of('D')) : array;
		if (!(dest instanceof PDFArray)) continue;
		const page = dest.get(0);
		if (page instanceof PDFRef && pageOf.has(page.toString())) out.set(name.decodeText(), pageOf.get(page.toString())!);
	}
	return out;
}

export interface Metadata {
	title: string;
	subject: string;
	/** The edition date (ISO), used as creation date so a rebuild of the same edition is identical. */
	date: string;
}

/** Title, subject, language and dates; viewers open the bookmarks panel and show the title. */
export async function finishPdf(bytes: Uint8Array, meta: Metadata): Promise<Uint8Array> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const date = new Date(`${meta.date}T00:00:00Z`);
	doc.setTitle(meta.title, { showInWindowTitleBar: true });
	doc.setSubject(meta.subject);
	doc.setAuthor(meta.title);
	doc.setCreator('Cẩm nang Đại hội (Chromium, pdf-lib)');
	doc.setProducer('Cẩm nang Đại hội');
	doc.setLanguage('vi');
	doc.setCreationDate(date);
	doc.setModificationDate(date);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
	return doc.save();
}
