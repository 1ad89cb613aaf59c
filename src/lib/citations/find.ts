import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { sitePaths, type Routes } from '../routes.ts';
import { SYMBOL_ID, directiveSlug, symbolKey } from './symbol.ts';

/** The scheme of explicit citation links: `[Kế hoạch số 155](vb:ke-hoach-155-thanh-uy-ha-noi)`. */
export const CITATION_SCHEME = 'vb:';

/**
 * The scheme of links to source texts that are not directives (content/reports/):
 * `[Báo Điện Biên Phủ ngày 14 tháng 02 năm 2020](tl:bao-dien-bien-phu-2020-02-14)`.
 */
export const REPORT_SCHEME = 'tl:';

/** Looks a report id up; undefined when there is no such report. */
export type ResolveReport = (id: string) => { id: string } | undefined;

const KIND_WORDS = [
	'Chỉ thị',
	'Hướng dẫn',
	'Quy định',
	'Quyết định',
	'Kế hoạch',
	'Nghị quyết',
	'Kết luận',
	'Thông báo',
	'Quy chế',
	'Công văn',
]
	.flatMap((w) => [w, w[0]!.toLowerCase() + w.slice(1)])
	.join('|');

/**
 * A number-and-symbol citation, optionally preceded by the document kind and "số":
 * "Chỉ thị số 35-CT/TW", "Hướng dẫn 07-HD/UBKTTW", "35-QĐ/TU", "35-QD/TU".
 * The symbol part (letters after the hyphen and a slash) is what keeps "35%", "số 35 người",
 * "lần thứ 35", dates and phone numbers out. Whitespace (line breaks included) may separate parts.
 */
export const CITATION_PATTERN = new RegExp(
	`(?:(?:${KIND_WORDS})(?:\\s+số)?\\s+)?(?<![\\p{L}\\p{N}/.-])(\\d{1,5}\\s*-\\s*[A-ZĐ]{2,4}\\s*(?:\\/\\s*[A-ZĐ0-9]{2,})+)(?![\\p{L}\\p{N}])`,
	'gu'
);

export interface CitationMatch {
	start: number;
	end: number;
	text: string;
	/** The number-and-symbol part as written, whitespace removed. */
	symbol: string;
}

/** Finds number-and-symbol citations in plain text (NFC expected). */
export function matchCitations(text: string): CitationMatch[] {
	const out: CitationMatch[] = [];
	for (const m of text.matchAll(CITATION_PATTERN)) {
		const symbol = (m[1] ?? '').replace(/\s+/g, '');
		if (!SYMBOL_ID.test(symbolKey(symbol))) continue;
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], symbol });
	}
	return out;
}

export interface RegistryTarget {
	id: string;
	slug: string;
}

/** Looks up a citation (a symbol such as `35-QD/TU`, or a registry id) in the registry. */
export type Resolve = (ref: string) => RegistryTarget | undefined;

export function makeResolver(entries: { id: string; key: string; slug: string }[]): Resolve {
	const byKey = new Map(entries.map((e) => [e.key, e]));
	// A directive with a symbol is also cited by its slug: (vb:190-qd-tw) for 190-QĐ/TW.
	const bySlug = new Map(entries.map((e) => [e.slug, e]));
	return (ref) => {
		const raw = ref.normalize('NFC').trim();
		return byKey.get(symbolKey(raw)) ?? byKey.get(raw) ?? bySlug.get(directiveSlug(raw));
	};
}

export interface Citation {
	/** Registry id of the cited directive. */
	id: string;
	slug: string;
	/** Anchor id given to the link in the page, unique per page: `vb-35-ct-tw-1`. */
	anchor: string;
	/** Citation text as it reads in the page. */
	text: string;
	/** The sentence around the citation, for backlinks. */
	context: string;
	line?: number;
	column?: number;
}

