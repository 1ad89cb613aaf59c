import { z } from 'zod';
import type { Resolve, ResolveReport } from '../citations/find.ts';
import { readYamlCollection } from './collection.ts';
import { deepNfc, oneOf, text } from './common.ts';
import { checkSourceRef, pagePath, requireSource, sourceRefFields } from './refs.ts';
import { ids, type Taxonomies } from './taxonomies.ts';
import { TEMPLATE_IDS } from './template-ids.ts';

/** The three phases a checklist covers; one file each in content/checklists/. */
export const CHECKLIST_PHASES = ['truoc-dai-hoi', 'trong-dai-hoi', 'sau-dai-hoi'] as const;

const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'mã việc (id) chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang; đặt một lần rồi giữ nguyên, vì trình duyệt lưu dấu tích theo mã này',
});

const itemSchema = (tax: Taxonomies) => z
	.strictObject({
		id: itemId,
		text,
		...sourceRefFields,
		/** Handbook page that explains the item. */
		page: pagePath.optional(),
		/** Template (/bieu-mau/<id>/) that prevents the mistake or does the job. */
		template: z
			.string()
			.refine((v) => (TEMPLATE_IDS as readonly string[]).includes(v), {
				error: (issue) => `«${String(issue.input)}» không phải biểu mẫu đã có; dùng một trong: ${TEMPLATE_IDS.join(', ')}`,
			})
			.optional(),
		/** The item comes from a mistake seen at a pilot congress. */
		lesson: z.boolean({ error: 'ghi true hoặc bỏ trường này' }).optional(),
		/** The road-map stage the item belongs to (stages.yaml), when it clearly does. */
		stage: oneOf(ids(tax.stages), 'bước (stages.yaml)').optional(),
	})
	.superRefine(requireSource);

/** A checklist (`content/checklists/<phase>.yaml`), shown by `<Checklist id="<phase>" />`. */
export function checklistSchema(tax: Taxonomies) {
	return z.preprocess(
		deepNfc,
		z.strictObject({
			title: text,
			sections: z
				.array(z.strictObject({ title: text, items: z.array(itemSchema(tax)).min(1, { error: 'cần ít nhất một việc' }) }), {
					error: 'cần danh sách «sections», mỗi nhóm việc một mục',
				})
				.min(1, { error: 'cần ít nhất một nhóm việc' }),
		})
	);
}

export type Checklist = z.infer<ReturnType<typeof checklistSchema>>;
export type ChecklistItem = Checklist['sections'][number]['items'][number];

export function readChecklists(root: string, contentDir: string, tax: Taxonomies, resolve: Resolve, resolveReport: ResolveReport) {
	const result = readYamlCollection(root, contentDir, 'checklists', checklistSchema(tax), 'truoc-dai-hoi.yaml');
	for (const { id, file, data } of result.entries) {
		if (!(CHECKLIST_PHASES as readonly string[]).includes(id)) {
			result.problems.push({ file, message: `tên tệp phải là một trong: ${CHECKLIST_PHASES.map((p) => `${p}.yaml`).join(', ')}` });
		}
		const seen = new Map<string, string>();
		data.sections.forEach((s, i) =>
			s.items.forEach((it, j) => {
				const at = `sections.${i}.items.${j}`;
				const dupe = seen.get(it.id);
				if (dupe) result.problems.push({ file, field: `${at}.id`, message: `mã việc «${it.id}» trùng với ${dupe}` });
				seen.set(it.id, at);
				result.problems.push(...checkSourceRef(file, at, it, resolve, resolveReport));
			})
		);
	}
	return result;
}
