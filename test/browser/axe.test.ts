import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = useBrowser();

/** One page of each type the site has; later features add theirs. */
const PAGE_TYPES: Record<string, string> = {
	'trang chủ': '/',
	'trang cẩm nang': '/tong-quan/noi-dung-dai-hoi/',
	'danh mục văn bản': '/van-ban/',
	'trang văn bản': '/van-ban/35-ct-tw/',
	'trang văn bản thiếu thông tin': '/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/',
	'trang 404': '/404.html',
	'việc cần làm (danh sách đánh dấu)': '/viec-can-lam/truoc-dai-hoi/',
	'lộ trình (timeline, các bước, bước 1 mở)': '/tong-quan/lo-trinh/#buoc-1',
	'trang cẩm nang thuộc một bước (Bước N/6)': '/dai-hoi-diem/thanh-chan/',
	'so sánh các cấp': '/van-kien/tong-quan-van-kien/',
	'tư liệu nguồn': '/tu-lieu/',
	'thuật ngữ': '/thuat-ngu/',
	'hướng dẫn biên tập': '/huong-dan-bien-tap/',
	'biểu mẫu': '/bieu-mau/',
	'trang biểu mẫu': '/bieu-mau/nghi-quyet-dai-hoi/',
	'bộ văn bản đại hội': '/bieu-mau/dai-hoi/thanh-chan/',
	'trang tìm kiếm': '/tim-kiem/?q=dai+hoi&cap=co-so',
	'tạo bộ văn bản': '/tao-bo-van-ban/',
};

describe('accessibility (axe-core)', () => {
	for (const [name, path] of Object.entries(PAGE_TYPES)) {
		for (const width of [1280, 360]) {
			it(`${name} at ${width}px has no serious or critical violation`, async () => {
				const page = await browser.page({ width });
				await page.goto(`${baseUrl()}${path}`);
				await page.addScriptTag({ path: axePath });
				const result = await page.evaluate(async () => {
					const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
					return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
				});
				expect(result.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
			});
		}
	}
});
