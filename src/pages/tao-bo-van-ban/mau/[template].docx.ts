import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { templatesDir } from '../../../lib/content/templates.ts';
import { projectRoot } from '../../../lib/content/paths.ts';
import { TEMPLATE_IDS } from '../../../lib/documents/meta.ts';

/**
 * The Word templates as they are in templates/, served from the site's own origin so the packet
 * builder fills them in the browser with the same code as the build (and caches them offline).
 */
export const getStaticPaths = (() => TEMPLATE_IDS.map((template) => ({ params: { template } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const bytes = readFileSync(join(templatesDir(projectRoot()), `${params.template}.docx`));
	return new Response(bytes, {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
};
