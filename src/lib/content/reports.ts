import { basename } from 'node:path';
import { z } from 'zod';
import type { ResolveReport } from '../citations/find.ts';
import { deepNfc, isoDate, oneOf, text } from './common.ts';
import { ContentError, problemsFromZod, type ContentProblem } from './errors.ts';
import { displayPath, listFiles, parseYaml, readText } from './files.ts';
import { ids, type Taxonomies } from './taxonomies.ts';

/**
 * Source texts that are not directives — newspaper articles, reports, news items — live in
 * `content/reports/<id>.yaml`, are listed at /tu-lieu/ and cited in prose as `[text](tl:<id>)`.
 * The file name is the id, so it cannot drift from the citations that use it.
 */
export const REPORT_KINDS = {
	'bai-bao': 'Bài báo',
	'bai-viet': 'Bài viết',
	'bao-cao': 'Báo cáo',
	tin: 'Tin',
} as const;
export type ReportKind = keyof typeof REPORT_KINDS;

const REPORT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function reportSchema(tax: Taxonomies) {
	return z.preprocess(
		deepNfc,
		z.strictObject({
			title: text,
			kind: z.enum(Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]], {
				error: `loại tư liệu phải là một trong: ${Object.keys(REPORT_KINDS).join(', ')}`,
			}),
			/** Who published it, only when the text says so. */
			publisher: text.optional(),
			/** Only when the text gives it; otherwise the page shows "chưa rõ". */
			date: isoDate.optional(),
			level: oneOf(ids(tax.levels), 'cấp (levels.yaml)').optional(),
			locality: text.optional(),
			summary: text,
		})
	);
}

export type ReportData = z.infer<ReturnType<typeof reportSchema>>;
export interface Report extends ReportData {
	id: string;
	file: string;
}

export interface ReportsReadResult {
	reports: Report[];
	problems: ContentProblem[];
	/** Ids of files that exist but failed validation: citations of them are not reported again. */
	invalidIds: string[];
}

export function readReports(root: string, contentDir: string, tax: Taxonomies): ReportsReadResult {
	const schema = reportSchema(tax);
	const reports: Report[] = [];
	const problems: ContentProblem[] = [];
	const invalidIds: string[] = [];
	for (const path of listFiles(`${contentDir}/reports`, /\.ya?ml$/)) {
		const file = displayPath(root, path);
		const id = basename(path).replace(/\.ya?ml$/, '');
		if (!REPORT_ID.test(id)) {
			problems.push({
				file,
				message: 'tên tệp là mã tư liệu: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ «hoan-kiem-2020-04-28.yaml»',
			});
			continue;
		}
		try {
			const parsed = schema.safeParse(parseYaml(readText(path), file));
			if (parsed.success) reports.push({ ...parsed.data, id, file });
			else {
				problems.push(...problemsFromZod(file, parsed.error));
				invalidIds.push(id);
			}
		} catch (e) {
			if (!(e instanceof ContentError)) throw e;
			problems.push(...e.problems);
			invalidIds.push(id);
		}
	}
	return { reports, problems, invalidIds };
}

export function loadReports(root: string, contentDir: string, tax: Taxonomies): Report[] {
	const { reports, problems } = readReports(root, contentDir, tax);
	if (problems.length) throw new ContentError(problems);
	return reports;
}

export function makeReportResolver(reportIds: Iterable<string>): ResolveReport {
	const known = new Set(reportIds);
	return (id) => {
		const clean = id.normalize('NFC').trim();
		return known.has(clean) ? { id: clean } : undefined;
	};
}
