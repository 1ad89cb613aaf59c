import { basename } from 'node:path';
import type { z } from 'zod';
import { ContentError, problemsFromZod, type ContentProblem } from './errors.ts';
import { displayPath, listFiles, parseYaml, readText } from './files.ts';

/** File names are ids in one-file-per-entry collections (reports, comparisons, checklists…). */
export const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface YamlEntry<T> {
	/** The file name without extension. */
	id: string;
	/** Project-relative path, for messages. */
	file: string;
	data: T;
}

export interface YamlCollectionResult<T> {
	entries: YamlEntry<T>[];
	problems: ContentProblem[];
	/** Ids of files that exist but failed validation: references to them are not reported again. */
	invalidIds: string[];
}

/**
 * Parses one YAML file and validates it with `schema`; a YAML or schema problem is added to
 * `problems` (with file and field) and undefined returned, so callers report every file at once.
 */
export function readYamlFile<S extends z.ZodType>(path: string, file: string, schema: S, problems: ContentProblem[]): z.infer<S> | undefined {
	let raw: unknown;
	try {
		raw = parseYaml(readText(path), file);
	} catch (e) {
		if (!(e instanceof ContentError)) throw e;
		problems.push(...e.problems);
		return undefined;
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	problems.push(...problemsFromZod(file, parsed.error));
	return undefined;
}

/**
 * Reads every `<contentDir>/<folder>/*.yaml`, validating each with `schema` and collecting every
 * problem with file and field instead of stopping at the first.
 */
export function readYamlCollection<S extends z.ZodType>(
	root: string,
	contentDir: string,
	folder: string,
	schema: S,
	example: string
): YamlCollectionResult<z.infer<S>> {
	const entries: YamlEntry<z.infer<S>>[] = [];
	const problems: ContentProblem[] = [];
	const invalidIds: string[] = [];
	for (const path of listFiles(`${contentDir}/${folder}`, /\.ya?ml$/)) {
		const file = displayPath(root, path);
		const id = basename(path).replace(/\.ya?ml$/, '');
		if (!FILE_ID.test(id)) {
			problems.push({
				file,
				message: `tên tệp là mã của mục: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ «${example}»`,
			});
			continue;
		}
		const data = readYamlFile(path, file, schema, problems);
		if (data === undefined) invalidIds.push(id);
		else entries.push({ id, file, data });
	}
	return { entries, problems, invalidIds };
}
