import { z } from 'zod';
import type { Resolve, ResolveReport } from '../citations/find.ts';
import { readYamlCollection, type YamlEntry } from './collection.ts';
import { deepNfc, oneOf, text } from './common.ts';
import type { ContentProblem } from './errors.ts';
import { checkSourceRef, requireSource, sourceRefFields } from './refs.ts';
import { ids, type Taxonomies } from './taxonomies.ts';

/**
 * One point on which several levels speak (`content/comparisons/<id>.yaml`), shown by
 * `<LevelComparison id="<id>" />` with each level's statement and its source side by side.
 */
export function comparisonSchema(tax: Taxonomies) {
	const entry = z
		.strictObject({
			level: oneOf(ids(tax.levels), 'cấp (levels.yaml)'),
			locality: text.optional(),
			...sourceRefFields,
			says: text,
		})
		.superRefine(requireSource);
	return z.preprocess(
		deepNfc,
		z.strictObject({
			title: text,
			topic: oneOf(ids(tax.topics), 'chủ đề (topics.yaml)'),
			entries: z.array(entry, { error: 'cần danh sách «entries», mỗi cấp một mục' }).min(1, { error: 'cần ít nhất một mục' }),
			note: text.optional(),
		})
	);
}

export type Comparison = z.infer<ReturnType<typeof comparisonSchema>>;

export function readComparisons(root: string, contentDir: string, tax: Taxonomies, resolve: Resolve, resolveReport: ResolveReport) {
	const result = readYamlCollection(root, contentDir, 'comparisons', comparisonSchema(tax), 'ty-le-nu-can-bo-tre.yaml');
	const order = ids(tax.levels);
	for (const { file, data } of result.entries) {
		data.entries.forEach((e, i) => result.problems.push(...checkSourceRef(file, `entries.${i}`, e, resolve, resolveReport)));
		// Top-down order is what readers compare along; a misplaced level is a slip worth naming.
		data.entries.forEach((e, i) => {
			const prev = data.entries[i - 1];
			if (prev && order.indexOf(e.level) < order.indexOf(prev.level)) {
				result.problems.push({
					file,
					field: `entries.${i}.level`,
					message: `các mục xếp từ cấp trên xuống cấp dưới (${order.join(', ')}); «${e.level}» đứng sau «${prev.level}»`,
				});
			}
		});
	}
	return result as typeof result & { entries: YamlEntry<Comparison>[]; problems: ContentProblem[] };
}
