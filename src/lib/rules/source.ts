import { reportHref } from '../citations/find.ts';
import { directiveSlug } from '../citations/symbol.ts';
import type { Rule } from './schema.ts';

/** Where a rule's source is described on the site: its registry page or its entry on /tu-lieu/. */
export function ruleSourceHref(rule: Rule): string {
	return rule.source ? `/van-ban/${directiveSlug(rule.source)}/` : reportHref(rule.report!);
}
