import { z } from 'zod';
import { deepNfc, isoDate, text } from './common.ts';

/**
 * Structured data of one congress (`content/congresses/*.md` front matter): the input of every
 * generated document. Shared by the build, the `documents` CLI and the in-browser form.
 */
export const ORGANIZATION_TYPES = ['chi-bo-co-so', 'dang-bo-co-so', 'dang-bo-cap-tren-co-so'] as const;

export const organizationSchema = z.strictObject({
	name: text,
	type: z.enum(ORGANIZATION_TYPES, {
		error: `loại tổ chức đảng phải là một trong: ${ORGANIZATION_TYPES.join(', ')}`,
	}),
	upperBody: text,
	place: text,
});

export const congressSchema = z.preprocess(deepNfc, z.strictObject({
	organization: organizationSchema,
	congress: z.strictObject({
		number: text,
		term: z.string().regex(/^\d{4}-\d{4}$/, { error: 'nhiệm kỳ ghi dạng 2020-2025' }),
		dates: z.array(isoDate).min(1, { error: 'cần ít nhất một ngày đại hội' }),
		venue: text.optional(),
	}),
}));

export type Congress = z.infer<typeof congressSchema>;
