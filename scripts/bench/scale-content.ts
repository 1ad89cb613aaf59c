/**
 * A synthetic, larger handbook for the scale benchmark: a copy of content/ in a folder of the
 * caller's choosing (never content/ itself) where every handbook page is repeated `factor` times
 * under a new slug and title, same text, same place in its topic. Everything else (registry,
 * templates, glossary…) is copied as it is, so only the handbook grows.
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TITLE = /^(---\r?\n[\s\S]*?^title:[ \t]*)(.+)$/m;

/** Copy `k` (2…factor) of a handbook page: slug `<name>-ban-<k>`, title `<title> (bản <k>)`. */
export function pageCopy(source: string, file: string, k: number): string {
	if (!TITLE.test(source)) throw new Error(`${file}: no title: line in the front matter to make copy ${k} of`);
	return source.replace(TITLE, (_, head: string, title: string) => `${head}${title.trim()} (bản ${k})`);
}

function handbookPages(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) return handbookPages(full);
			return /\.mdx?$/.test(name) && !name.startsWith('_') && !/^index\.mdx?$/.test(name) ? [full] : [];
		});
}

/**
 * Writes `<dest>/content` holding `sourceContent` with its handbook multiplied; returns the new
 * content folder and the number of handbook pages in it.
 */
export function multiplyContent(sourceContent: string, dest: string, factor: number): { dir: string; pages: number } {
	const dir = join(resolve(dest), 'content');
	if (resolve(sourceContent) === dir) throw new Error('the synthetic handbook must not be written over content/');
	cpSync(sourceContent, dir, { recursive: true });
	const originals = handbookPages(join(dir, 'handbook'));
	for (const file of originals) {
		const source = readFileSync(file, 'utf8');
		for (let k = 2; k <= factor; k++) writeFileSync(file.replace(/(\.mdx?)$/, `-ban-${k}$1`), pageCopy(source, file, k));
	}
	return { dir, pages: originals.length * factor };
}
