import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Directive } from '../content/directives.ts';
import { ContentError, type ContentProblem } from '../content/errors.ts';
import { displayPath, listFiles } from '../content/files.ts';
import { readYamlFile } from '../content/collection.ts';
import type { Taxonomies } from '../content/taxonomies.ts';
import { rulesFileSchema, type Rule } from './schema.ts';

export interface RulesReading {
	rules: Rule[];
	problems: ContentProblem[];
}

/**
 * Report ids registered in content/reports/ (one `<id>.yaml` per report). The reports registry
 * may be absent from a content tree; then no report id can be checked and none is refused.
 */
function reportIds(dir: string): ((id: string) => boolean) {
	const reports = join(dir, 'reports');
	if (!existsSync(reports)) return () => true;
	const ids = new Set(listFiles(reports, /\.ya?ml$/).map((f) => basename(f).replace(/\.ya?ml$/, '')));
	return (id) => ids.has(id);
}

/** Reads and validates every `content/rules/*.yaml`, collecting problems instead of throwing. */
export function readRules(
	root: string,
	dir: string,
	tax: Taxonomies,
	directives: Directive[],
	/** Whether a handbook page exists at this address; unchecked when not given. */
	pageExists?: (href: string) => boolean
): RulesReading {
	const known = new Set(directives.map((d) => d.id));
	const schema = rulesFileSchema({
		directives: (id) => known.has(id),
		reports: reportIds(dir),
		levels: tax.levels.map((l) => l.id),
		terms: tax.terms.map((t) => t.id),
	});
	const rules: Rule[] = [];
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	for (const path of listFiles(join(dir, 'rules'), /\.ya?ml$/)) {
		const file = displayPath(root, path);
		const data = readYamlFile(path, file, schema, problems);
		if (!data) continue;
		data.rules.forEach((rule, i) => {
			const other = seen.get(rule.id);
			if (other) problems.push({ file, field: `rules.${i}.id`, message: `mã «${rule.id}» trùng với ${other}` });
			else seen.set(rule.id, file);
			if (rule.page && pageExists && !pageExists(rule.page)) {
				problems.push({ file, field: `rules.${i}.page`, message: `không có trang cẩm nang «${rule.page}» (content/handbook/)` });
			}
			rules.push(rule);
		});
	}
	return { rules, problems };
}

/** The validated rules, or a ContentError naming every problem. */
export function loadRules(root: string, dir: string, tax: Taxonomies, directives: Directive[]): Rule[] {
	const { rules, problems } = readRules(root, dir, tax, directives);
	if (problems.length) throw new ContentError(problems);
	return rules;
}
