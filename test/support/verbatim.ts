import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { foldDiacritics } from '../../src/lib/citations/symbol.ts';

/** Words compared: NFC, lower case, tone marks folded (the seeds mix "uỷ" and "ủy"), punctuation dropped. */
export function words(text: string): string[] {
	return foldDiacritics(text.normalize('NFC').toLowerCase())
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}

/** Quotations marked «…» are allowed; they break a run like a paragraph end does. */
export function withoutQuotations(text: string): string[] {
	return text.split(/«[^»]*»/u);
}

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'blockquote', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem']);

/** The running text of a Markdown/MDX tree, one string per block, without code and blockquotes. */
export function proseSegments(tree: Root): string[] {
	const out: string[] = [];
	const walk = (node: Nodes) => {
		if (SKIPPED.has(node.type)) return;
		if (BLOCKS.has(node.type) && !('children' in node && node.children.some((c) => c.type === 'paragraph' || c.type === 'list'))) {
			out.push(toString(node, { includeHtml: false }));
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(tree);
	return out;
}

/** Every string value in parsed YAML, except under the keys in `skip`. */
export function yamlStrings(value: unknown, skip: ReadonlySet<string> = new Set()): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((v) => yamlStrings(v, skip));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : yamlStrings(v, skip)));
	}
	return [];
}

export class NgramIndex {
	private readonly grams = new Set<string>();
	readonly n: number;
	constructor(texts: string[], n: number) {
		this.n = n;
		for (const t of texts) {
			const w = words(t);
			for (let i = 0; i + n <= w.length; i++) this.grams.add(w.slice(i, i + n).join(' '));
		}
	}

	/** Maximal runs of at least `n` words of `text` that also occur in the indexed texts. */
	copiedRuns(text: string): string[] {
		const runs: string[] = [];
		for (const part of withoutQuotations(text)) {
			const w = words(part);
			let runStart = -1;
			let runEnd = -1;
			for (let i = 0; i + this.n <= w.length; i++) {
				if (!this.grams.has(w.slice(i, i + this.n).join(' '))) continue;
				if (runStart >= 0 && i <= runEnd) runEnd = i + this.n;
				else {
					if (runStart >= 0) runs.push(w.slice(runStart, runEnd).join(' '));
					runStart = i;
					runEnd = i + this.n;
				}
			}
			if (runStart >= 0) runs.push(w.slice(runStart, runEnd).join(' '));
		}
		return runs;
	}
}
