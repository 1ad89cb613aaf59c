import { z } from 'zod';
import type { Resolve, ResolveReport } from '../citations/find.ts';
import { readYamlCollection } from './collection.ts';
import { deepNfc, isoDate, oneOf, text } from './common.ts';
import { checkSourceRef, pagePath, requireSource, sourceRefFields } from './refs.ts';
import { ids, type Taxonomies } from './taxonomies.ts';

/** A month, `2019-08`, for plans that say "từ tháng 8/2019" or "trong tháng 10/2019". */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
	error: 'cần một tháng dạng NĂM-THÁNG, ví dụ 2019-10',
});

/** A day or, when the plan gives only the month, a month. */
export const dayOrMonth = z.union([isoMonth, isoDate], {
	error: 'cần một ngày dạng NĂM-THÁNG-NGÀY (2020-05-15) hoặc một tháng dạng NĂM-THÁNG (2019-10)',
});

/**
 * When a task is due, as plans phrase it: `in` a month ("trong tháng 10/2019"), `before` a day
 * ("trước ngày 15/5/2020"), optionally starting `from` a month ("bắt đầu từ tháng 4").
 * No `due` means "within the phase".
 */
const due = z
	.strictObject({ from: isoMonth.optional(), in: isoMonth.optional(), before: isoDate.optional() })
	.refine((d) => d.in || d.before, { error: 'hạn cần «in» (trong tháng, 2019-10) hoặc «before» (trước ngày, 2020-05-15)' });

const task = z.strictObject({
	what: text,
	who: text,
	due: due.optional(),
	/** Handbook page that explains the task. */
	page: pagePath.optional(),
});

/**
 * A phased plan (`content/timelines/<id>.yaml`), shown by `<Timeline id="<id>" />`. A phase may
 * name the road-map stage it carries out (stages.yaml): its dates are then that plan's example
 * for the stage, with the plan as source.
 */
export function timelineSchema(tax: Taxonomies) {
	return z.preprocess(
		deepNfc,
		z
			.strictObject({
				title: text,
				...sourceRefFields,
				phases: z
					.array(
						z.strictObject({
							title: text,
							stage: oneOf(ids(tax.stages), 'bước (stages.yaml)').optional(),
							from: dayOrMonth,
							to: isoDate,
							tasks: z.array(task).min(1, { error: 'cần ít nhất một việc' }),
						}),
						{ error: 'cần danh sách «phases», mỗi giai đoạn một mục' }
					)
					.min(1, { error: 'cần ít nhất một giai đoạn' }),
			})
			.superRefine(requireSource)
	);
}

export type Timeline = z.infer<ReturnType<typeof timelineSchema>>;
export type TimelineTask = Timeline['phases'][number]['tasks'][number];

export function readTimelines(root: string, contentDir: string, tax: Taxonomies, resolve: Resolve, resolveReport: ResolveReport) {
	const result = readYamlCollection(root, contentDir, 'timelines', timelineSchema(tax), 'dien-bien.yaml');
	for (const { file, data } of result.entries) {
		result.problems.push(...checkSourceRef(file, '', data, resolve, resolveReport));
		data.phases.forEach((p, i) => {
			if (p.from.slice(0, p.to.length) > p.to) {
				result.problems.push({ file, field: `phases.${i}.to`, message: `giai đoạn kết thúc (${p.to}) trước khi bắt đầu (${p.from})` });
			}
		});
	}
	return result;
}
