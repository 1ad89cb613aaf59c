/**
 * The parts of docx-templates this project drives directly. `createReport` unzips and parses its
 * template on every call; a packet renders the same few templates thousands of times, so the
 * template is parsed once (`parseXml` + `preprocessTemplate`) and each document only runs
 * `produceJsReport` over the parsed tree. These modules are plain JS with no Node API on the
 * rendering path (the `vm` import of its sandbox is never reached: commands are evaluated by our
 * own `runJs`, see render.ts).
 */
import * as preprocessModule from 'docx-templates/lib/preprocessTemplate.js';
import { getCommand, newContext, produceJsReport, splitCommand, walkTemplate } from 'docx-templates/lib/processTemplate.js';
import type { CreateReportOptions, Node } from 'docx-templates/lib/types.js';
import { parseXml } from 'docx-templates/lib/xml.js';

type Preprocess = (template: Node, delimiter: [string, string], preserveSpace: boolean) => Node;
// CommonJS default export: Node hands us the exports object, bundlers the function itself.
const pre = preprocessModule as unknown as { default: Preprocess | { default: Preprocess } };
const preprocessTemplate: Preprocess = typeof pre.default === 'function' ? pre.default : pre.default.default;

export { getCommand, newContext, parseXml, preprocessTemplate, produceJsReport, splitCommand, walkTemplate };
export type { CreateReportOptions, Node };

/** Command delimiters of our templates: `{{organization.name}}`. */
export const DELIMITERS: [string, string] = ['{{', '}}'];

/** Serializes a docx-templates tree to XML text (its own serializer needs Node's Buffer). */
export function toXml(node: Node, out: string[] = [], top = true): string {
	if (top) out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
	if (node._fTextNode) {
		out.push(escapeText(node._text));
	} else {
		out.push('<', node._tag);
		for (const [key, value] of Object.entries(node._attrs)) {
			out.push(' ', key, '="', escapeAttr(typeof value === 'string' ? value : value.value), '"');
		}
		if (node._children.length === 0) out.push('/>');
		else {
			out.push('>');
			for (const child of node._children) toXml(child, out, false);
			out.push('</', node._tag, '>');
		}
	}
	return top ? out.join('') : '';
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
