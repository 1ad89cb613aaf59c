import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Builds into a staging folder next to the target and swaps it in only when every step passed,
 * so a failed build leaves the previous output intact (or none at all), never a half-written one.
 */
export async function writeAtomically(target: string, build: (staging: string) => Promise<void>): Promise<void> {
	const abs = resolve(target);
	const work = join(dirname(abs), '.build');
	const staging = join(work, `staging-${process.pid}`);
	const old = join(work, `previous-${process.pid}`);
	mkdirSync(work, { recursive: true });
	rmSync(staging, { recursive: true, force: true });
	try {
		await build(staging);
	} catch (e) {
		rmSync(staging, { recursive: true, force: true });
		throw e;
	}
	if (existsSync(abs)) renameSync(abs, old);
	renameSync(staging, abs);
	rmSync(old, { recursive: true, force: true });
}