export interface UnresolvedCitation {
	/** `vb` for a directive, `tl` for a report (source text). */
	scheme: 'vb' | 'tl';
	ref: string;
	text: string;
	line?: number;
	column?: number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote']);

/** The sentence of `block` that contains `needle`, trimmed to a readable length. */
function sentenceAround(block: string, needle: string, from: number): string {
	const flat = block.replace(/\s+/g, ' ');
	const flatNeedle = needle.replace(/\s+/g, ' ');
	let at = flat.indexOf(flatNeedle, Math.max(0, from));
	if (at < 0) at = Math.max(0, flat.indexOf(flatNeedle));
	const before = flat.slice(0, at);
	const startMatch = /.*[.!?;]\s/su.exec(before);
	const start = startMatch ? startMatch[0].length : 0;
	const afterIdx = at + flatNeedle.length;
	const endRel = flat.slice(afterIdx).search(/[.!?;](\s|$)/u);
	const end = endRel < 0 ? flat.length : afterIdx + endRel + 1;
	let sentence = flat.slice(start, end).trim();
	if (sentence.length > 320) {
		const s = Math.max(0, at - start - 140);
		sentence = `…${sentence.slice(s, s + 300).trim()}…`;
	}
	return sentence;
}

export interface CitationResult {
	/** Directive citations. */
	citations: Citation[];
	/** Report citations (`tl:` links); `id` and `slug` are the report id. */
	reports: Citation[];
	unresolved: UnresolvedCitation[];
}

/**
 * Finds every citation in a Markdown/MDX tree and, when `link` is set, turns it into a link to
 * its registry page (`routes.directive(slug)`), carrying an anchor id so registry pages can link back.
 * One traversal serves the remark plugin, the content checker and the citation index, so the
 * anchors a page renders are the anchors its backlinks point to.
 */
export function findCitations(
	tree: Root,
	resolve: Resolve,
	options: { link?: boolean; routes?: Pick<Routes, 'directive' | 'report'>; resolveReport?: ResolveReport } = {}
): CitationResult {
	const { link = false, routes = sitePaths, resolveReport = () => undefined } = options;
	const citations: Citation[] = [];
	const reports: Citation[] = [];
	const unresolved: UnresolvedCitation[] = [];
	const counters = new Map<string, number>();
	const blockOffsets = new Map<Nodes, number>();

	const record = (
		target: RegistryTarget,
		text: string,
		ancestors: Parent[],
		line?: number,
		column?: number,
		scheme: 'vb' | 'tl' = 'vb'
	) => {
		const key = `${scheme}:${target.slug}`;
		const n = (counters.get(key) ?? 0) + 1;
		counters.set(key, n);
		const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type)) ?? ancestors.at(-1);
		const blockText = block ? toString(block) : text;
		const offset = block ? (blockOffsets.get(block as Nodes) ?? 0) : 0;
		const context = sentenceAround(blockText, text, offset);
		if (block) blockOffsets.set(block as Nodes, offset + 1);
		const c: Citation = { id: target.id, slug: target.slug, anchor: `${scheme}-${target.slug}-${n}`, text, context };
		if (line !== undefined) c.line = line;
		if (column !== undefined) c.column = column;
		(scheme === 'vb' ? citations : reports).push(c);
		return c;
	};

	const unresolvedAt = (scheme: 'vb' | 'tl', ref: string, text: string, line?: number, column?: number) => {
		const u: UnresolvedCitation = { scheme, ref, text };
		if (line !== undefined) u.line = line;
		if (column !== undefined) u.column = column;
		unresolved.push(u);
	};

	visitParents(tree, (node, ancestors) => {
		if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return SKIP;
		if (node.type === 'link') {
			const line = node.position?.start.line;
			const column = node.position?.start.column;
			if (node.url.startsWith(REPORT_SCHEME)) {
				const ref = decodeURIComponent(node.url.slice(REPORT_SCHEME.length));
				const report = resolveReport(ref);
				if (!report) {
					unresolvedAt('tl', ref, toString(node), line, column);
					return SKIP;
				}
				const c = record({ id: report.id, slug: report.id }, toString(node), ancestors as Parent[], line, column, 'tl');
				if (link) {
					node.url = routes.report(report.id);
					node.data = { ...node.data, hProperties: { id: c.anchor, className: ['citation', 'citation-report'], dataReport: report.id } };
				}
				return SKIP;
			}
			if (!node.url.startsWith(CITATION_SCHEME)) return SKIP;
			const ref = decodeURIComponent(node.url.slice(CITATION_SCHEME.length));
			const text = toString(node);
			const target = resolve(ref);
			if (!target) {
				unresolvedAt('vb', ref, text, line, column);
				return SKIP;
			}
			const c = record(target, text, ancestors as Parent[], line, column);
			if (link) {
				node.url = routes.directive(target.slug);
				node.data = { ...node.data, hProperties: { id: c.anchor, className: ['citation'], dataDirective: target.id } };
			}
			return SKIP;
		}
		if (node.type !== 'text') return undefined;
		const matches = matchCitations(node.value);
		if (!matches.length) return undefined;
		const parent = ancestors.at(-1) as Parent | undefined;
		const replacement: (Text | Link)[] = [];
		let last = 0;
		for (const m of matches) {
			const before = node.value.slice(0, m.start);
			const newlines = before.split('\n').length - 1;
			const line = node.position ? node.position.start.line + newlines : undefined;
			const column =
				node.position && newlines === 0 ? node.position.start.column + m.start : before.length - before.lastIndexOf('\n');
			const target = resolve(m.symbol);
			if (!target) {
				unresolvedAt('vb', m.symbol, m.text, line, column);
				continue;
			}
			const c = record(target, m.text, ancestors as Parent[], line, column);
			if (m.start > last) replacement.push({ type: 'text', value: node.value.slice(last, m.start) });
			replacement.push({
				type: 'link',
				url: routes.directive(target.slug),
				children: [{ type: 'text', value: m.text.replace(/\s+/g, ' ') }],
				data: { hProperties: { id: c.anchor, className: ['citation'], dataDirective: target.id } },
			});
			last = m.end;
		}
		if (link && parent && replacement.length) {
			if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
			const index = parent.children.indexOf(node as never);
			parent.children.splice(index, 1, ...(replacement as never[]));
			return [SKIP, index + replacement.length];
		}
		return undefined;
	});

	return { citations, reports, unresolved };
}
