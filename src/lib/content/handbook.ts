import { z } from 'zod';
import { oneOf, text } from './common.ts';
import { ids, type Taxonomies } from './taxonomies.ts';

/** Fields every handbook page must declare; site pages (registry, forms…) are exempt. */
const REQUIRED_ON_HANDBOOK = {
	description: 'cần một câu mô tả ngắn nội dung trang',
	topic: 'cần chủ đề của trang (một id trong topics.yaml, trùng tên thư mục chứa trang)',
	levels: 'cần danh sách các cấp áp dụng, ví dụ [co-so, huyen]',
	sources: 'cần danh sách mã văn bản nguồn, ví dụ ["35-CT/TW"]',
} as const;

/**
 * Front-matter fields a handbook page adds to Starlight's own (title, sidebar…). One schema serves
 * editors' pages and the site's own pages built with <StarlightPage>, which pass
 * `pageType: 'site'`; for handbook pages (the default) topic, levels and sources are required.
 */
export function handbookFields(tax: Taxonomies) {
	return z
		.object({
			pageType: z.enum(['handbook', 'site']).default('handbook'),
			description: text.optional(),
			topic: oneOf(ids(tax.topics), 'chủ đề (topics.yaml)').optional(),
			levels: z
				.array(oneOf(ids(tax.levels), 'cấp (levels.yaml)'), { error: REQUIRED_ON_HANDBOOK.levels })
				.min(1, { error: 'cần ít nhất một cấp áp dụng' })
				.optional(),
			sources: z
				.array(text, { error: REQUIRED_ON_HANDBOOK.sources })
				.min(1, { error: 'cần ít nhất một văn bản nguồn' })
				.optional(),
			/** The road-map stage the page belongs to (stages.yaml), when its content clearly does. */
			stage: oneOf(ids(tax.stages), 'bước (stages.yaml)').optional(),
			/** Source texts that are not directives (content/reports/ ids), next to `sources`. */
			reports: z.array(text, { error: 'cần danh sách mã tư liệu, ví dụ [hoan-kiem-2020-04-28]' }).optional(),
			/**
			 * Editor's note added to the notice a page gets when it cites a replaced document
			 * (what still holds, what to check in the new text).
			 */
			validityNote: text.optional(),
		})
		.superRefine((page, ctx) => {
			if (page.pageType !== 'handbook') return;
			for (const [field, message] of Object.entries(REQUIRED_ON_HANDBOOK)) {
				if (page[field as keyof typeof REQUIRED_ON_HANDBOOK] === undefined) {
					ctx.addIssue({ code: 'custom', path: [field], message: `thiếu trường bắt buộc: ${message}` });
				}
			}
		});
}

/** What the content checker validates for a handbook page (Starlight validates the rest). */
export function handbookPageSchema(tax: Taxonomies) {
	return z.looseObject({ title: text }).and(handbookFields(tax));
}

export type HandbookFields = z.infer<ReturnType<typeof handbookFields>>;
