import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { packetZip, renderCongress } from '../../src/lib/documents/packet.ts';
import { useBrowser } from '../support/browser.ts';
import { loadProjectDocuments } from '../support/documents.ts';

const browser = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'cndh-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * One implementation, two callers: src/lib/documents bundled for the browser (as the packet
 * builder will bundle it) must produce the very bytes the build produces in Node.
 */
describe('document generation in the browser', () => {
	it('a browser bundle of src/lib/documents renders the Thanh Chăn packet byte for byte like Node', async () => {
		const entry = join(work, 'entry.ts');
		writeFileSync(entry, `export * from ${JSON.stringify(resolve('src/lib/documents/index.ts'))};\n`);
		await build({
			configFile: false,
			logLevel: 'error',
			build: { outDir: join(work, 'dist'), minify: false, lib: { entry, formats: ['iife'], name: 'cndhDocuments', fileName: () => 'documents.js' } },
		});
		const { metas, congresses, compiled, rules, personnelRules } = await loadProjectDocuments();
		const source = congresses.find((c) => c.file.endsWith('thanh-chan.md'))!;
		const expected = packetZip(await renderCongress(source.data, metas, compiled, rules, personnelRules));

		const page = await browser.page();
		await page.setContent('<!doctype html><html lang="vi"><body></body></html>');
		await page.addScriptTag({ content: readFileSync(join(work, 'dist/documents.js'), 'utf8') });
		const templates = Object.fromEntries(metas.map((m) => [m.id, [...readFileSync(`templates/${m.id}.docx`)]]));
		const zip = await page.evaluate(
			async ({ templates, metas, data, rules, personnelRules }) => {
				const lib = (globalThis as unknown as { cndhDocuments: typeof import('../../src/lib/documents/index.ts') }).cndhDocuments;
				const compiled = new Map();
				for (const [id, bytes] of Object.entries(templates)) compiled.set(id, await lib.compileTemplate(id, new Uint8Array(bytes)));
				const congress = lib.parseCongress(data, 'thanh-chan.md');
				return [...lib.packetZip(await lib.renderCongress(congress, metas, compiled, rules, personnelRules))];
			},
			{ templates, metas, data: JSON.parse(JSON.stringify(source.data)), rules, personnelRules }
		);
		expect(Buffer.from(zip).equals(Buffer.from(expected))).toBe(true);
		expect(page.seen.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
	}, 120_000);
});
