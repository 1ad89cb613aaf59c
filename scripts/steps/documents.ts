import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentDir } from '../../src/lib/content/paths.ts';
import { loadTemplateMetas, templatesDir } from '../../src/lib/content/templates.ts';
import { packetName, packetZip, renderBlank, renderCongress, type GeneratedFile } from '../../src/lib/documents/packet.ts';
import { makeRoutes } from '../../src/lib/routes.ts';
import type { BuildStepContext } from '../build.ts';
import { compileTemplates } from '../lib/templates.ts';

/**
 * Build step: every template's blank version under /bieu-mau/<id>/, and every example congress's
 * filled documents and .zip packet under /bieu-mau/dai-hoi/<congress-id>/. Everything is rendered
 * in memory first, so a bad template or congress fails the build before a single file is written.
 * The raw templates and their descriptions are published under /bieu-mau/mau-goc/ for the in-browser
 * packet builder, which renders them with the same code (src/lib/documents).
 */
export const documentsStep = {
	name: 'biểu mẫu',
	async run({ root, outDir, content, address }: BuildStepContext): Promise<void> {
		const metas = loadTemplateMetas(root, contentDir(root), content.directives.map((d) => d.id));
		const compiled = await compileTemplates(root, metas);
		const out: { dir: string; files: { name: string; bytes: Uint8Array }[] }[] = [];
		for (const meta of metas) out.push({ dir: join('bieu-mau', meta.id), files: [await renderBlank(meta, compiled, content.electionRules)] });
		for (const c of content.congresses) {
			const id = basename(c.file).replace(/\.md$/, '');
			const files: GeneratedFile[] = await renderCongress(c.data, metas, compiled, content.electionRules, content.rules);
			out.push({ dir: join('bieu-mau', 'dai-hoi', id), files: [...files, { name: packetName(id), bytes: packetZip(files) }] });
		}
		const sources = metas.map((m) => ({ name: `${m.id}.docx`, bytes: new Uint8Array(readFileSync(join(templatesDir(root), `${m.id}.docx`))) }));
		const index = JSON.stringify(metas.map((m) => ({ ...m, href: makeRoutes(address.base).rawTemplate(`${m.id}.docx`) })));
		out.push({ dir: join('bieu-mau', 'mau-goc'), files: [...sources, { name: 'templates.json', bytes: new TextEncoder().encode(index) }] });
		for (const { dir, files } of out) {
			mkdirSync(join(outDir, dir), { recursive: true });
			for (const f of files) writeFileSync(join(outDir, dir, f.name), f.bytes);
		}
	},
};
