import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';

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

describe('registry filter', () => {
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

	it('does not overflow horizontally on registry pages', async () => {
		const page = await browser.page({ width: 360, height: 740 });
		for (const path of ['/van-ban/', '/van-ban/35-ct-tw/', '/tong-quan/noi-dung-dai-hoi/']) {
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
