import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { directiveSlug } from '../citations/symbol.ts';
import { TEMPLATE_IDS, templateMetaSchema, type TemplateMeta } from '../documents/meta.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { displayPath, listFiles, parseYaml, readText } from './files.ts';
import { readYamlFile } from './collection.ts';

/** Where editors keep the Word templates and their metadata. */
export function templatesDir(root: string): string {
	return resolve(root, process.env.CNDH_TEMPLATES_DIR ?? 'templates');
}

export interface ReportLabel {
	id: string;
	label: string;
}

/** Short label of a source report (content/reports/<id>.yaml `short`), when the registry has it. */
export function reportLabel(contentDir: string, id: string): string | undefined {
	const file = join(contentDir, 'reports', `${id}.yaml`);
	if (!existsSync(file)) return undefined;
	const data = parseYaml(readText(file), file) as { short?: string; title?: string } | null;
	return data?.short ?? data?.title;
}

/**
 * Reads and validates `templates/<id>.yaml` for every template id: schema, a .docx next to each,
 * sources that exist in the directive registry (and reports, once content/reports/ exists).
 * Throws ContentError listing every problem.
 */
export function loadTemplateMetas(root: string, contentDir: string, directiveIds: readonly string[]): TemplateMeta[] {
	const dir = templatesDir(root);
	const problems: ContentProblem[] = [];
	const metas: TemplateMeta[] = [];
	const slugs = new Set(directiveIds.map(directiveSlug));
	const reportsDir = join(contentDir, 'reports');
	const haveReports = existsSync(reportsDir);
	for (const path of listFiles(dir, /\.ya?ml$/)) {
		const id = path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
		if (!(TEMPLATE_IDS as readonly string[]).includes(id)) {
			problems.push({ file: displayPath(root, path), message: `«${id}» không phải mã biểu mẫu đã định; dùng một trong: ${TEMPLATE_IDS.join(', ')}` });
		}
	}
	for (const id of TEMPLATE_IDS) {
		const path = join(dir, `${id}.yaml`);
		const file = displayPath(root, path);
		if (!existsSync(path)) {
			problems.push({ file, message: 'thiếu tệp mô tả biểu mẫu' });
			continue;
		}
		if (!existsSync(join(dir, `${id}.docx`))) problems.push({ file: displayPath(root, join(dir, `${id}.docx`)), message: 'thiếu tệp Word của biểu mẫu' });
		const meta = readYamlFile(path, file, templateMetaSchema, problems);
		if (!meta) continue;
		meta.serves.forEach((r, i) => {
			if (r.source && !slugs.has(directiveSlug(r.source))) {
				problems.push({ file, field: `serves.${i}.source`, message: `văn bản «${r.source}» không có trong danh mục văn bản (content/directives/)` });
			}
			if (r.report && haveReports && !existsSync(join(reportsDir, `${r.report}.yaml`))) {
				problems.push({ file, field: `serves.${i}.report`, message: `tư liệu «${r.report}» không có trong content/reports/` });
			}
		});
		metas.push({ ...meta, id });
	}
	if (problems.length) throw new ContentError(problems);
	return metas;
}
