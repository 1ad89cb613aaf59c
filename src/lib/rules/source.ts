import { sitePaths, type Routes } from '../routes.ts';
import type { Rule } from './schema.ts';

/** Where a rule's source is described on the site: its registry page or its entry on /tu-lieu/. */
export function ruleSourceHref(rule: Rule, routes: Pick<Routes, 'directiveById' | 'report'> = sitePaths): string {
	return rule.source ? routes.directiveById(rule.source) : routes.report(rule.report!);
}
