import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { contentDir, projectRoot } from '../../../src/lib/content/paths.ts';
import { TEMPLATE_IDS } from '../../../src/lib/documents/meta.ts';
import { listTemplates } from '../../../src/lib/pdf/templates-list.ts';

describe('listTemplates', () => {
	it('lists every template the site publishes, in the site’s order, with its title and page', () => {
		const root = projectRoot();
		const content = checkContent(root, contentDir(root));
		const templates = listTemplates(root, contentDir(root), content.directives.map((d) => d.id));
		expect(templates.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
		for (const t of templates) {
			expect(t.href).toBe(`/bieu-mau/${t.id}/`);
			expect(t.title.length).toBeGreaterThan(0);
			expect(t.description.length).toBeGreaterThan(0);
		}
	});
});
