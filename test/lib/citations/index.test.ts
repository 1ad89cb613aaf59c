import { describe, expect, it } from 'vitest';
import { makeResolver } from '../../../src/lib/citations/find.ts';
import { buildCitationIndex, pruneCitationCache, type CitationCache } from '../../../src/lib/citations/index.ts';
import { directiveSlug, symbolKey } from '../../../src/lib/citations/symbol.ts';

const resolve = makeResolver(['35-CT/TW', '26-HD/BTCTW'].map((id) => ({ id, key: symbolKey(id), slug: directiveSlug(id) })));
const page = (id: string, body: string) => ({ id, title: id, href: `/${id}/`, body, file: `content/handbook/${id}.mdx` });

describe('buildCitationIndex with a cache (astro dev rebuilds it after every edit)', () => {
	it('gives the same index as without, and finds the citations of an edited page anew', () => {
		const cache: CitationCache = new Map();
		const before = [page('a/mot', 'Theo Chỉ thị số 35-CT/TW của Bộ Chính trị.'), page('a/hai', 'Không dẫn chiếu.')];
		const first = buildCitationIndex(before, resolve, undefined, cache);
		expect(first.byPage.get('a/mot')!.map((c) => c.id)).toEqual(['35-CT/TW']);
		expect(cache.size).toBe(2);

		const after = [before[0]!, page('a/hai', 'Nay dẫn Hướng dẫn số 26-HD/BTCTW.')];
		const second = buildCitationIndex(after, resolve, undefined, cache);
		expect(second.byPage.get('a/hai')!.map((c) => c.id)).toEqual(['26-HD/BTCTW']);
		expect(second.byDirective.get('26-HD/BTCTW')!.map((p) => p.id)).toEqual(['a/hai']);
		expect(second).toEqual(buildCitationIndex(after, resolve));

		pruneCitationCache(cache, after);
		expect(cache.size).toBe(2); // the old text of a/hai is forgotten
	});

	it('reports an unresolved citation against the file of each page that has the same text', () => {
		const cache: CitationCache = new Map();
		const text = 'Theo Chỉ thị số 99-CT/TW.';
		const index = buildCitationIndex([page('a/mot', text), page('b/hai', text)], resolve, undefined, cache);
		expect(index.unresolved.map((u) => u.file)).toEqual(['content/handbook/a/mot.mdx', 'content/handbook/b/hai.mdx']);
	});
});
