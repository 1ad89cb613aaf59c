import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CompiledTemplate } from './compile.ts';
import { baseOptions } from './compile.ts';
import { newContext, produceJsReport, toXml, type CreateReportOptions } from './engine.ts';
import { parseExpr, type Expr } from './expr.ts';
import { HELPERS, isHelper, printable } from './format.ts';
import { stripXmlUnsafe } from '../content/xml-text.ts';
import { STORED_PARTS } from './page-numbers.ts';

/** Every file in every zip gets this time stamp (built from local fields, so no time zone shifts it). */
const ZIP_TIME = new Date(2020, 0, 1, 0, 0, 0);

const parsed = new Map<string, Expr>();

function lookup(value: unknown, key: string): unknown {
	// Own properties only: a template cannot reach prototypes, constructors or functions.
	return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function evaluate(expr: Expr, scope: Record<string, unknown>): unknown {
	if (expr.type === 'path') return expr.keys.reduce(lookup, lookup(scope, expr.root));
	if (!isHelper(expr.helper)) throw new Error(`unknown helper ${expr.helper}`);
	return HELPERS[expr.helper](evaluate(expr.args[0]!, scope));
}

/** docx-templates hook: evaluates a linted command ourselves instead of running it as JavaScript. */
function runJsFor(template: CompiledTemplate): NonNullable<CreateReportOptions['runJs']> {
	return ({ sandbox }) => {
		const code = (sandbox.__code__ ?? '').trim();
		let expr = parsed.get(code);
		if (!expr) {
			expr = parseExpr(code);
			parsed.set(code, expr);
		}
		const value = evaluate(expr, sandbox);
		const role = template.roles.get(code);
		const result = role === 'FOR' ? (Array.isArray(value) ? value : []) : role === 'IF' ? Boolean(value) : printable(value);
		return { modifiedSandbox: sandbox, result };
	};
}

const optionsCache = new WeakMap<CompiledTemplate, CreateReportOptions>();

export interface DocumentProps {
	/** Title stored in the file's properties. */
	title: string;
	/** ISO date stored as created/modified, fixed so that builds are byte-identical. */
	date?: string | undefined;
}

const esc = (s: string) => stripXmlUnsafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function coreXml(props: DocumentProps): string {
	const when = `${props.date ?? '2020-01-01'}T00:00:00Z`;
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
		'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
		`<dc:title>${esc(props.title)}</dc:title><dc:creator>Cẩm nang Đại hội</dc:creator><dc:language>vi-VN</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
		'</cp:coreProperties>'
	);
}

/**
 * Renders one document from a compiled template and its data (see templateData in view.ts).
 * Deterministic: the same input gives the same bytes.
 */
export async function renderDocument(template: CompiledTemplate, data: Record<string, unknown>, props: DocumentProps): Promise<Uint8Array> {
	let options = optionsCache.get(template);
	if (!options) {
		options = { ...baseOptions(), runJs: runJsFor(template) };
		optionsCache.set(template, options);
	}
	const files: Zippable = {};
	const ct = template.parts.get('[Content_Types].xml');
	if (ct) files['[Content_Types].xml'] = ct;
	for (const [path, tree] of template.trees) {
		const result = await produceJsReport(data, tree, newContext(options));
		if (result.status === 'errors') throw new Error(`templates/${template.id}.docx: ${result.errors.map((e) => e.message).join('; ')}`);
		files[path] = strToU8(toXml(result.report));
	}
	for (const [path, bytes] of template.parts) {
		if (path === '[Content_Types].xml' || path === 'docProps/core.xml') continue;
		files[path] = STORED_PARTS.has(path) ? [bytes, { level: 0 }] : bytes;
	}
	files['docProps/core.xml'] = strToU8(coreXml(props));
	return zipSync(sortKeys(files), { level: 6, mtime: ZIP_TIME });
}

/** Zip entries in a fixed order ([Content_Types].xml first, as Word writes it). */
function sortKeys(files: Zippable): Zippable {
	const keys = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
	return Object.fromEntries(keys.map((k) => [k, files[k]!]));
}

/** Zips a packet of files deterministically. */
export function zipFiles(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
	const z: Zippable = {};
	for (const f of files) z[f.name] = [f.bytes, { level: 0 }];
	return zipSync(z, { mtime: ZIP_TIME });
}
