import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture } from '../support/content-fixture.ts';
import { extraParagraph, insertBeforeSection, rewriteTemplate } from '../support/documents.ts';

const dirs: string[] = [];
let cleanup: (() => void) | undefined;
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	cleanup?.();
	cleanup = undefined;
});
const tmp = () => {
	const d = mkdtempSync(join(tmpdir(), 'cndh-documents-'));
	dirs.push(d);
	return d;
};
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
	spawnSync(process.execPath, ['scripts/documents.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.sort();

describe('npm run documents', () => {
	it('writes each congress packet, and the same bytes on every run', () => {
		const [a, b] = [tmp(), tmp()];
		for (const out of [a, b]) {
			const run = cli(['content/congresses/thanh-chan.md', 'content/congresses/dong-xuan.md', '--out', out]);
			expect(run.status, run.stderr).toBe(0);
		}
		const written = files(a);
		expect(written.map((f) => f.slice(a.length + 1))).toContain('thanh-chan/bo-van-ban-thanh-chan.zip');
		expect(written.map((f) => f.slice(a.length + 1))).toContain('dong-xuan/nghi-quyet-dai-hoi.docx');
		expect(written.filter((f) => f.endsWith('.docx')).length).toBe(22);
		for (const f of written) expect(readFileSync(f).equals(readFileSync(b + f.slice(a.length))), f).toBe(true);
	});

	it('rejects a bad congress file with the file and field in Vietnamese, exit ≠ 0, and writes nothing', () => {
		const dir = tmp();
		const bad = join(dir, 'sai.md');
		const source = readFileSync('content/congresses/thanh-chan.md', 'utf8').replace('attending: 106', 'attending: 120');
		writeFileSync(bad, source);
		const out = join(dir, 'out');
		const run = cli(['content/congresses/dong-xuan.md', bad, '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('sai.md — trường «delegates.attending»: số đại biểu có mặt (120) lớn hơn số đại biểu được triệu tập (106)');
		expect(existsSync(out)).toBe(false);
	});

	it('explains its usage when called without files or --out', () => {
		const run = cli([]);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('Cách dùng: npm run documents');
	});

	it('rejects a broken template with the template and command, writing nothing', () => {
		const dir = tmp();
		const templates = join(dir, 'templates');
		cpSync('templates', templates, { recursive: true });
		writeFileSync(join(templates, 'nghi-quyet-dai-hoi.docx'), rewriteTemplate('nghi-quyet-dai-hoi', (x) => insertBeforeSection(x, [extraParagraph('{{targets.value}}')])));
		const out = join(dir, 'out');
		const run = cli(['content/congresses/thanh-chan.md', '--out', out], { CNDH_TEMPLATES_DIR: templates });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('templates/nghi-quyet-dai-hoi.docx: lệnh «{{targets.value}}»: không có trường «targets.value»');
		expect(existsSync(out)).toBe(false);
	});
});

describe('npm run build with bad documents input', () => {
	function build(env: NodeJS.ProcessEnv, fx = contentFixture()) {
		cleanup = fx.cleanup;
		const outDir = join(fx.root, 'dist');
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'index.html'), 'bản dựng trước');
		const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, CNDH_CONTENT_DIR: fx.dir, CNDH_OUT_DIR: outDir, ...env } });
		return { run, outDir };
	}

	it('a congress whose figures do not add up fails the build, leaving the previous site', () => {
		const fx = contentFixture({ 'congresses/thanh-chan.md': (s) => s.replace('    seats: 14\n    elected: 14', '    seats: 14\n    elected: 15') });
		const { run, outDir } = build({}, fx);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('congresses/thanh-chan.md — trường «elections.0.elected»: số người trúng cử (15) nhiều hơn số lượng cần bầu (14)');
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản dựng trước');
	});

	it('a broken template fails the whole build: no pages, no documents, the previous site kept', () => {
		const templates = join(tmp(), 'templates');
		cpSync('templates', templates, { recursive: true });
		writeFileSync(join(templates, 'phieu-bau.docx'), rewriteTemplate('phieu-bau', (x) => insertBeforeSection(x, [extraParagraph('{{EXEC require("fs")}}')])));
		const { run, outDir } = build({ CNDH_TEMPLATES_DIR: templates });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('templates/phieu-bau.docx: lệnh «{{EXEC require("fs")}}»: lệnh EXEC không được phép');
		expect(readdirSync(outDir)).toEqual(['index.html']);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản dựng trước');
	}, 120_000);
});
