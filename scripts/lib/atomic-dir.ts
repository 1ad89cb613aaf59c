import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Folders of one run: `staging-<pid>` (being built), `previous-<pid>` (the output being replaced). */
const RUN_FOLDER = /^(?:staging|previous)-(\d+)$/;

function isRunning(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		// EPERM: the process exists but belongs to someone else.
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes what a run that was killed (kill -9, power cut) left in the work folder: its staging
 * copy is never going to be swapped in. Folders of runs still going are left alone.
 */
export function removeStaleRuns(work: string): void {
	let names: string[];
	try {
		names = readdirSync(work);
	} catch {
		return;
	}
	for (const name of names) {
		const m = RUN_FOLDER.exec(name);
		if (m && !isRunning(Number(m[1]))) rmSync(join(work, name), { recursive: true, force: true });
	}
}

/**
 * Builds into a staging folder next to the target (in `.build/` beside it) and swaps it in only
 * when every step passed, so a failed build leaves the previous output intact (or none at all),
 * never a half-written one. The staging folder is removed whatever happens, and `.build/` too when
 * nothing else is in it; a staging folder left by a killed run is removed at the next run.
 */
export async function writeAtomically(target: string, build: (staging: string) => Promise<void>): Promise<void> {
	const abs = resolve(target);
	const work = join(dirname(abs), '.build');
	const staging = join(work, `staging-${process.pid}`);
	const old = join(work, `previous-${process.pid}`);
	mkdirSync(work, { recursive: true });
	removeStaleRuns(work);
	rmSync(staging, { recursive: true, force: true });
	try {
		await build(staging);
		const hadOld = existsSync(abs);
		if (hadOld) renameSync(abs, old);
		try {
			renameSync(staging, abs);
		} catch (e) {
			// Put the previous output back: the target is never left missing.
			if (hadOld) renameSync(old, abs);
			throw e;
		}
		rmSync(old, { recursive: true, force: true });
	} finally {
		rmSync(staging, { recursive: true, force: true });
		try {
			rmdirSync(work);
		} catch {
			// Not empty: another run's folder, or something of the user's.
		}
	}
}
