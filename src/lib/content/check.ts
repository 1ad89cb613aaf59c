import { join, relative, sep } from 'node:path';
import { makeResolver } from '../citations/find.ts';
import { directiveSlug, symbolKey } from '../citations/symbol.ts';
import { buildCitationIndex, type CitationCache, type CitationIndex } from '../citations/index.ts';
import { congressSchema, type Congress } from './congress.ts';
import { readDirectives, type Directive } from './directives.ts';
import { ContentError, problemsFromZod, type ContentProblem } from './errors.ts';
import { displayPath, listFiles, parseFrontMatter, readText } from './files.ts';
import { handbookPageSchema } from './handbook.ts';
import { makeReportResolver, readReports, type Report } from './reports.ts';
import { readChecklists, type Checklist } from './checklists.ts';
import { readElectionRules, type ElectionRules } from './election-rules.ts';
import { readGlossary, type GlossaryEntry } from './glossary.ts';
import { readComparisons, type Comparison } from './comparisons.ts';
import type { YamlEntry } from './collection.ts';
import { readTimelines, type Timeline } from './timelines.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { DATA_COMPONENTS, findComponentUses, findElectionRuleUses } from '../markdown/components.ts';
import { readRules } from '../rules/load.ts';
import type { Rule } from '../rules/schema.ts';
import { loadSite, type Site } from './site.ts';
import { loadTaxonomies, type Taxonomies } from './taxonomies.ts';
import { sitePaths } from '../routes.ts';

export interface HandbookPageInfo {
	id: string;
	file: string;
	title: string;
	topic: string;
}

export interface CheckedContent {
	taxonomies: Taxonomies;
	site: Site;
	directives: Directive[];
	reports: Report[];
	comparisons: YamlEntry<Comparison>[];
	timelines: YamlEntry<Timeline>[];
	checklists: YamlEntry<Checklist>[];
	glossary: GlossaryEntry[];
	/** content/quy-che-bau-cu.yaml: what the vote counters' page and the Quy chế bầu cử template say. */
	electionRules: ElectionRules;
	pages: HandbookPageInfo[];
	congresses: { file: string; data: Congress }[];
	rules: Rule[];
	citations: CitationIndex;
}

/** Collects problems from a step instead of stopping at the first one. */
function attempt<T>(problems: ContentProblem[], step: () => T): T | undefined {
	try {
		return step();
	} catch (e) {
		if (e instanceof ContentError) {
			problems.push(...e.problems);
			return undefined;
		}
		throw e;
	}
}

/**
 * Validates everything editors touch, the way the build reads it, and reports every problem at
 * once with file, line and field. The build runs this before writing any output.
 */
