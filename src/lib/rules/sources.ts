import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Directive } from '../content/directives.ts';
import { parseYaml, readText } from '../content/files.ts';
import type { Taxonomies } from '../content/taxonomies.ts';
import { directiveName } from '../registry/label.ts';
import type { Rule } from './schema.ts';
import { ruleSourceHref } from './source.ts';

export interface RuleSource {
	href: string;
	label: string;
}

/** How a report is named: its registered title, else its id. */
function reportLabel(dir: string, id: string): string {
	const path = join(dir, 'reports', `${id}.yaml`);
	if (!existsSync(path)) return id;
	const data = parseYaml(readText(path), path) as Record<string, unknown> | null;
	const title = data?.['title'] ?? data?.['name'];
	return typeof title === 'string' ? title : id;
}

/** Link and name of each rule's source, by rule id, for pages that show rule results (build time). */
export function ruleSources(dir: string, rules: Rule[], tax: Taxonomies, directives: Directive[]): Record<string, RuleSource> {
	return Object.fromEntries(
		rules.map((r) => {
			const d = r.source ? directives.find((x) => x.id === r.source) : undefined;
			const label = d ? directiveName(d, tax.kinds, tax.issuers) : reportLabel(dir, r.report ?? '');
			return [r.id, { href: ruleSourceHref(r), label }];
		})
	);
}
