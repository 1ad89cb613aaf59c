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

describe('npm run documents against the reliability review', () => {
	/** A box with --out inside it and the user's files around it, to prove nothing outside <out>/<id>/ changes. */
	function box() {
		const dir = tmp();
		mkdirSync(join(dir, 'parent', 'sibling-dir'), { recursive: true });
		writeFileSync(join(dir, 'parent', 'sibling.txt'), 'của người dùng');
		writeFileSync(join(dir, 'parent', 'sibling-dir', 'a.txt'), 'của người dùng');
		return { dir, out: join(dir, 'parent', 'out'), before: files(dir) };
	}
	const congress = readFileSync('content/congresses/thanh-chan.md', 'utf8');

	it.each(['...md', '.md', '..md', 'Đại hội.md', 'a b.md'])('packet id from «%s»: refused, nothing written anywhere', (name) => {
		const { dir, out, before } = box();
		writeFileSync(join(dir, name), congress);
		const run = cli([join(dir, name), '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`«${name}» không dùng được`);
		expect(files(dir).filter((f) => !f.endsWith(name))).toEqual(before);
		expect(existsSync(out)).toBe(false);
	});

	it('the packet id of a file saved by the packet builder (dai-hoi-x.cndh.md) is its slug', () => {
		const { dir, out } = box();
		writeFileSync(join(dir, 'dai-hoi-thanh-chan.cndh.md'), congress);
		const run = cli([join(dir, 'dai-hoi-thanh-chan.cndh.md'), '--out', out]);
		expect(run.status, run.stderr).toBe(0);
		expect(readdirSync(out)).toEqual(['dai-hoi-thanh-chan']);
		expect(readdirSync(join(out, 'dai-hoi-thanh-chan'))).toContain('bo-van-ban-dai-hoi-thanh-chan.zip');
	});

	it('control characters: refused with the field named, no malformed .docx written', () => {
		const { dir, out } = box();
		for (const [i, ch] of ['\\v', '\\x01', '\\f', '\\uD800', '\\uFFFF'].entries()) {
			const file = join(dir, `dieu-khien-${i}.md`);
			writeFileSync(file, congress.replace('name: Đảng bộ xã Thanh Chăn', `name: "Đảng bộ xã${ch}Thanh Chăn"`));
			const run = cli([file, '--out', out]);
			expect(run.status, ch).toBe(1);
			expect(run.stderr, ch).toMatch(/trường «organization\.name»: có ký tự điều khiển không in được \(U\+[0-9A-F]{4}\)/);
		}
		expect(existsSync(out)).toBe(false);
	});

	it('alias bomb: a named error, nothing written', () => {
		const { dir, out } = box();
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)];
		writeFileSync(join(dir, 'bom.md'), `---\n${bomb.join('\n')}\n---\n`);
		const run = cli([join(dir, 'bom.md'), '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('bom.md: không đọc được YAML: tệp có quá nhiều tham chiếu');
		expect(existsSync(out)).toBe(false);
	});

	it('a 20 MB file: refused by its size, nothing written', () => {
		const { dir, out } = box();
		writeFileSync(join(dir, 'lon.md'), `---\norganization:\n  name: "${'x'.repeat(20_000_000)}"\n---\n`);
		const run = cli([join(dir, 'lon.md'), '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/lon\.md: không đọc được tệp: tệp quá lớn \(20 MB; tối đa 1 MB\)/);
		expect(existsSync(out)).toBe(false);
	});

	it('user files in <out>/<id>/: the run is refused and they stay', () => {
		const { out } = box();
		mkdirSync(join(out, 'thanh-chan'), { recursive: true });
		writeFileSync(join(out, 'thanh-chan', 'ghi-chu.txt'), 'ghi chú của tôi');
		const run = cli(['content/congresses/thanh-chan.md', '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${join(out, 'thanh-chan', 'ghi-chu.txt')}: không do công cụ này tạo ra`);
		expect(readdirSync(join(out, 'thanh-chan'))).toEqual(['ghi-chu.txt']);
	});

	it('regenerating replaces only what the tool wrote', () => {
		const { dir, out, before } = box();
		expect(cli(['content/congresses/thanh-chan.md', '--out', out]).status).toBe(0);
		const first = readdirSync(join(out, 'thanh-chan')).sort();
		const run = cli(['content/congresses/thanh-chan.md', '--out', out]);
		expect(run.status, run.stderr).toBe(0);
		expect(readdirSync(join(out, 'thanh-chan')).sort()).toEqual(first);
		expect(readdirSync(out)).toEqual(['thanh-chan']);
		expect(files(dir).filter((f) => !f.startsWith(out))).toEqual(before);
	});

	it('one of several packets fails: says which were written, removes staging', () => {
		const { dir, out, before } = box();
		// A valid name whose packet .zip name is longer than a file name may be: the write fails.
		const long = join(dir, `${'x'.repeat(245)}.md`);
		writeFileSync(long, congress);
		const run = cli(['content/congresses/dong-xuan.md', long, '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`không ghi được ${join(out, 'x'.repeat(245))}/`);
		expect(run.stderr).toContain(`Đã ghi xong: ${join(out, 'dong-xuan')}/.`);
		expect(run.stderr).not.toContain('Không ghi gì');
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(readdirSync(out)).toEqual(['dong-xuan']);
		expect(files(dir).filter((f) => !f.startsWith(out) && f !== long)).toEqual(before);
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
