/**
 * CSP hashes of the `<script is:inline>` blocks in .astro components (Starlight's theme and
 * sidebar scripts, our search button's). Astro's `security.csp` hashes the scripts and styles it
 * bundles, but copies `is:inline` scripts verbatim without hashing them; their text in the page
 * is exactly the text between the tags in the component, so hashing the sources gives the hashes
 * the browser computes. test/site/csp.test.ts checks every inline script of the built site is
 * allowed by its page's policy, so a component this misses fails the suite, not a reader.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** .astro files below `dir`, not descending into nested node_modules (other packages' copies). */
function astroFiles(dir: string): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() && entry.name !== 'node_modules') files.push(...astroFiles(path));
		else if (entry.isFile() && entry.name.endsWith('.astro')) files.push(path);
	}
	return files;
}

/** `sha256-…` of every `is:inline` script in the .astro files under `dirs`, sorted, without repeats. */
export function inlineScriptHashes(dirs: readonly string[]): `sha256-${string}`[] {
	const hashes = new Set<`sha256-${string}`>();
	for (const dir of dirs) {
		for (const file of astroFiles(dir)) {
			for (const match of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) {
				hashes.add(`sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}`);
			}
		}
	}
	return [...hashes].sort();
}
