import { loadTemplateMetas } from '../content/templates.ts';
import { sitePaths } from '../routes.ts';

/** A Word template as the book's appendix lists it: title, what it is, its page on the site. */
export interface TemplateEntry {
	id: string;
	title: string;
	description: string;
	href: string;
}

/**
 * The templates the site publishes under /bieu-mau/, read with the templates feature's own loader
 * and schema (templates/<id>.yaml), in the same fixed order as the site.
 */
export function listTemplates(root: string, contentDir: string, directiveIds: readonly string[]): TemplateEntry[] {
	return loadTemplateMetas(root, contentDir, directiveIds).map((t) => ({
		id: t.id,
		title: t.title,
		description: t.description,
		href: sitePaths.template(t.id),
	}));
}
