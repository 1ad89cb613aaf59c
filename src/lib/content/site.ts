import { join } from 'node:path';
import { z } from 'zod';
import { isoDate, text } from './common.ts';
import { ContentError, problemsFromZod } from './errors.ts';
import { displayPath, parseYaml, readText } from './files.ts';

export const siteSchema = z.strictObject({
	name: text,
	tagline: text,
	locality: text,
	term: z.string().regex(/^\d{4}-\d{4}$/, { error: 'nhiệm kỳ ghi dạng 2020-2025' }),
	/** Which round of congresses the edition covers and that some of its documents were replaced since. */
	scope: text,
	edition: isoDate,
});

export type Site = z.infer<typeof siteSchema>;

export function loadSite(root: string, contentDir: string): Site {
	const path = join(contentDir, 'site.yaml');
	const file = displayPath(root, path);
	const parsed = siteSchema.safeParse(parseYaml(readText(path), file));
	if (!parsed.success) throw new ContentError(problemsFromZod(file, parsed.error));
	return parsed.data;
}
