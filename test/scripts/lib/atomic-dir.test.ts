import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../scripts/lib/atomic-dir.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
	const d = mkdtempSync(join(tmpdir(), 'cndh-atomic-'));
	dirs.push(d);
	return d;
};

/** A pid no process has: above Linux's pid_max (4194304). */
const DEAD_PID = 9_999_999;

describe('atomic output folder', () => {
	it('staging folder left by a killed build: removed at the next build', async () => {
		const dir = tmp();
		mkdirSync(join(dir, '.build', `staging-${DEAD_PID}`, 'sub'), { recursive: true });
		writeFileSync(join(dir, '.build', `staging-${DEAD_PID}`, 'sub', 'cam-nang.pdf'), 'nửa chừng');
		await writeAtomically(join(dir, 'dist'), async (staging) => {
			mkdirSync(staging);
			writeFileSync(join(staging, 'index.html'), 'mới');
		});
		expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('mới');
		expect(readdirSync(dir)).toEqual(['dist']);
	});

	it('leaves a running build\'s folder alone', async () => {
		const dir = tmp();
		// pid 1 always runs.
		mkdirSync(join(dir, '.build', 'staging-1'), { recursive: true });
		await writeAtomically(join(dir, 'dist'), async (staging) => mkdirSync(staging));
		expect(readdirSync(join(dir, '.build'))).toEqual(['staging-1']);
	});

	it('a failed build: previous output kept, staging and .build removed', async () => {
		const dir = tmp();
		mkdirSync(join(dir, 'dist'));
		writeFileSync(join(dir, 'dist', 'index.html'), 'cũ');
		await expect(
			writeAtomically(join(dir, 'dist'), async (staging) => {
				mkdirSync(staging);
				writeFileSync(join(staging, 'index.html'), 'mới');
				throw new Error('bước PDF thất bại');
			})
		).rejects.toThrow('bước PDF thất bại');
		expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('cũ');
		expect(existsSync(join(dir, '.build'))).toBe(false);
	});
});
