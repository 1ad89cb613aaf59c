import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listFiles, parseYaml, readText } from '../content/files.ts';

/** A Word template as the book's appendix lists it: its title and its page on the site. */
export interface TemplateEntry {
	id: string;
	title: string;
	href: string;
}

/**
 * The templates editors keep in `templates/`, read from their metadata files (`*.yaml`: `id`,
 * `title`, optional `order`), so the appendix lists exactly what the site publishes under
 * /bieu-mau/ and no title is typed twice. A metadata file without a title is not a template entry and is skipped;
 * the templates' own checker reports it.
 */
export function listTemplates(root: string): TemplateEntry[] {
	const dir = join(root, 'templates');
	if (!existsSync(dir)) return [];
	const entries: (TemplateEntry & { order: number })[] = [];
	for (const path of listFiles(dir, /\.ya?ml$/)) {
		const data = parseYaml(readText(path), path) as Record<string, unknown> | null;
		if (!data || typeof data !== 'object') continue;
		const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : undefined;
		if (!title) continue;
		const id = typeof data.id === 'string' ? data.id : basename(path).replace(/\.ya?ml$/, '');
		entries.push({ id, title, href: `/bieu-mau/${id}/`, order: typeof data.order === 'number' ? data.order : Number.MAX_VALUE });
	}
	return entries
		.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
		.map(({ order: _order, ...entry }) => entry);
}
