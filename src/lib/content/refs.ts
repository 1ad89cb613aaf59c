import { z } from 'zod';
import type { Resolve, ResolveReport } from '../citations/find.ts';
import { text } from './common.ts';
import type { ContentProblem } from './errors.ts';

/**
 * Data blocks (comparison entries, checklist items, timelines) say where each statement comes
 * from: `source` is a directive in the registry, `report` a source text in content/reports/.
 */
export const sourceRefFields = {
	source: text.optional(),
	report: text.optional(),
};

export const NEEDS_A_SOURCE = 'cần «source» (mã văn bản trong content/directives/) hoặc «report» (mã tư liệu trong content/reports/)';

/** Refinement: at least one of source/report. */
export function requireSource(value: { source?: string | undefined; report?: string | undefined }, ctx: z.RefinementCtx) {
	if (!value.source && !value.report) ctx.addIssue({ code: 'custom', path: ['source'], message: NEEDS_A_SOURCE });
}

/** Problems for a `source`/`report` pair that names nothing known. */
export function checkSourceRef(
	file: string,
	at: string,
	ref: { source?: string | undefined; report?: string | undefined },
	resolve: Resolve,
	resolveReport: ResolveReport
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const prefix = at ? `${at}.` : '';
	if (ref.source && !resolve(ref.source)) {
		problems.push({ file, field: `${prefix}source`, message: `văn bản «${ref.source}» không có trong danh mục văn bản (content/directives/)` });
	}
	if (ref.report && !resolveReport(ref.report)) {
		problems.push({ file, field: `${prefix}report`, message: `tư liệu «${ref.report}» không có trong danh mục tư liệu (content/reports/)` });
	}
	return problems;
}

/** A handbook URL such as `/nhan-su/quy-trinh-5-buoc/` (the link checker verifies it exists). */
export const pagePath = z
	.string()
	.regex(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/, { error: 'đường dẫn trang ghi dạng /chu-de/ten-trang/, ví dụ /nhan-su/quy-trinh-5-buoc/' });
