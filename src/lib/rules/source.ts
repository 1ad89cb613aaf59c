import { directiveSlug } from '../citations/symbol.ts';
import type { Rule } from './schema.ts';

/** Where a rule's source is described on the site: its registry page or its report page. */
export function ruleSourceHref(rule: Rule): string {
	return rule.source ? `/van-ban/${directiveSlug(rule.source)}/` : `/tu-lieu/${rule.report}/`;
}
