import { z } from 'zod';
import type { ResolveReport } from '../citations/find.ts';
import { deepNfc, isoDate, oneOf, text } from './common.ts';
import { readYamlCollection } from './collection.ts';
import { ContentError, type ContentProblem } from './errors.ts';
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

export function reportSchema(tax: Taxonomies) {
	return z.preprocess(
		deepNfc,
		z.strictObject({
			title: text,
			/** How prose and comparison blocks name it in short: "Báo Điện Biên Phủ ngày 14 tháng 02 năm 2020". */
			short: text,
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
	const { entries, problems, invalidIds } = readYamlCollection(root, contentDir, 'reports', reportSchema(tax), 'hoan-kiem-2020-04-28.yaml');
	return { reports: entries.map((e) => ({ ...e.data, id: e.id, file: e.file })), problems, invalidIds };
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