export function checkContent(root: string, dir: string): CheckedContent {
	const problems: ContentProblem[] = [];
	const taxonomies = attempt(problems, () => loadTaxonomies(root, dir));
	const site = attempt(problems, () => loadSite(root, dir));
	if (!taxonomies) throw new ContentError(problems);
	const registry = readDirectives(root, dir, taxonomies);
	problems.push(...registry.problems);
	const { directives } = registry;
	// Entries that failed validation still resolve, so one broken file gives one message.
	const resolve = makeResolver([
		...directives,
		...registry.invalidIds.map((id) => ({ id, key: symbolKey(id), slug: directiveSlug(id) })),
	]);
	const reportsRead = readReports(root, dir, taxonomies);
	problems.push(...reportsRead.problems);
	const { reports } = reportsRead;
	const resolveReport = makeReportResolver([...reports.map((r) => r.id), ...reportsRead.invalidIds]);
	const comparisons = readComparisons(root, dir, taxonomies, resolve, resolveReport);
	const timelines = readTimelines(root, dir, taxonomies, resolve, resolveReport);
	const checklists = readChecklists(root, dir, taxonomies, resolve, resolveReport);
	const glossary = readGlossary(root, dir);
	const electionRules = readElectionRules(root, dir, (ref) => resolve(ref) !== undefined);
	problems.push(...comparisons.problems, ...timelines.problems, ...checklists.problems, ...glossary.problems, ...electionRules.problems);
	const dataIds: Record<string, Set<string>> = {
		comparisons: new Set([...comparisons.entries.map((e) => e.id), ...comparisons.invalidIds]),
		timelines: new Set([...timelines.entries.map((e) => e.id), ...timelines.invalidIds]),
		checklists: new Set([...checklists.entries.map((e) => e.id), ...checklists.invalidIds]),
	};
	const schema = handbookPageSchema(taxonomies);

	const handbookDir = join(dir, 'handbook');
	const pages: HandbookPageInfo[] = [];
	const sources: Parameters<typeof buildCitationIndex>[0] = [];
	// Each page is indexed alone (for its own messages), then all together: parsed once.
	const citationCache: CitationCache = new Map();
	for (const path of listFiles(handbookDir, /\.mdx?$/)) {
		const file = displayPath(root, path);
		const parsed = attempt(problems, () => parseFrontMatter(readText(path), file));
		if (!parsed) continue;
		const result = schema.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...problemsFromZod(file, result.error));
			continue;
		}
		const data = result.data;
		const id = relative(handbookDir, path).split(sep).join('/').replace(/\.mdx?$/, '').replace(/\/index$/, '');
		const folder = id.split('/')[0];
		if (data.topic && id.includes('/') && folder !== data.topic) {
			problems.push({
				file,
				field: 'topic',
				message: `trang nằm trong thư mục «${folder}» nhưng khai báo chủ đề «${data.topic}»; hai giá trị phải trùng nhau`,
			});
		}
		(data.sources ?? []).forEach((ref, i) => {
			if (!resolve(ref)) {
				problems.push({ file, field: `sources.${i}`, message: `văn bản «${ref}» không có trong danh mục văn bản (content/directives/)` });
			}
		});
		(data.reports ?? []).forEach((ref, i) => {
			if (!resolveReport(ref)) {
				problems.push({ file, field: `reports.${i}`, message: `tư liệu «${ref}» không có trong danh mục tư liệu (content/reports/)` });
			}
		});
		const isMdx = path.endsWith('.mdx');
		const tree = parseBody(parsed.body, isMdx, file, parsed.bodyLine, problems);
		if (!tree) continue;
		if (isMdx) {
			for (const use of findComponentUses(tree)) {
				const folder = DATA_COMPONENTS[use.name];
				const problem: ContentProblem = { file, message: '' };
				if (use.line !== undefined) problem.line = parsed.bodyLine + use.line - 1;
				if (!use.id) problem.message = `<${use.name}> cần thuộc tính id ghi dạng chuỗi, ví dụ <${use.name} id="ten-tep" />`;
				else if (!dataIds[folder]!.has(use.id)) problem.message = `<${use.name} id="${use.id}"> không có tệp content/${folder}/${use.id}.yaml`;
				if (problem.message) problems.push(problem);
			}
			for (const use of findElectionRuleUses(tree)) {
				if (!electionRules.rules || (use.muc !== undefined && use.muc in electionRules.rules)) continue;
				const problem: ContentProblem = {
					file,
					message: `<QuyCheBauCu muc="${use.muc ?? ''}">: cần muc là một mục của content/quy-che-bau-cu.yaml: ${Object.keys(electionRules.rules).join(', ')}`,
				};
				if (use.line !== undefined) problem.line = parsed.bodyLine + use.line - 1;
				problems.push(problem);
			}
		}
		pages.push({ id, file, title: data.title, topic: data.topic ?? '' });
		sources.push({ id, title: data.title, href: sitePaths.page(id), body: parsed.body, file, mdx: path.endsWith('.mdx') });
		// Citation lines are reported against the file, not the body.
		const index = buildCitationIndex([sources.at(-1)!], resolve, resolveReport, citationCache);
		for (const u of index.unresolved) {
			const text = u.text.replace(/\s+/g, ' ');
			const problem: ContentProblem = {
				file,
				message:
					u.scheme === 'tl'
						? `liên kết «${text}» tới tư liệu «${u.ref}» không có trong danh mục tư liệu (content/reports/); dùng tên tệp, ví dụ (tl:hoan-kiem-2020-04-28)`
						: `dẫn chiếu «${text}» tới văn bản «${u.ref}» không có trong danh mục văn bản (content/directives/)`,
			};
			if (u.line !== undefined) problem.line = parsed.bodyLine + u.line - 1;
			problems.push(problem);
		}
	}

	const congresses: CheckedContent['congresses'] = [];
	for (const path of listFiles(join(dir, 'congresses'), /\.md$/)) {
		const file = displayPath(root, path);
		const parsed = attempt(problems, () => parseFrontMatter(readText(path), file));
		if (!parsed) continue;
		const result = congressSchema.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...problemsFromZod(file, result.error));
			continue;
		}
		(result.data.reports ?? []).forEach((ref, i) => {
			if (!resolveReport(ref)) {
				problems.push({ file, field: `reports.${i}`, message: `tư liệu «${ref}» không có trong danh mục tư liệu (content/reports/)` });
			}
		});
		congresses.push({ file, data: result.data });
	}

	const rules = readRules(root, dir, taxonomies, directives, (href) => pages.some((p) => sitePaths.page(p.id) === href));
	problems.push(...rules.problems);

	if (problems.length) throw new ContentError(problems);
	return {
		taxonomies,
		site: site!,
		directives,
		reports,
		comparisons: comparisons.entries,
		timelines: timelines.entries,
		checklists: checklists.entries,
		glossary: glossary.entries,
		electionRules: electionRules.rules!,
		pages,
		congresses,
		rules: rules.rules,
		citations: buildCitationIndex(sources, resolve, resolveReport, citationCache),
	};
}

/**
 * Parses a page body, turning a syntax error (an unclosed <details>, a stray `{`…) into a problem
 * with the file and line: the parser's own message names neither.
 */
function parseBody(body: string, mdx: boolean, file: string, bodyLine: number, problems: ContentProblem[]) {
	try {
		return parseMarkdown(body, { mdx });
	} catch (e) {
		const err = e as { line?: number; reason?: string; message?: string };
		const problem: ContentProblem = {
			file,
			message: `cú pháp ${mdx ? 'MDX' : 'Markdown'} sai: ${err.reason ?? err.message ?? String(e)} — kiểm tra thẻ đóng/mở và dấu ngoặc nhọn { } (trong MDX, chữ «<» và «{» phải có cặp)`,
		};
		if (err.line) problem.line = bodyLine + err.line - 1;
		problems.push(problem);
		return undefined;
	}
}
