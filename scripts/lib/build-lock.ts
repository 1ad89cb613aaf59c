/**
 * Astro writes its generated modules and content cache into the project (`.astro/`,
 * `node_modules/.astro/`) whatever the content folder or output folder of the build. Two builds of
 * one checkout at the same time (an editor's `npm run build` beside the tests, or the tests' own
 * fixture builds) would overwrite each other's modules there and fail on the other's files, so the
 * Astro phase of a build holds a lock on the checkout; the second waits. proper-lockfile notices a
 * lock left by a killed build (its mtime stops being refreshed) and takes it over.
 */
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** Runs `fn` while no other build of the checkout at `root` runs its Astro phase. */
export async function withBuildLock<T>(root: string, fn: () => Promise<T>): Promise<T> {
	const release = await lockfile.lock(join(root, '.astro-build'), {
		realpath: false,
		stale: 20_000,
		// Another build's Astro phase takes up to a few minutes on a loaded machine.
		retries: { retries: 1_000, factor: 1, minTimeout: 250, maxTimeout: 250 },
	});
	try {
		return await fn();
	} finally {
		await release();
	}
}
