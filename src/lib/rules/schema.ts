import { z } from 'zod';
import { deepNfc, text } from '../content/common.ts';
import { ORGANIZATION_TYPES } from '../content/congress.ts';
import { parseThreshold } from './fraction.ts';

/**
 * Personnel-plan rules (`content/rules/*.yaml`): what a rule measures in the congress's personnel
 * plan, the threshold, the source that sets it and where it applies. Browser-safe: the packet
 * builder page evaluates the same parsed data.
 */

/**
 * Figures of the personnel plan a rule may measure, as dotted paths into the congress's
 * `personnelPlan`, with the Vietnamese name shown next to a result.
 */
export const PLAN_FIGURES = {
	seats: 'số cấp ủy viên khóa mới dự kiến',
	candidates: 'số người trong danh sách bầu cấp ủy',
	women: 'số nữ trong đề án nhân sự',
	under35: 'số người dưới 35 tuổi trong đề án nhân sự',
	newcomers: 'số người lần đầu tham gia cấp ủy',
	'standingCommittee.seats': 'số ủy viên ban thường vụ dự kiến',
	'standingCommittee.candidates': 'số người trong danh sách bầu ban thường vụ',
} as const;

export type PlanFigure = keyof typeof PLAN_FIGURES;
const FIGURE_IDS = Object.keys(PLAN_FIGURES) as PlanFigure[];

const figure = z.enum(FIGURE_IDS, {
	error: (issue) =>
		`«${String(issue.input)}» không phải số liệu của đề án nhân sự; dùng một trong: ${FIGURE_IDS.join(', ')}`,
});

const threshold = z
	.string({ error: 'ngưỡng ghi dạng «15%» hoặc «1/3»' })
	.refine((v) => parseThreshold(v) !== undefined, {
		error: (issue) => `ngưỡng ghi dạng «15%» hoặc «1/3» (đang ghi «${String(issue.input)}»)`,
	});

export const COMPARISONS = ['at-least', 'at-most', 'between'] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'mã (id) chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ «ty-le-nu»',
});

export interface RuleIds {
	/** Registry ids (content/directives). */
	directives: (id: string) => boolean;
	/** Report ids (content/reports). */
	reports: (id: string) => boolean;
	levels: readonly string[];
	terms: readonly string[];
}

function listed(ids: readonly string[], what: string) {
	return z.string().refine((v) => ids.includes(v), {
		error: (issue) => `«${String(issue.input)}» không phải ${what}; dùng một trong: ${ids.join(', ')}`,
	});
}

const ruleObject = (ids: RuleIds) =>
	z
		.strictObject({
			id: slug,
			title: text,
			measure: z.discriminatedUnion(
				'kind',
				[
					z.strictObject({ kind: z.literal('share'), part: figure, whole: figure }),
					z.strictObject({ kind: z.literal('surplus'), candidates: figure, seats: figure }),
				],
				{ error: 'measure.kind phải là share (tỷ lệ) hoặc surplus (số dư)' }
			),
			comparison: z.enum(COMPARISONS, { error: `comparison phải là một trong: ${COMPARISONS.join(', ')}` }),
			threshold: z.union([threshold, z.tuple([threshold, threshold])], {
				error: 'ngưỡng ghi dạng «15%», «1/3», hoặc hai ngưỡng [«10%», «15%»] khi comparison là between',
			}),
			source: z
				.string()
				.refine(ids.directives, {
					error: (issue) => `văn bản «${String(issue.input)}» không có trong danh mục văn bản (content/directives/)`,
				})
				.optional(),
			report: z
				.string()
				.refine(ids.reports, {
					error: (issue) => `tư liệu «${String(issue.input)}» không có trong danh mục tư liệu (content/reports/)`,
				})
				.optional(),
			says: text,
			levels: z.array(listed(ids.levels, 'cấp đã khai báo (levels.yaml)')).min(1, { error: 'cần ít nhất một cấp' }),
			organizationTypes: z
				.array(z.enum(ORGANIZATION_TYPES, { error: `loại tổ chức đảng phải là một trong: ${ORGANIZATION_TYPES.join(', ')}` }))
				.optional(),
			term: listed(ids.terms, 'nhiệm kỳ đã khai báo (terms.yaml)'),
			/** Where the source set the figure, when it is a local one: «Quận Hoàn Kiếm, Hà Nội». */
			locality: text.optional(),
			/** Handbook page that explains the rule: «/nhan-su/co-cau-ty-le/». */
			page: z
				.string()
				.regex(/^\/[a-z0-9/-]*\/$/, { error: 'đường dẫn trang cẩm nang ghi dạng /chu-de/trang/' })
				.optional(),
			note: text.optional(),
		})
		.superRefine((rule, ctx) => {
			if (!rule.source === !rule.report) {
				ctx.addIssue({
					code: 'custom',
					path: ['source'],
					message: 'ghi đúng một nguồn: source (mã văn bản) hoặc report (mã tư liệu)',
				});
			}
			const pair = Array.isArray(rule.threshold);
			if (pair !== (rule.comparison === 'between')) {
				ctx.addIssue({
					code: 'custom',
					path: ['threshold'],
					message: pair
						? 'hai ngưỡng chỉ dùng với comparison: between'
						: 'comparison: between cần hai ngưỡng, ví dụ [10%, 15%]',
				});
			} else if (pair) {
				const [lo, hi] = (rule.threshold as [string, string]).map((t) => parseThreshold(t)!);
				if (lo!.num * hi!.den > hi!.num * lo!.den) {
					ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'ngưỡng dưới phải nhỏ hơn hoặc bằng ngưỡng trên' });
				}
			}
		});

/** Schema of one rules file: `rules:` followed by the list. Ids are unique within the file. */
export function rulesFileSchema(ids: RuleIds) {
	return z.preprocess(
		deepNfc,
		z
			.strictObject({ rules: z.array(ruleObject(ids)).min(1, { error: 'cần ít nhất một quy tắc' }) })
			.superRefine((file, ctx) => {
				const seen = new Set<string>();
				file.rules.forEach((r, i) => {
					if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `mã «${r.id}» bị trùng` });
					seen.add(r.id);
				});
			})
	);
}

export type Rule = z.infer<ReturnType<typeof ruleObject>>;
