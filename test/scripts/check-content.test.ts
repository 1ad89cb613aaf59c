import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extraParagraph, insertBeforeSection, rewriteTemplate } from '../support/documents.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** `npm run check` with one template replaced. */
function checkWith(id: string, bytes: Uint8Array) {
	dir = mkdtempSync(join(tmpdir(), 'cndh-check-'));
	const templates = join(dir, 'templates');
	cpSync('templates', templates, { recursive: true });
	writeFileSync(join(templates, `${id}.docx`), bytes);
	return spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8', env: { ...process.env, CNDH_TEMPLATES_DIR: templates } });
}

describe('npm run check against the reliability review', () => {
	it('ALIAS command: names the template, exit 1, no raw stack trace', () => {
		const run = checkWith('phieu-bau', rewriteTemplate('phieu-bau', (x) => insertBeforeSection(x, [extraParagraph('{{*ten}}')])));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('templates/phieu-bau.docx: lệnh «{{*ten}}»: lệnh ALIAS không được phép');
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});

	it('a template whose document.xml is broken XML: named, no raw stack trace', () => {
		const run = checkWith('phieu-bau', rewriteTemplate('phieu-bau', (x) => x.replace('<w:body>', '<w:body><w:p>')));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('templates/phieu-bau.docx');
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});
});
