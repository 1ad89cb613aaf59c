import { strFromU8, unzipSync } from 'fflate';
import { parseXml, type Node } from '../../src/lib/documents/engine.ts';

/**
 * Reads a generated .docx the way a format check needs it: every paragraph with its text and its
 * effective formatting (direct run/paragraph properties over the paragraph style chain over the
 * document defaults), and where it sits (body or table cell).
 */
type El = Extract<Node, { _fTextNode: false }>;

const isEl = (n: Node): n is El => !n._fTextNode;
const kids = (n: El, tag?: string) => n._children.filter(isEl).filter((c) => !tag || c._tag === tag);
const kid = (n: El | undefined, tag: string) => (n ? kids(n, tag)[0] : undefined);
const attr = (n: El | undefined, name: string) => {
	const v = n?._attrs[name];
	return v === undefined ? undefined : typeof v === 'string' ? v : v.value;
};
export function textOf(n: Node): string {
	if (n._fTextNode) return n._text;
	if (n._tag === 'w:t') return n._children.map(textOf).join('');
	if (n._tag === 'w:tab') return '\t';
	return n._children.map(textOf).join('');
}

interface Props {
	bold?: boolean;
	italic?: boolean;
	size?: number;
	font?: string;
	jc?: string;
	bottomBorder?: boolean;
}

function runProps(rPr: El | undefined): Props {
	const p: Props = {};
	if (!rPr) return p;
	const b = kid(rPr, 'w:b');
	if (b) p.bold = attr(b, 'w:val') !== '0' && attr(b, 'w:val') !== 'false';
	const i = kid(rPr, 'w:i');
	if (i) p.italic = attr(i, 'w:val') !== '0' && attr(i, 'w:val') !== 'false';
	const sz = attr(kid(rPr, 'w:sz'), 'w:val');
	if (sz) p.size = Number(sz) / 2;
	const font = attr(kid(rPr, 'w:rFonts'), 'w:ascii');
	if (font) p.font = font;
	return p;
}
function paraProps(pPr: El | undefined): Props {
	const p: Props = {};
	const jc = attr(kid(pPr, 'w:jc'), 'w:val');
	if (jc) p.jc = jc;
	const bottom = kid(kid(pPr, 'w:pBdr'), 'w:bottom');
	if (bottom && attr(bottom, 'w:val') !== 'nil' && attr(bottom, 'w:val') !== 'none') p.bottomBorder = true;
	return p;
}

export interface Paragraph {
	text: string;
	inTable: boolean;
	/** Index of the table cell in its row, when in a table. */
	cell?: number;
	/** Effective properties of the paragraph (of its first run with text). */
	props: Required<Pick<Props, 'bold' | 'italic' | 'size' | 'font'>> & Props;
	/** Effective properties of every run with text. */
	runs: Props[];
}

export interface DocxReport {
	files: Record<string, Uint8Array>;
	documentXml: string;
	paragraphs: Paragraph[];
	page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
	/** Every font named anywhere in styles and document. */
	fonts: Set<string>;
	/** Title stored in docProps/core.xml. */
	title: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxReport> {
	const files = unzipSync(bytes);
	const documentXml = strFromU8(files['word/document.xml']!);
	const stylesXml = strFromU8(files['word/styles.xml']!);
	const doc = (await parseXml(documentXml)) as El;
	const styles = (await parseXml(stylesXml)) as El;
	const fonts = new Set<string>();
	const collectFonts = (n: Node) => {
		if (!isEl(n)) return;
		if (n._tag === 'w:rFonts') for (const k of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) if (attr(n, k)) fonts.add(attr(n, k)!);
		n._children.forEach(collectFonts);
	};
	collectFonts(doc);
	collectFonts(styles);

	const defaults = runProps(kid(kid(kid(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
	const byId = new Map(kids(styles, 'w:style').map((s) => [attr(s, 'w:styleId')!, s]));
	const styleProps = (id: string | undefined): Props => {
		const s = id ? byId.get(id) : undefined;
		if (!s) return {};
		return { ...styleProps(attr(kid(s, 'w:basedOn'), 'w:val')), ...paraProps(kid(s, 'w:pPr')), ...runProps(kid(s, 'w:rPr')) };
	};
	const normal = styleProps('Normal');

	const paragraphs: Paragraph[] = [];
	const walk = (n: El, inTable: boolean, cell?: number) => {
		for (const c of kids(n)) {
			if (c._tag === 'w:p') {
				const pPr = kid(c, 'w:pPr');
				const base = { bold: false, italic: false, size: 10, font: '', ...defaults, ...normal, ...styleProps(attr(kid(pPr, 'w:pStyle'), 'w:val')), ...paraProps(pPr) };
				const runs = kids(c, 'w:r')
					.filter((r) => textOf(r).trim() !== '')
					.map((r) => ({ ...base, ...runProps(kid(r, 'w:rPr')) }));
				paragraphs.push({ text: textOf(c), inTable, ...(cell !== undefined ? { cell } : {}), props: runs[0] ?? base, runs });
			} else if (c._tag === 'w:tbl') {
				for (const tr of kids(c, 'w:tr')) kids(tr, 'w:tc').forEach((tc, i) => walk(tc, true, i));
			} else if (c._tag !== 'w:sectPr') walk(c, inTable, cell);
		}
	};
	const body = kid(doc, 'w:body')!;
	walk(body, false);
	const sect = kid(body, 'w:sectPr');
	const pgSz = kid(sect, 'w:pgSz');
	const pgMar = kid(sect, 'w:pgMar');
	const num = (n: El | undefined, a: string) => Number(attr(n, a));
	const core = strFromU8(files['docProps/core.xml']!);
	return {
		files,
		documentXml,
		paragraphs,
		page: { width: num(pgSz, 'w:w'), height: num(pgSz, 'w:h'), top: num(pgMar, 'w:top'), bottom: num(pgMar, 'w:bottom'), left: num(pgMar, 'w:left'), right: num(pgMar, 'w:right') },
		fonts,
		title: /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '',
	};
}

/** Plain text of the whole document body (paragraphs joined by new lines). */
export const plainText = (r: DocxReport) => r.paragraphs.map((p) => p.text).join('\n');
