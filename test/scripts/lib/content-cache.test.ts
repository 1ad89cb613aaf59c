import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withContentCache } from '../../../scripts/lib/content-cache.ts';

// `npm test` builds fixture content folders; `npm run build` after it failed on MDX modules of a
// deleted fixture folder until Astro's cache was cleared whenever the content folder changes.
describe('Astro content cache across content folders', () => {
	const root = mkdtempSync(join(tmpdir(), 'cndh-cache-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const forced = (dir: string) => withContentCache(root, dir, async (force) => force);

	it('clears the cache on the first build, keeps it for the same folder, clears it for another', async () => {
		expect(await forced('content')).toBe(true);
		expect(await forced('content')).toBe(false);
		expect(await forced('/tmp/fixture/content')).toBe(true);
		expect(await forced('content')).toBe(true);
		expect(await forced('content')).toBe(false);
	});

	it('clears it after a build that failed half-way', async () => {
		await expect(withContentCache(root, 'content', async () => Promise.reject(new Error('stopped')))).rejects.toThrow('stopped');
		expect(await forced('content')).toBe(true);
	});
});
