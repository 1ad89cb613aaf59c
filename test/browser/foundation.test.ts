import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, projectRoot } from '../../src/lib/content/paths.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';

/** How many registry files state each validity status, read from the YAML sources. */
function statusCount(status: string): number {
	const dir = join(contentDir(projectRoot()), 'directives');
	return readdirSync(dir).filter((f) => new RegExp(`^  status: ${status}$`, 'm').test(readFileSync(join(dir, f), 'utf8'))).length;
}

const browser = useBrowser();

describe('handbook shell', () => {
	it('is in Vietnamese with Starlight’s Vietnamese strings', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/`);
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		await expect(page.getByRole('button', { name: /Tìm kiếm/ }).first().isVisible()).resolves.toBe(true);
	});

	it('navigates from the sidebar to a handbook page', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/`);
		// Topic groups are the collapsible <details> groups of the sidebar, closed until opened.
		await page.locator('nav[aria-label="Chính"] details > summary').first().click();
		const link = page.locator('nav[aria-label="Chính"] details a[href^="/"]').first();
		const [href, label] = [await link.getAttribute('href'), (await link.innerText()).trim()];
		await link.click();
		await page.waitForURL(`**${href}`);
		expect((await page.locator('h1').first().innerText()).trim()).toBe(label);
		expect(await page.locator(`nav[aria-label="Chính"] a[aria-current="page"]`).innerText()).toBe(label);
	});

	it('follows a citation to its registry page and the backlink back to the citation', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/tong-quan/noi-dung-dai-hoi/`);
		const citation = page.locator('a.citation').first();
		const anchor = await citation.getAttribute('id');
		const directive = await citation.getAttribute('data-directive');
		await citation.click();
		await page.waitForURL(/\/van-ban\/[^/]+\/$/);
		expect(await page.locator('h1').innerText()).toContain(directive!.includes('/') ? directive! : '');
		await expect(page.getByRole('heading', { name: 'Được dẫn chiếu tại' }).isVisible()).resolves.toBe(true);
		const back = page.locator(`a.backlink[href="/tong-quan/noi-dung-dai-hoi/#${anchor}"]`);
		expect(await back.count()).toBe(1);
		await back.click();
		await page.waitForURL(`**/tong-quan/noi-dung-dai-hoi/#${anchor}`);
		const target = page.locator(`#${anchor}`);
		expect(await target.getAttribute('data-directive')).toBe(directive);
		const box = await target.boundingBox();
		expect(box && box.y >= 0 && box.y < 900).toBe(true);
	});

	it('shows relations both ways', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/26-hd-btctw/`);
		await expect(page.getByText('Thực hiện:').first().isVisible()).resolves.toBe(true);
		await page.goto(`${baseUrl()}/van-ban/35-ct-tw/`);
		const inverse = page.locator('li', { hasText: 'Được thực hiện bởi' }).filter({ has: page.locator('a[href="/van-ban/26-hd-btctw/"]') });
		expect(await inverse.count()).toBe(1);
	});

	it('says "chưa rõ" for what the sources leave out', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/`);
		const number = page.locator('dt', { hasText: 'Số, ký hiệu' }).locator('xpath=following-sibling::dd[1]');
		expect(await number.innerText()).toBe('chưa rõ');
		const date = page.locator('dt', { hasText: 'Ngày ban hành' }).locator('xpath=following-sibling::dd[1]');
		expect(await date.innerText()).toBe('chưa rõ');
	});
});

