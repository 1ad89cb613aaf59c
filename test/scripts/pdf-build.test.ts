import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture } from '../support/content-fixture.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('npm run build without a browser for the PDF edition', () => {
	it('says so in Vietnamese, names CHROMIUM_PATH, exits ≠ 0 and keeps the previous site', () => {
		const fx = contentFixture();
		cleanup = fx.cleanup;
		const outDir = join(fx.root, 'dist');
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'index.html'), 'bản dựng trước');
		const run = spawnSync(process.execPath, ['scripts/build.ts'], {
			encoding: 'utf8',
			env: { ...process.env, CNDH_CONTENT_DIR: fx.dir, CNDH_OUT_DIR: outDir, CHROMIUM_PATH: join(fx.root, 'khong-co-trinh-duyet') },
		});
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('Không dựng được bản PDF');
		expect(run.stderr).toContain('CHROMIUM_PATH');
		// The message is for editors: no stack trace under it.
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản dựng trước');
		expect(existsSync(join(outDir, 'cam-nang.pdf'))).toBe(false);
	});

	it('is not needed for a quick site build with --no-pdf: the site is built, without the PDF files', () => {
		const fx = contentFixture();
		cleanup = fx.cleanup;
		const outDir = join(fx.root, 'dist');
		const run = spawnSync(process.execPath, ['scripts/build.ts', '--no-pdf'], {
			encoding: 'utf8',
			env: { ...process.env, CNDH_CONTENT_DIR: fx.dir, CNDH_OUT_DIR: outDir, CHROMIUM_PATH: join(fx.root, 'khong-co-trinh-duyet') },
		});
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('PDF: bỏ qua');
		expect(existsSync(join(outDir, 'tong-quan/lo-trinh/index.html'))).toBe(true);
		expect(existsSync(join(outDir, 'pagefind'))).toBe(true);
		expect(existsSync(join(outDir, 'cam-nang.pdf'))).toBe(false);
	});
});
