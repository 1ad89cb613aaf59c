import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../../scripts/steps/search-index.ts';

function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'cndh-search-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

const page = (body: string) =>
	`<!doctype html><html lang="vi"><body><header>Cẩm nang Đại hội <button>Tìm kiếm</button></header><nav>Trang chủ</nav><main data-pagefind-body>${body}<footer>Tiếp: Lộ trình</footer></main></body></html>`;

describe('search index input', () => {
	it('keeps only the <SearchMeta> region of a page, in the search form', () => {
		const dir = site({
			'tong-quan/lo-trinh/index.html': page(
				'<h1>Lộ trình</h1><div data-cndh-search="cam-nang" data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="title">Lộ trình đại hội</span></div><h2 id="a">Giai đoạn 1</h2><p>Đảng ủy xã hoà giải</p></div>'
			),
		});
		const doc = searchDocument(dir, join(dir, 'tong-quan/lo-trinh/index.html'))!;
		expect(doc.url).toBe('/tong-quan/lo-trinh/');
		expect(doc.html).toContain('<h2 id="a">Giai d\u0335oạn 1</h2>');
		expect(doc.html).toContain('D\u0335ảng ủy xã hòa giải');
		expect(doc.html).toContain('data-pagefind-meta="title">Lộ trình d\u0335ại hội');
		for (const chrome of ['Tìm kiếm', 'Trang chủ', 'Tiếp: Lộ trình', '<h1>']) expect(doc.html).not.toContain(chrome);
	});
	it('keeps words of adjacent table cells and blocks apart', () => {
		const dir = site({
			'bau-cu/x/index.html': page('<div data-cndh-search="cam-nang"><table><tr><th>Biểu quyết</th><th>Bầu cử</th></tr></table><p>Một</p><p>Hai</p></div>'),
		});
		const text = searchDocument(dir, join(dir, 'bau-cu/x/index.html'))!.html.replace(/<[^>]*>/g, '');
		expect(text).toContain('Biểu quyết Bầu cử');
		expect(text).toContain('Một Hai');
	});
	it('leaves out pages without <SearchMeta> (home, lists, 404)', () => {
		const dir = site({ 'index.html': page('<h1>Trang chủ</h1><p>Chào mừng</p>') });
		expect(searchDocument(dir, join(dir, 'index.html'))).toBeUndefined();
	});
	it('takes a nested mark once, with the outer region', () => {
		const dir = site({
			'van-ban/x/index.html': page('<div data-cndh-search="van-ban"><p>Ngoài</p><div data-cndh-search="van-ban"><p>Trong</p></div></div>'),
		});
		const html = searchDocument(dir, join(dir, 'van-ban/x/index.html'))!.html;
		expect(html.match(/Trong/g)).toHaveLength(1);
		expect(html).toContain('Ngoài');
	});
});
