import { strFromU8, strToU8 } from 'fflate';

/**
 * Page numbers for every generated document, added once when a template is compiled rather than
 * kept in each .docx: Hướng dẫn 36-HD/VPTW numbers the pages of a document that runs past one page
 * in Arabic figures at the top, centred over the text, from the second page on (the first page
 * carries none). The number sits in a header 10 mm from the top edge (the templates' `w:header`
 * distance) as a PAGE field, so Word and LibreOffice count the pages themselves. A template
 * whose editor gave it a header of its own keeps that header.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER_TYPE = `${R}/header`;
const HEADER_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';

/** Part names and relationship ids of the two headers; prefixed so they cannot clash with Word's own. */
export const PAGE_HEADER = { part: 'word/cndhPageNumber.xml', first: 'word/cndhFirstPage.xml', id: 'rIdCndhPageNumber', firstId: 'rIdCndhFirstPage' } as const;

/** The two header parts are a few hundred bytes: stored in each document's zip, not deflated every time. */
export const STORED_PARTS: ReadonlySet<string> = new Set([PAGE_HEADER.part, PAGE_HEADER.first]);

// Times New Roman 14, upright, as the body text; no spacing, so the number stays on its 10 mm line.
const RUN = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>';
const PARA = '<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>';
const header = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W}" xmlns:r="${R}"><w:p>${PARA}${body}</w:p></w:hdr>`;
// A simple field: Word and LibreOffice both update it on every page; «2» is only its cached text.
const PAGE_FIELD = `<w:fldSimple w:instr=" PAGE "><w:r>${RUN}<w:t>2</w:t></w:r></w:fldSimple>`;

/** Section properties that must follow `w:titlePg` (ECMA-376 order of CT_SectPr). */
const AFTER_TITLE_PG = ['w:textDirection', 'w:bidi', 'w:rtlGutter', 'w:docGrid', 'w:printerSettings', 'w:sectPrChange'];

/**
 * Adds the page-number header to an unzipped .docx (in place) unless its body section already
 * references a header. Returns whether it did.
 */
export function addPageNumbers(files: Record<string, Uint8Array>): boolean {
	const docBytes = files['word/document.xml'];
	const relsBytes = files['word/_rels/document.xml.rels'];
	const typesBytes = files['[Content_Types].xml'];
	if (!docBytes || !relsBytes || !typesBytes) return false;
	let doc = strFromU8(docBytes);
	// The body's own section properties are the last <w:sectPr> of the document.
	const start = doc.lastIndexOf('<w:sectPr');
	if (start < 0) return false;
	const openEnd = doc.indexOf('>', start);
	const selfClosing = doc[openEnd - 1] === '/';
	const end = selfClosing ? openEnd + 1 : doc.indexOf('</w:sectPr>', openEnd) + '</w:sectPr>'.length;
	let sect = doc.slice(start, end);
	if (sect.includes('<w:headerReference')) return false;
	if (selfClosing) sect = `${sect.slice(0, -2)}></w:sectPr>`;
	const tagEnd = sect.indexOf('>') + 1;
	sect = `${sect.slice(0, tagEnd)}<w:headerReference w:type="default" r:id="${PAGE_HEADER.id}"/><w:headerReference w:type="first" r:id="${PAGE_HEADER.firstId}"/>${sect.slice(tagEnd)}`;
	if (!sect.includes('<w:titlePg')) {
		const at = AFTER_TITLE_PG.map((t) => sect.indexOf(`<${t}`)).filter((i) => i >= 0);
		const pos = at.length ? Math.min(...at) : sect.lastIndexOf('</w:sectPr>');
		sect = `${sect.slice(0, pos)}<w:titlePg/>${sect.slice(pos)}`;
	}
	doc = doc.slice(0, start) + sect + doc.slice(end);
	if (!/<w:document\b[^>]*\sxmlns:r=/.test(doc)) doc = doc.replace('<w:document', `<w:document xmlns:r="${R}"`);

	const rels = strFromU8(relsBytes).replace(
		'</Relationships>',
		`<Relationship Id="${PAGE_HEADER.id}" Type="${HEADER_TYPE}" Target="${PAGE_HEADER.part.slice(5)}"/>` +
			`<Relationship Id="${PAGE_HEADER.firstId}" Type="${HEADER_TYPE}" Target="${PAGE_HEADER.first.slice(5)}"/></Relationships>`
	);
	const types = strFromU8(typesBytes).replace(
		'</Types>',
		`<Override PartName="/${PAGE_HEADER.part}" ContentType="${HEADER_CONTENT}"/><Override PartName="/${PAGE_HEADER.first}" ContentType="${HEADER_CONTENT}"/></Types>`
	);
	files['word/document.xml'] = strToU8(doc);
	files['word/_rels/document.xml.rels'] = strToU8(rels);
	files['[Content_Types].xml'] = strToU8(types);
	files[PAGE_HEADER.part] = strToU8(header(PAGE_FIELD));
	// An explicit empty first-page header: the first page carries no number in every word processor.
	files[PAGE_HEADER.first] = strToU8(header(''));
	return true;
}
