import { join } from 'node:path';
import { z } from 'zod';
import { text } from './common.ts';
import { ContentError, problemsFromZod, type ContentProblem } from './errors.ts';
import { displayPath, parseYaml, readText } from './files.ts';

const slugId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'mã (id) chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ «nhan-su»',
	});

export const levelSchema = z.strictObject({ id: slugId, name: text, short: text });
export const kindSchema = z.strictObject({ id: slugId, name: text, symbol: text.optional() });
export const topicSchema = z.strictObject({ id: slugId, name: text });
export const termSchema = z.strictObject({
	id: z.string().regex(/^\d{4}-\d{4}$/, { error: 'nhiệm kỳ ghi dạng 2020-2025' }),
	name: text,
	start: z.number().int(),
	end: z.number().int(),
});
/** A stage of the road map (stages.yaml), in order; pages and checklist items may name one. */
export const stageSchema = z.strictObject({ id: slugId, name: text, summary: text });
export const issuerSchema = z.strictObject({
	id: slugId,
	name: text,
	level: slugId,
	locality: text.optional(),
});

export type Level = z.infer<typeof levelSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Term = z.infer<typeof termSchema>;
export type Issuer = z.infer<typeof issuerSchema>;
export type Stage = z.infer<typeof stageSchema>;

export interface Taxonomies {
	levels: Level[];
	kinds: Kind[];
	topics: Topic[];
	terms: Term[];
	issuers: Issuer[];
	stages: Stage[];
}

const files = {
	levels: levelSchema,
	kinds: kindSchema,
	topics: topicSchema,
	terms: termSchema,
	issuers: issuerSchema,
	stages: stageSchema,
} as const;

/** Reads and validates every taxonomy file in `<contentDir>/taxonomies/`. */
export function loadTaxonomies(root: string, contentDir: string): Taxonomies {
	const problems: ContentProblem[] = [];
	const out: Partial<Record<keyof typeof files, unknown[]>> = {};
	for (const [name, schema] of Object.entries(files) as [keyof typeof files, z.ZodType][]) {
		const path = join(contentDir, 'taxonomies', `${name}.yaml`);
		const file = displayPath(root, path);
		let raw: unknown;
		try {
			raw = parseYaml(readText(path), file);
		} catch (e) {
			if (e instanceof ContentError) problems.push(...e.problems);
			else problems.push({ file, message: 'không tìm thấy tệp danh mục này' });
			continue;
		}
		const parsed = z.array(schema, { error: 'cần một danh sách (mỗi mục bắt đầu bằng «- id:»)' }).safeParse(raw);
		if (!parsed.success) {
			problems.push(...problemsFromZod(file, parsed.error));
			continue;
		}
		const seen = new Set<string>();
		for (const [i, item] of (parsed.data as { id: string }[]).entries()) {
			if (seen.has(item.id)) problems.push({ file, field: `${i}.id`, message: `mã «${item.id}» bị trùng` });
			seen.add(item.id);
		}
		out[name] = parsed.data;
	}
	const tax = out as Taxonomies;
	if (tax.issuers && tax.levels) {
		const levelIds = tax.levels.map((l) => l.id);
		tax.issuers.forEach((issuer, i) => {
			if (!levelIds.includes(issuer.level)) {
				problems.push({
					file: displayPath(root, join(contentDir, 'taxonomies', 'issuers.yaml')),
					field: `${i}.level`,
					message: `cấp «${issuer.level}» chưa khai báo trong levels.yaml; dùng một trong: ${levelIds.join(', ')}`,
				});
			}
		});
	}
	if (problems.length) throw new ContentError(problems);
	return tax;
}

export const ids = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id);
