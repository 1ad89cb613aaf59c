/**
 * Astro keeps its content-layer cache (parsed entries, the MDX modules to load) between builds of a
 * checkout, keyed to the files it read, but not to which content folder they came from: after a
 * build of another folder (CNDH_CONTENT_DIR, as the tests' fixture builds do) the next build would
 * reuse entries pointing into that folder, long deleted, and fail. A stamp beside the cache records
 * the folder of the last build; a build of another folder clears the cache first (Astro's `force`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const stampOf = (root: string) => join(root, '.astro', 'cndh-content-dir');

/** Builds `contentDir` with Astro's cache cleared when the last build read another folder. */
export async function withContentCache<T>(root: string, contentDir: string, build: (force: boolean) => Promise<T>): Promise<T> {
	const stamp = stampOf(root);
	const dir = resolve(root, contentDir);
	const force = !existsSync(stamp) || readFileSync(stamp, 'utf8') !== dir;
	// A build that stops half-way leaves no stamp, so the next one starts clean.
	rmSync(stamp, { force: true });
	const result = await build(force);
	mkdirSync(join(root, '.astro'), { recursive: true });
	writeFileSync(stamp, dir);
	return result;
}
