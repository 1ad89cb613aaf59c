import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { GlossaryEntry } from '../content/glossary.ts';
import { sitePaths, type Routes } from '../routes.ts';

/** Nodes whose text is left alone: headings, code, and links (citations included). */
const SKIP_TYPES = new Set(['heading', 'code', 'inlineCode', 'html', 'link', 'linkReference', 'definition', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A term as a whole word, and not a part of a document symbol: the `CT` and `TW` of "35-CT/TW"
 * sit next to a hyphen or a slash, which a free-standing abbreviation never does.
 */
export function termPattern(terms: string[]): RegExp {
	const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape).join('|');
	return new RegExp(`(?<![\\p{L}\\p{N}/-])(${alternatives})(?![\\p{L}\\p{N}/]|-[\\p{L}\\p{N}])`, 'gu');
}

/**
 * Links the first occurrence on the page of each glossary term to its entry on /thuat-ngu/,
 * wrapped in <abbr title="expansion"> so the expansion is there on hover and for screen readers.
 */
export function linkGlossaryTerms(tree: Root, entries: GlossaryEntry[], routes: Pick<Routes, 'glossaryTerm'> = sitePaths): string[] {
	if (!entries.length) return [];
	const byTerm = new Map(entries.map((e) => [e.term, e]));
	const pattern = termPattern(entries.map((e) => e.term));
	const linked = new Set<string>();
	visitParents(tree, (node, ancestors) => {
		if (SKIP_TYPES.has(node.type)) return SKIP;
		if (node.type !== 'text') return undefined;
		const parent = ancestors.at(-1) as Parent | undefined;
		if (!parent) return undefined;
		const text = node as Text;
		const out: PhrasingContent[] = [];
		let last = 0;
		for (const m of text.value.matchAll(pattern)) {
			const term = m[1]!;
			if (linked.has(term)) continue;
			linked.add(term);
			const entry = byTerm.get(term)!;
			if (m.index > last) out.push({ type: 'text', value: text.value.slice(last, m.index) });
			const link: Link = {
				type: 'link',
				url: routes.glossaryTerm(term),
				children: [
					{
						type: 'emphasis',
						children: [{ type: 'text', value: term }],
						data: { hName: 'abbr', hProperties: { title: entry.expansion } },
					},
				],
				data: { hProperties: { className: ['glossary-term'] } },
			};
			out.push(link);
			last = m.index + term.length;
		}
		if (!out.length) return undefined;
		if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
		const index = parent.children.indexOf(text as never);
		parent.children.splice(index, 1, ...(out as never[]));
		return [SKIP, index + out.length];
	});
	return [...linked];
}

export interface RemarkGlossaryOptions {
	entries: GlossaryEntry[];
	/** Links under the site's base path (astro.config.mjs); site paths without it. */
	routes?: Pick<Routes, 'glossaryTerm'>;
}

export function remarkGlossary(options: RemarkGlossaryOptions) {
	return (tree: Root) => {
		linkGlossaryTerms(tree, options.entries, options.routes);
	};
}