describe('validity of documents', () => {
	it('marks 244-QĐ/TW as replaced, with a notice linking to 190-QĐ/TW, and shows the replacement both ways', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/244-qd-tw/`);
		await expect(page.locator('.validity-line .badge-validity').innerText()).resolves.toBe('Đã bị thay thế');
		const notice = page.getByRole('complementary', { name: 'Văn bản này đã được thay thế' });
		expect(await notice.isVisible()).toBe(true);
		await expect(notice.innerText()).resolves.toContain('ngày 10 tháng 10 năm 2024');
		// The notice comes before the document's details, where a reader looks first.
		const [noticeY, metaY] = await Promise.all([notice.boundingBox(), page.locator('.meta-list').boundingBox()]);
		expect(noticeY!.y).toBeLessThan(metaY!.y);
		// Its status statement cites the public pages it rests on.
		const sources = page.locator('.validity-sources a[href^="http"]');
		expect(await sources.count()).toBeGreaterThan(0);
		await notice.getByRole('link', { name: 'Quyết định số 190-QĐ/TW' }).click();
		await page.waitForURL('**/van-ban/190-qd-tw/');
		await expect(page.locator('h1').innerText()).resolves.toBe('Quyết định số 190-QĐ/TW');
		await expect(page.locator('.validity-line .badge-validity').innerText()).resolves.toBe('Còn hiệu lực');
		const back = page.locator('li', { hasText: 'Thay thế:' }).filter({ has: page.locator('a[href="/van-ban/244-qd-tw/"]') });
		expect(await back.count()).toBe(1);
		expect(await page.locator('.validity-sources a[href^="http"]').count()).toBeGreaterThan(0);
	});

	it('opens a handbook page that cites 244-QĐ/TW with a notice at the top leading to the replacement', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/bau-cu/trinh-tu-bau-cu/`);
		const notice = page.getByRole('complementary', { name: 'Trang này dẫn chiếu văn bản đã được thay thế' });
		expect(await notice.isVisible()).toBe(true);
		// First thing in the article, above the page's own text.
		const first = await page.locator('.sl-markdown-content > *').first().getAttribute('data-validity-notice');
		expect(first).not.toBeNull();
		await expect(notice.locator('a[href="/van-ban/244-qd-tw/"]').count()).resolves.toBe(1);
		// The editor's own words from the page's front matter join the generated notice.
		const note = /^validityNote: (.+)$/m.exec(readFileSync(join(contentDir(projectRoot()), 'handbook/bau-cu/trinh-tu-bau-cu.mdx'), 'utf8'))![1]!;
		await expect(notice.locator('[data-validity-note]').innerText()).resolves.toBe(note);
		await notice.getByRole('link', { name: 'Quyết định số 190-QĐ/TW' }).click();
		await page.waitForURL('**/van-ban/190-qd-tw/');
		await expect(page.locator('h1').innerText()).resolves.toBe('Quyết định số 190-QĐ/TW');

		await page.goto(`${baseUrl()}/tong-quan/noi-dung-dai-hoi/`);
		expect(await page.locator('[data-validity-notice]').count()).toBe(0);
	});

	it('says on the home page which round the edition covers and what was replaced since', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/`);
		const scope = page.locator('[data-edition-scope]');
		await expect(scope.getByRole('heading').innerText()).resolves.toBe('Phạm vi ấn bản: nhiệm kỳ 2020 – 2025');
		expect(await scope.locator('a[href="/van-ban/244-qd-tw/"]').count()).toBe(1);
		expect(await scope.locator('a[href="/van-ban/190-qd-tw/"]').count()).toBe(1);
		await scope.getByRole('link', { name: 'Xem các văn bản đã bị thay thế trong danh mục' }).click();
		await page.waitForURL('**/van-ban/?tinh-trang=bi-thay-the');
		expect(await page.locator('[data-registry-table] tbody tr:not([hidden])').count()).toBe(statusCount('bi-thay-the'));
	});
});

describe('registry filter', () => {
	it('filters by validity status, with the count in the option and a badge on every row', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/`);
		const rows = page.locator('[data-registry-table] tbody tr');
		const total = await rows.count();
		expect(await rows.locator('.badge-validity').count()).toBe(total);
		const replaced = statusCount('bi-thay-the');
		const unverified = statusCount('chua-xac-minh');
		expect(replaced).toBeGreaterThanOrEqual(2);
		const select = page.getByLabel('Tình trạng hiệu lực');
		await expect(select.locator('option[value="bi-thay-the"]').innerText()).resolves.toBe(`Đã bị thay thế (${replaced})`);
		await expect(select.locator('option[value="chua-xac-minh"]').innerText()).resolves.toBe(`Chưa xác minh (${unverified})`);
		await select.selectOption('bi-thay-the');
		const visible = page.locator('[data-registry-table] tbody tr:not([hidden])');
		expect(await visible.count()).toBe(replaced);
		expect(await visible.locator('.badge-validity').allInnerTexts()).toEqual(Array(replaced).fill('Đã bị thay thế'));
		expect(await visible.locator('a[href="/van-ban/244-qd-tw/"]').count()).toBe(1);
		await expect(page.getByRole('status').innerText()).resolves.toBe(`Đang hiện ${replaced} trên ${total} văn bản.`);
		expect(new URL(page.url()).searchParams.get('tinh-trang')).toBe('bi-thay-the');
	});

	it('says so when a combination of filters matches nothing, and offers to clear them', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/`);
		const total = await page.locator('[data-registry-table] tbody tr').count();
		await page.getByLabel('Cấp').selectOption('tinh');
		await page.getByLabel('Loại văn bản').selectOption('dieu-le');
		const empty = page.locator('[data-registry-empty]');
		expect(await empty.isVisible()).toBe(true);
		await expect(empty.innerText()).resolves.toContain('Không có văn bản nào khớp');
		expect(await page.locator('[data-registry-table]').isVisible()).toBe(false);
		await empty.getByRole('button', { name: 'Bỏ lọc để xem cả danh mục' }).click();
		await page.waitForFunction(() => !location.search);
		expect(await empty.isVisible()).toBe(false);
		expect(await page.locator('[data-registry-table] tbody tr:not([hidden])').count()).toBe(total);
	});

	it('tells apart documents that would read the same', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/`);
		const names = (await page.locator('[data-registry-table] tbody tr td:first-child a').allInnerTexts()).map((n) => n.trim());
		expect(new Set(names).size).toBe(names.length);
		expect(names.filter((n) => n === 'Nghị quyết của Ban Chấp hành Trung ương Đảng')).toEqual([]);
	});

	it('filters rows, counts them and keeps the choice in the URL', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/`);
		const rows = page.locator('[data-registry-table] tbody tr');
		const total = await rows.count();
		await page.getByLabel('Cấp').selectOption('trung-uong');
		const visible = page.locator('[data-registry-table] tbody tr:not([hidden])');
		const shown = await visible.count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(total);
		for (const cap of await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.cap))) {
			expect(cap).toBe('trung-uong');
		}
		await expect(page.getByRole('status').innerText()).resolves.toBe(`Đang hiện ${shown} trên ${total} văn bản.`);
		expect(new URL(page.url()).searchParams.get('cap')).toBe('trung-uong');

		await page.getByLabel('Loại văn bản').selectOption('chi-thi');
		const both = await visible.count();
		expect(both).toBeGreaterThan(0);
		expect(both).toBeLessThanOrEqual(shown);

		await page.reload();
		expect(await page.getByLabel('Cấp').inputValue()).toBe('trung-uong');
		expect(await visible.count()).toBe(both);

		await page.getByRole('button', { name: 'Bỏ lọc' }).click();
		await page.waitForFunction(() => !location.search);
		expect(await visible.count()).toBe(total);
	});

	it('is a plain table without JavaScript', async () => {
		const page = await browser.page({ javaScript: false });
		await page.goto(`${baseUrl()}/van-ban/`);
		expect(await page.locator('[data-registry-filter]').isVisible()).toBe(false);
		const rows = page.locator('[data-registry-table] tbody tr');
		expect(await rows.count()).toBeGreaterThan(15);
		expect(await rows.first().isVisible()).toBe(true);
	});
});

describe('on a 360 px phone', () => {
	it('opens the menu and reaches a chapter', async () => {
		const page = await browser.page({ width: 360, height: 740 });
		await page.goto(`${baseUrl()}/van-ban/`);
		const sidebarLink = page.getByRole('link', { name: 'Danh mục văn bản' }).first();
		expect(await sidebarLink.isVisible()).toBe(false);
		await page.getByRole('button', { name: /Menu/i }).click();
		expect(await sidebarLink.isVisible()).toBe(true);
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scrollWidth).toBeLessThanOrEqual(360);
	});

	it('hides the rows a filter leaves out of the stacked registry', async () => {
		const page = await browser.page({ width: 360, height: 740 });
		await page.goto(`${baseUrl()}/van-ban/?tinh-trang=bi-thay-the`);
		const shown = page.locator('[data-registry-table] tbody tr').filter({ visible: true });
		expect(await shown.count()).toBe(statusCount('bi-thay-the'));
	});

	it('does not overflow horizontally on registry pages', async () => {
		const page = await browser.page({ width: 360, height: 740 });
		for (const path of ['/van-ban/', '/van-ban/35-ct-tw/', '/van-ban/244-qd-tw/', '/tong-quan/noi-dung-dai-hoi/', '/bau-cu/trinh-tu-bau-cu/']) {
			await page.goto(`${baseUrl()}${path}`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
		}
	});
});

describe('privacy', () => {
	it('requests nothing from another origin', async () => {
		const page = await browser.page();
		for (const path of ['/', '/van-ban/', '/van-ban/35-ct-tw/', '/tong-quan/noi-dung-dai-hoi/']) {
			await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
		}
		expect(page.seen.filter((u) => !u.startsWith(baseUrl()) && !u.startsWith('data:'))).toEqual([]);
	});
});
