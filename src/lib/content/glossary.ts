import { join } from 'node:path';
import { z } from 'zod';
import { directiveSlug } from '../citations/symbol.ts';
import { deepNfc, text } from './common.ts';
import { ContentError, problemsFromZod, type ContentProblem } from './errors.ts';
import { displayPath, parseYaml, readText } from './files.ts';

/** One abbreviation of `content/glossary.yaml`. */
export const glossaryEntrySchema = z.strictObject({
	term: z
		.string()
		.trim()
		.regex(/^[\p{Lu}\p{N}][\p{Lu}\p{N}&-]*$/u, { error: 'chữ viết tắt ghi bằng chữ hoa đúng như khi viết, ví dụ «TCCSĐ», «KT-XH»' }),
	expansion: text,
	note: text.optional(),
});

export const glossarySchema = z.preprocess(
	deepNfc,
	z.array(glossaryEntrySchema, { error: 'cần một danh sách (mỗi mục bắt đầu bằng «- term:»)' })
);

export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;
export interface GlossaryEntry extends GlossaryEntryData {
	/** Anchor on /thuat-ngu/: `TCCSĐ` → `tccsd`. */
	anchor: string;
}

export const glossaryAnchor = (term: string) => directiveSlug(term);

export function readGlossary(root: string, contentDir: string): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
	const path = join(contentDir, 'glossary.yaml');
	const file = displayPath(root, path);
	const problems: ContentProblem[] = [];
	let raw: unknown;
	try {
		raw = parseYaml(readText(path), file);
	} catch (e) {
		if (e instanceof ContentError) return { entries: [], problems: e.problems };
		return { entries: [], problems: [{ file, message: 'không tìm thấy tệp thuật ngữ' }] };
	}
	const parsed = glossarySchema.safeParse(raw);
	if (!parsed.success) return { entries: [], problems: problemsFromZod(file, parsed.error) };
	const seen = new Map<string, number>();
	const entries = parsed.data.map((e, i) => {
		const anchor = glossaryAnchor(e.term);
		const dupe = seen.get(anchor);
		if (dupe !== undefined) problems.push({ file, field: `${i}.term`, message: `«${e.term}» trùng với mục thứ ${dupe + 1}` });
		seen.set(anchor, i);
		return { ...e, anchor };
	});
	return { entries, problems };
}

export function loadGlossary(root: string, contentDir: string): GlossaryEntry[] {
	const { entries, problems } = readGlossary(root, contentDir);
	if (problems.length) throw new ContentError(problems);
	return entries;
}
