import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { makeResolver } from '../../../src/lib/citations/find.ts';
import { loadGlossary } from '../../../src/lib/content/glossary.ts';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { remarkCitations } from '../../../src/lib/markdown/remark-citations.ts';
import { linkGlossaryTerms } from '../../../src/lib/markdown/remark-glossary.ts';
import { VFile } from 'vfile';

const entries = loadGlossary(process.cwd(), 'content');
const resolve = makeResolver([
	{ id: '35-CT/TW', key: '35-CT/TW', slug: '35-ct-tw' },
	{ id: '07-HD/UBKTTW', key: '7-HD/UBKTTW', slug: '07-hd-ubkttw' },
]);

/** Runs the site's order: citations first, then glossary; returns glossary links. */
function run(md: string, { citations = true } = {}): { tree: Root; links: Link[] } {
	const tree = parseMarkdown(md);
	if (citations) remarkCitations({ resolve })(tree, new VFile({ path: 'x.mdx' }));
	linkGlossaryTerms(tree, entries);
	const links: Link[] = [];
	visit(tree, 'link', (l) => {
		if (l.url.startsWith('/thuat-ngu/')) links.push(l);
	});
	return { tree, links };
}

describe('glossary links', () => {
	it('links only the first occurrence of each term on a page, with the expansion as abbr title', () => {
		const { links } = run('Các TCCSĐ và BCH.\n\nMỗi TCCSĐ có BCH riêng; UBND xã phối hợp.');
		expect(links.map((l) => l.url)).toEqual(['/thuat-ngu/#tccsd', '/thuat-ngu/#bch', '/thuat-ngu/#ubnd']);
		const abbr = links[0]!.children[0] as unknown as { data: { hName: string; hProperties: { title: string } } };
		expect(abbr.data).toEqual({ hName: 'abbr', hProperties: { title: 'tổ chức cơ sở đảng' } });
	});

	it('leaves document symbols alone, inside or outside citation links', () => {
		expect(run('Theo Chỉ thị số 35-CT/TW và Hướng dẫn 07-HD/UBKTTW.').links).toEqual([]);
		// Without the citation plugin (symbols as plain text) the symbol rule alone keeps them intact.
		const { links, tree } = run('Ký hiệu 35-QĐ/TU, 04-KH/TCTU, 26-HD/BTCTW, 36-HD/VPTW.', { citations: false });
		expect(links).toEqual([]);
		expect(toString(tree)).toContain('35-QĐ/TU, 04-KH/TCTU, 26-HD/BTCTW, 36-HD/VPTW');
	});

	it('does not touch headings, code or other links, and links the next plain occurrence', () => {
		const { links } = run('## Vai trò của BTV\n\n`BTV` trong mã, [BTV](/x/) trong liên kết.\n\nCòn đây là BTV.');
		expect(links).toHaveLength(1);
		const paragraph = links[0];
		expect(paragraph!.url).toBe('/thuat-ngu/#btv');
	});

	it('matches terms with a hyphen as a whole (KT-XH) and not parts of words', () => {
		const { links } = run('Chỉ tiêu KT-XH; chữ TWO, BCHX và aBTV không phải thuật ngữ.');
		expect(links.map((l) => l.url)).toEqual(['/thuat-ngu/#kt-xh']);
	});
});
