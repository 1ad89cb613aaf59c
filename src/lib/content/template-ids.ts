import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_IDS } from '../documents/meta.ts';
import { parseYaml, readText } from './files.ts';
import { templatesDir } from './templates.ts';
import { projectRoot } from './paths.ts';

/**
 * Checklist items link to the Word template that prevents a mistake (/bieu-mau/<id>/). The ids
 * are the templates feature's; the name shown is the template's own title (templates/<id>.yaml).
 */
export { TEMPLATE_IDS };

const names = new Map<string, string>();

export function templateName(id: string, root = projectRoot()): string {
	let name = names.get(id);
	if (name === undefined) {
		const file = join(templatesDir(root), `${id}.yaml`);
		const data = existsSync(file) ? (parseYaml(readText(file), file) as { title?: unknown } | null) : null;
		name = typeof data?.title === 'string' ? data.title : id;
		names.set(id, name);
	}
	return name;
}
