import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { makeResolver } from '../../../src/lib/citations/find.ts';
import { makeReportResolver } from '../../../src/lib/content/reports.ts';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { remarkCitations } from '../../../src/lib/markdown/remark-citations.ts';
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';

const resolve = makeResolver([{ id: '35-CT/TW', key: '35-CT/TW', slug: '35-ct-tw' }]);
const resolveReport = makeReportResolver(['hoan-kiem-2020-04-28']);

function run(md: string) {
	const tree = parseMarkdown(md);
	const file = new VFile({ path: 'content/handbook/x/y.mdx' });
	remarkCitations({ resolve, resolveReport })(tree, file);
	const links: Link[] = [];
	visit(tree, 'link', (l) => void links.push(l));
	return links;
}

describe('remarkCitations and tl: links', () => {
	it('links a report to its entry on /tu-lieu/ with a numbered anchor', () => {
		const links = run('Theo [tin ngày 28 tháng 4 năm 2020](tl:hoan-kiem-2020-04-28) và [lần nữa](tl:hoan-kiem-2020-04-28).');
		expect(links.map((l) => l.url)).toEqual(['/tu-lieu/#hoan-kiem-2020-04-28', '/tu-lieu/#hoan-kiem-2020-04-28']);
		expect(links.map((l) => (l.data as { hProperties: { id: string } }).hProperties.id)).toEqual([
			'tl-hoan-kiem-2020-04-28-1',
			'tl-hoan-kiem-2020-04-28-2',
		]);
	});

	it('fails the build on an unknown report, naming file and line', () => {
		expect(() => run('Dòng một.\n\nXem [bài](tl:khong-co).')).toThrow(/content\/handbook\/x\/y\.mdx:3 «khong-co»/);
		expect(() => run('Xem [bài](tl:khong-co).')).toThrow(/content\/reports\//);
	});

	it('still fails on an unknown directive', () => {
		expect(() => run('Theo Chỉ thị số 99-CT/TW.')).toThrow(/content\/directives\/.*99-CT\/TW/);
	});
});

describe('links under the base path', () => {
	it('puts editors’ site links, citations and tl: links under the base, and leaves other links alone', async () => {
		const { remarkSiteLinks } = await import('../../../src/lib/markdown/remark-site-links.ts');
		const { makeRoutes } = await import('../../../src/lib/routes.ts');
		const tree = parseMarkdown('Xem [lộ trình](/tong-quan/lo-trinh/#giai-doan), [trang ngoài](https://example.gov.vn/), [mục](#muc), Chỉ thị số 35-CT/TW và [tin](tl:hoan-kiem-2020-04-28).');
		remarkSiteLinks({ base: '/cam-nang/' })(tree);
		remarkCitations({ resolve, resolveReport, routes: makeRoutes('/cam-nang/') })(tree, new VFile({ path: 'a.md' }));
		const links: string[] = [];
		visit(tree, 'link', (l) => void links.push(l.url));
		expect(links).toEqual([
			'/cam-nang/tong-quan/lo-trinh/#giai-doan',
			'https://example.gov.vn/',
			'#muc',
			'/cam-nang/van-ban/35-ct-tw/',
			'/cam-nang/tu-lieu/#hoan-kiem-2020-04-28',
		]);
	});
});
