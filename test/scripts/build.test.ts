import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture } from '../support/content-fixture.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function buildWith(edit: Parameters<typeof contentFixture>[0], previous: boolean) {
	const fx = contentFixture(edit);
	cleanup = fx.cleanup;
	const outDir = join(fx.root, 'dist');
	if (previous) {
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'index.html'), 'bản dựng trước');
	}
	const run = spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, CNDH_CONTENT_DIR: fx.dir, CNDH_OUT_DIR: outDir },
	});
	return { run, outDir };
}

describe('npm run build with bad content', () => {
	it('fails with the file and field, and keeps the previous site untouched', () => {
		const { run, outDir } = buildWith(
			{ 'directives/35-ct-tw.yaml': (s) => s.replace('date: 2019-05-30', 'date: 30/5/2019') },
			true
		);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('directives/35-ct-tw.yaml — trường «date»');
		expect(run.stderr).toContain('NĂM-THÁNG-NGÀY');
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản dựng trước');
	});

	it('writes nothing when there was no previous site', () => {
		const { run, outDir } = buildWith(
			{
				'handbook/tong-quan/thu-nghiem.mdx':
					'---\ntitle: Thử\ndescription: Thử.\ntopic: tong-quan\nlevels: [co-so]\nsources: [35-CT/TW]\n---\n\nTheo Chỉ thị số 53-CT/TW.\n',
			},
			false
		);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/thu-nghiem\.mdx:9: .*53-CT\/TW/);
		expect(existsSync(outDir)).toBe(false);
	});
});
