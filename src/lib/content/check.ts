import { join, relative, sep } from 'node:path';
import { makeResolver } from '../citations/find.ts';
import { directiveSlug, symbolKey } from '../citations/symbol.ts';
import { buildCitationIndex, type CitationIndex } from '../citations/index.ts';
import { congressSchema, type Congress } from './congress.ts';
import { readDirectives, type Directive } from './directives.ts';
import { ContentError, problemsFromZod, type ContentProblem } from './errors.ts';
import { displayPath, listFiles, parseFrontMatter, readText } from './files.ts';
import { handbookPageSchema } from './handbook.ts';
import { readRules } from '../rules/load.ts';
import type { Rule } from '../rules/schema.ts';
import { loadSite, type Site } from './site.ts';
import { loadTaxonomies, type Taxonomies } from './taxonomies.ts';

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
	const schema = handbookPageSchema(taxonomies);

	const handbookDir = join(dir, 'handbook');
	const pages: HandbookPageInfo[] = [];
	const sources: Parameters<typeof buildCitationIndex>[0] = [];
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
		pages.push({ id, file, title: data.title, topic: data.topic ?? '' });
		sources.push({ id, title: data.title, href: `/${id}/`, body: parsed.body, file, mdx: path.endsWith('.mdx') });
		// Citation lines are reported against the file, not the body.
		const index = buildCitationIndex([sources.at(-1)!], resolve);
		for (const u of index.unresolved) {
			const problem: ContentProblem = {
				file,
				message: `dẫn chiếu «${u.text.replace(/\s+/g, ' ')}» tới văn bản «${u.ref}» không có trong danh mục văn bản (content/directives/)`,
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
		if (!result.success) problems.push(...problemsFromZod(file, result.error));
		else congresses.push({ file, data: result.data });
	}

	const rules = readRules(root, dir, taxonomies, directives, (href) => pages.some((p) => `/${p.id}/` === href));
	problems.push(...rules.problems);

	if (problems.length) throw new ContentError(problems);
	return {
		taxonomies,
		site: site!,
		directives,
		pages,
		congresses,
		rules: rules.rules,
		citations: buildCitationIndex(sources, resolve),
	};
}
