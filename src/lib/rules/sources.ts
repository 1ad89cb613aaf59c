import type { Directive } from '../content/directives.ts';
import type { Taxonomies } from '../content/taxonomies.ts';
import { reportLabel } from '../content/templates.ts';
import { directiveName } from '../registry/label.ts';
import type { Rule } from './schema.ts';
import type { Routes } from '../routes.ts';
import { ruleSourceHref } from './source.ts';

export interface RuleSource {
	href: string;
	label: string;
}

/** Link and name of each rule's source, by rule id, for pages that show rule results (build time). */
export function ruleSources(dir: string, rules: Rule[], tax: Taxonomies, directives: Directive[], routes: Pick<Routes, 'directiveById' | 'report'>): Record<string, RuleSource> {
	return Object.fromEntries(
		rules.map((r) => {
			const d = r.source ? directives.find((x) => x.id === r.source) : undefined;
			const label = d ? directiveName(d, tax.kinds, tax.issuers) : (reportLabel(dir, r.report ?? '') ?? r.report ?? '');
			return [r.id, { href: ruleSourceHref(r, routes), label }];
		})
	);
}
