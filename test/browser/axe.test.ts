import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

/** One page of each type the site has; later features add theirs. */
const PAGE_TYPES: Record<string, string> = {
	'trang chủ': '/',
	'trang cẩm nang': '/tong-quan/noi-dung-dai-hoi/',
	'danh mục văn bản': '/van-ban/',
	'trang văn bản': '/van-ban/35-ct-tw/',
	'trang văn bản thiếu thông tin': '/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/',
	'trang văn bản đã bị thay thế': '/van-ban/244-qd-tw/',
	'trang cẩm nang dẫn chiếu văn bản đã bị thay thế': '/bau-cu/trinh-tu-bau-cu/',
	'trang 404': '/404.html',
	'việc cần làm (danh sách đánh dấu)': '/viec-can-lam/truoc-dai-hoi/',
	'lộ trình (timeline, các bước, bước 1 mở)': '/tong-quan/lo-trinh/#buoc-1',
	'trang cẩm nang thuộc một bước (Bước N/6)': '/dai-hoi-diem/thanh-chan/',
	'quy tắc của quy chế bầu cử (ban kiểm phiếu)': '/bau-cu/ban-kiem-phieu/',
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
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}
});
