import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

const RESULTS = '#tim-kiem-results > li';
const STATUS = 'cndh-search[data-mode="full"] [role="status"]';

/** Types a query into the search page's box and returns the result URLs once they are announced. */
async function search(page: Page, query: string): Promise<string[]> {
	await page.fill('#tim-kiem-input', query);
	const shown = query.normalize('NFC').trim();
	await page.waitForFunction(
		([sel, q]) => {
			const t = document.querySelector(sel!)?.textContent ?? '';
			return t.includes(`«${q}»`) && !document.querySelector('cndh-search[data-mode="full"]')?.hasAttribute('aria-busy');
		},
		[STATUS, shown] as const
	);
	return page.locator(`${RESULTS} a.title`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function searchPage(path = '/tim-kiem/', width = 1280): Promise<Page & { seen: string[] }> {
	const page = await browser.page({ width });
	await page.goto(`${baseUrl()}${path}`);
	return page;
}

/**
 * [query, expected page, how high it must rank]. Queries are what readers type: with and without
 * diacritics, đ as d, NFD text (as some keyboards and pasted text produce), both tone-mark styles.
 */
const TEXT_QUERIES: [string, string, number][] = [
	['lộ trình đại hội', '/tong-quan/lo-trinh/', 3],
	['lo trinh dai hoi', '/tong-quan/lo-trinh/', 3],
	['LỘ TRÌNH ĐẠI HỘI', '/tong-quan/lo-trinh/', 3],
	['lộ trình đại hội'.normalize('NFD'), '/tong-quan/lo-trinh/', 3],
	['bộ máy chỉ đạo', '/tong-quan/to-chuc-chi-dao/', 3],
	['bo may chi dao', '/tong-quan/to-chuc-chi-dao/', 3],
	['tiểu ban giúp việc', '/tong-quan/to-chuc-chi-dao/', 3],
	['tieu ban giup viec', '/tong-quan/to-chuc-chi-dao/', 3],
	['tiến độ thực tế', '/tong-quan/tien-do-thuc-te/', 3],
	['tien do thuc te', '/tong-quan/tien-do-thuc-te/', 3],
	['mục đích yêu cầu', '/tong-quan/muc-dich-yeu-cau/', 3],
	['muc dich yeu cau', '/tong-quan/muc-dich-yeu-cau/', 3],
	['văn kiện trình đại hội', '/van-kien/tong-quan-van-kien/', 3],
	['van kien trinh dai hoi', '/van-kien/tong-quan-van-kien/', 3],
	['đóng dấu', '/van-kien/tong-quan-van-kien/', 3],
	['dong dau', '/van-kien/tong-quan-van-kien/', 3],
	['đóng dấu'.normalize('NFD'), '/van-kien/tong-quan-van-kien/', 3],
	['Ủy ban Kiểm tra Trung ương', '/van-ban/07-hd-ubkttw/', 3],
	['Uỷ ban Kiểm tra Trung ương', '/van-ban/07-hd-ubkttw/', 3],
	['uy ban kiem tra trung uong', '/van-ban/07-hd-ubkttw/', 3],
	['Thành uỷ Hà Nội', '/van-ban/ke-hoach-155-thanh-uy-ha-noi/', 5],
	['thanh uy ha noi', '/van-ban/ke-hoach-155-thanh-uy-ha-noi/', 5],
	['Quận uỷ Hoàn Kiếm', '/van-ban/ke-hoach-123-quan-uy-hoan-kiem/', 5],
	['điện biên', '/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/', 5],
	['dien bien', '/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/', 5],
	// Template pages (/bieu-mau/…).
	['biên bản kiểm phiếu', '/bieu-mau/bien-ban-kiem-phieu/', 3],
	['bien ban kiem phieu', '/bieu-mau/bien-ban-kiem-phieu/', 3],
	['quy chế bầu cử', '/bieu-mau/quy-che-bau-cu/', 3],
	['quy che bau cu', '/bieu-mau/quy-che-bau-cu/', 3],
];

/** Document numbers in every form people type them: the registry page comes first. */
const NUMBER_QUERIES: [string, string][] = [
	['35-CT/TW', '/van-ban/35-ct-tw/'],
	['35-ct/tw', '/van-ban/35-ct-tw/'],
	['26-HD/BTCTW', '/van-ban/26-hd-btctw/'],
	['35-QĐ/TU', '/van-ban/35-qd-tu/'],
	['35-QD/TU', '/van-ban/35-qd-tu/'],
	['CT 35', '/van-ban/35-ct-tw/'],
	['chỉ thị 35', '/van-ban/35-ct-tw/'],
	['chi thi 35', '/van-ban/35-ct-tw/'],
	['Chỉ thị số 35-CT/TW'.normalize('NFD'), '/van-ban/35-ct-tw/'],
	['07-HD/UBKTTW', '/van-ban/07-hd-ubkttw/'],
	['7-hd/ubkttw', '/van-ban/07-hd-ubkttw/'],
	['hướng dẫn 38', '/van-ban/38-hd-btctw/'],
];

describe('Vietnamese search', () => {
	it(`finds the expected page for ${TEXT_QUERIES.length} text queries`, async () => {
		const page = await searchPage();
		const misses: string[] = [];
		for (const [query, expected, top] of TEXT_QUERIES) {
			const urls = await search(page, query);
			const rank = urls.indexOf(expected);
			if (rank < 0 || rank >= top) misses.push(`«${query}»: ${expected} at ${rank < 0 ? 'none' : rank + 1}, wanted top ${top}; got ${urls.slice(0, top).join(', ')}`);
		}
		expect(misses).toEqual([]);
	});

	it(`puts the registry page first for ${NUMBER_QUERIES.length} document-number queries`, async () => {
		const page = await searchPage();
		const misses: string[] = [];
		for (const [query, expected] of NUMBER_QUERIES) {
			const urls = await search(page, query);
			if (urls[0] !== expected) misses.push(`«${query}»: first ${urls[0] ?? 'none'}, wanted ${expected}`);
			// The reader is told why it comes first.
			else if ((await page.locator(`${RESULTS} .badge-number`).count()) !== 1) misses.push(`«${query}»: no "Đúng số hiệu" mark`);
		}
		expect(misses).toEqual([]);
	});

	it('finds the same pages with and without diacritics, and ranks the exact spelling first', async () => {
		const page = await searchPage();
		const count = async (q: string) => {
			await search(page, q);
			return Number(/Có (\d+) kết quả/.exec((await page.locator(STATUS).textContent()) ?? '')?.[1] ?? 0);
		};
		const exact = await count('Đảng ủy');
		expect(exact).toBeGreaterThan(5);
		expect(await count('dang uy')).toBeGreaterThanOrEqual(exact);
		expect(await count('Đảng uỷ')).toBe(exact);
		// Both tone-mark styles and NFD input give the very same results, in the same order.
		expect(await search(page, 'cụ thể hoá')).toEqual(await search(page, 'cụ thể hóa'));
		expect(await search(page, 'thuỷ')).toEqual(await search(page, 'thủy'));
		const nfc = await search(page, 'Đảng ủy');
		await search(page, 'bầu cử'); // so that the NFD search below is awaited, not the one above
		expect(await search(page, 'Đảng ủy'.normalize('NFD'))).toEqual(nfc);
		// "đang" (currently) and "Đảng" (the Party) both fold to "dang": for each spelling, every
		// result whose excerpt highlights that exact word comes before those that highlight the other.
		for (const word of ['đang', 'Đảng']) {
			await search(page, word);
			while (await page.locator('cndh-search[data-mode="full"] button.more').isVisible()) {
				const n = await page.locator(RESULTS).count();
				await page.click('cndh-search[data-mode="full"] button.more');
				await expect.poll(() => page.locator(RESULTS).count()).toBeGreaterThan(n);
			}
			const exactFlags = await page.locator(RESULTS).evaluateAll(
				(lis, w) => lis.map((li) => [...li.querySelectorAll('.excerpt mark')].some((m) => m.textContent!.toLowerCase().replace(/[^\p{L}]/gu, '') === w.toLowerCase())),
				word
			);
			expect(exactFlags[0], word).toBe(true);
			const firstFolded = exactFlags.indexOf(false);
			if (firstFolded >= 0) expect(exactFlags.slice(firstFolded).includes(true), `${word}: ${exactFlags.join(',')}`).toBe(false);
		}
	});

	it('shows the original Vietnamese in excerpts, with the typed words highlighted', async () => {
		const page = await searchPage();
		await search(page, 'dang uy');
		const marks = await page.locator(`${RESULTS} .excerpt mark`).allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		expect(marks.some((m) => /Đảng|đảng/.test(m))).toBe(true);
		const text = (await page.locator(`${RESULTS} .excerpt`).allTextContents()).join(' ');
		expect(text).not.toMatch(/\u0335/);
		expect(text).toMatch(/đ/);
		// Each result shows its breadcrumb and level badges.
		const first = page.locator(RESULTS).first();
		await expect.poll(() => first.locator('.crumbs').textContent()).toMatch(/›/);
		expect(await first.locator('.badge-level').count()).toBeGreaterThan(0);
	});

	it('offers sections of a handbook page as sub-results that link to the heading', async () => {
		const page = await searchPage();
		await search(page, 'tiểu ban giúp việc');
		const hit = page.locator(RESULTS, { has: page.locator('a.title[href="/tong-quan/to-chuc-chi-dao/"]') });
		const section = hit.locator('.sections a').first();
		expect(await section.getAttribute('href')).toMatch(/^\/tong-quan\/to-chuc-chi-dao\/#/);
		await section.click();
		await page.waitForURL(/\/tong-quan\/to-chuc-chi-dao\/#/);
	});

	it('indexes page content only, not the header, sidebar, table of contents or search dialog', async () => {
		const page = await searchPage();
		// What the index holds for every page, read through Pagefind itself.
		// (A string, so the test runner does not rewrite the browser's dynamic import.)
		const contents: { url: string; content: string }[] = await page.evaluate(`(async () => {
			const pf = await import('/pagefind/pagefind.js');
			const { results } = await pf.search(null, { filters: {} });
			return Promise.all(results.map((r) => r.data()));
		})()`);
		expect(contents.length).toBeGreaterThan(20);
		// Compared without diacritics, since the index holds text in its search form (đ as d + mark).
		const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
		const all = fold(contents.map((c) => c.content).join('\n'));
		// Strings every page shows around its content: skip link, header, search dialog, theme
		// picker, sidebar, "on this page".
		for (const chrome of ['Bỏ qua để đến nội dung', 'Chọn giao diện', 'Tìm nâng cao', 'Trên trang này', 'Hướng dẫn biên tập', 'Danh mục văn bản']) {
			expect(all, chrome).not.toContain(fold(chrome));
		}
		const loTrinh = contents.find((c) => c.url === '/tong-quan/lo-trinh/');
		expect(fold(loTrinh?.content ?? '')).toContain(fold('Giai đoạn 1'));
	});
});

describe('search filters and URL state', () => {
	it('narrows results by page type and level, combined, with counts, and writes them to the URL', async () => {
		const page = await searchPage();
		await search(page, 'đại hội');
		const all = Number(/Có (\d+) kết quả/.exec((await page.locator(STATUS).textContent()) ?? '')?.[1]);
		await page.getByText('Bộ lọc', { exact: false }).first().click();
		await page.waitForSelector('details[data-filters]:not([aria-busy])');
		const typeBox = page.locator('input[data-filter="trang"][value="van-ban"]');
		const countText = await typeBox.locator('xpath=..').locator('.count').textContent();
		const expectedCount = Number(/\((\d+)\)/.exec(countText ?? '')?.[1]);
		await typeBox.check();
		await page.waitForURL(/trang=van-ban/);
		await expect.poll(() => page.locator(STATUS).textContent()).toBe(`Có ${expectedCount} kết quả cho «đại hội» với bộ lọc đã chọn.`);
		const registryOnly = await page.locator(`${RESULTS} a.title`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(registryOnly.length).toBeGreaterThan(0);
		expect(registryOnly.every((u) => u.startsWith('/van-ban/'))).toBe(true);
		expect(expectedCount).toBeLessThan(all);

		await page.locator('input[data-filter="cap"][value="trung-uong"]').check();
		await page.waitForURL((u) => u.search.includes('cap=trung-uong') && u.search.includes('trang=van-ban'));
		await expect
			.poll(async () => (await page.locator(`${RESULTS} .badge-level`).allTextContents()).join(','))
			.toMatch(/^(TW,?)+$/);
	});

	it('restores a shared URL: query, ticked filters and results', async () => {
		const page = await searchPage('/tim-kiem/?q=ke+hoach&cap=huyen&loai=ke-hoach');
		await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').includes('kết quả'), STATUS);
		expect(await page.inputValue('#tim-kiem-input')).toBe('ke hoach');
		expect(await page.locator('input[data-filter="cap"][value="huyen"]').isChecked()).toBe(true);
		expect(await page.locator('input[data-filter="loai"][value="ke-hoach"]').isChecked()).toBe(true);
		const urls = await page.locator(`${RESULTS} a.title`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(urls).toContain('/van-ban/ke-hoach-123-quan-uy-hoan-kiem/');
		expect(urls).not.toContain('/van-ban/ke-hoach-155-thanh-uy-ha-noi/');
	});

	it('narrows to templates: every result is a /bieu-mau/ page', async () => {
		const page = await searchPage('/tim-kiem/?trang=bieu-mau');
		const urls = await search(page, 'phiếu bầu');
		expect(urls).toContain('/bieu-mau/phieu-bau/');
		expect(urls.every((u) => u.startsWith('/bieu-mau/'))).toBe(true);
	});

	it('lists every page of a filter with no query (browse by issuing body)', async () => {
		const page = await searchPage('/tim-kiem/?co-quan=quan-uy-hoan-kiem&trang=van-ban');
		await page.waitForFunction((sel) => /Có \d+ kết quả/.test(document.querySelector(sel)?.textContent ?? ''), STATUS);
		const urls = await page.locator(`${RESULTS} a.title`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(urls.sort()).toEqual(['/van-ban/huong-dan-02-quan-uy-hoan-kiem/', '/van-ban/huong-dan-03-quan-uy-hoan-kiem/', '/van-ban/ke-hoach-123-quan-uy-hoan-kiem/']);
	});

	it('a document number combined with a filter that excludes it finds nothing first', async () => {
		const page = await searchPage('/tim-kiem/?cap=huyen');
		const urls = await search(page, '35-CT/TW');
		expect(urls[0]).not.toBe('/van-ban/35-ct-tw/');
	});
});

describe('search UI', () => {
	it('opens from the header with Ctrl+K, searches as you type and is usable by keyboard', async () => {
		const page = await searchPage('/tong-quan/lo-trinh/');
		await page.keyboard.press('Control+k');
		const box = page.locator('#header-search-input');
		await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('chi thi 35');
		const status = page.locator('cndh-search[data-mode="compact"] [role="status"]');
		await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/kết quả/);
		const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? document.activeElement?.id);
		const links = await page.locator('cndh-search[data-mode="compact"] ol.results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(2);
		// Arrow keys walk the result links in order, and back up to the box.
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('/van-ban/35-ct-tw/');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe(links[1]);
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe(links[2]);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('/van-ban/35-ct-tw/');
		await page.keyboard.press('ArrowUp');
		expect(await focused()).toBe('header-search-input');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/van-ban/35-ct-tw/');
	});

	it('Ctrl+K on the search page goes to its own box', async () => {
		const page = await searchPage();
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-input');
		expect(await page.locator('dialog[open]').count()).toBe(0);
	});

	it('sends Enter in the header box to the full search page', async () => {
		const page = await searchPage('/');
		await page.click('button[data-open-modal]');
		await page.fill('#header-search-input', 'bầu cử');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/tim-kiem\/\?q=/);
		expect(await page.inputValue('#tim-kiem-input')).toBe('bầu cử');
	});

	it('announces the result count in a live region and fits a 360 px phone', async () => {
		const page = await searchPage('/tim-kiem/', 360);
		const status = page.locator(STATUS);
		expect(await status.getAttribute('role')).toBe('status');
		await search(page, 'đại hội');
		expect(await status.textContent()).toMatch(/^Có \d+ kết quả cho «đại hội»\.$/);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(await search(page, 'xyzxyz')).toEqual([]);
		expect(await status.textContent()).toMatch(/Không tìm thấy/);
	});

	it('downloads the index only from this site, and only once the reader searches', async () => {
		const page = await searchPage('/tong-quan/lo-trinh/');
		await page.waitForLoadState('networkidle');
		expect(page.seen.filter((u) => u.includes('/pagefind/'))).toEqual([]);
		await page.click('button[data-open-modal]');
		await page.keyboard.type('dai hoi');
		await expect.poll(() => page.locator('cndh-search[data-mode="compact"] [role="status"]').textContent(), { timeout: 20_000 }).toMatch(/kết quả/);
		expect(page.seen.some((u) => u.includes('/pagefind/'))).toBe(true);
		expect(page.seen.filter((u) => !u.startsWith(baseUrl()))).toEqual([]);
	});

	it('passes axe with results, sub-results and filters shown, and in the header dialog', async () => {
		for (const width of [1280, 360]) {
			const page = await searchPage('/tim-kiem/?cap=co-so', width);
			await search(page, 'tiểu ban giúp việc');
			const panel = page.locator('details[data-filters]');
			// Open on wide screens for a link with filters; on a phone the reader opens it.
			expect((await panel.getAttribute('open')) !== null).toBe(width > 800);
			if (width <= 800) await panel.locator('summary').click();
			await page.waitForSelector('details[data-filters][open]:not([aria-busy])');
			expect(await axeViolations(page), `/tim-kiem/ at ${width}px`).toEqual([]);

			const other = await searchPage('/tong-quan/lo-trinh/', width);
			await other.click('button[data-open-modal]');
			await other.keyboard.type('35-CT/TW');
			await expect.poll(() => other.locator('cndh-search[data-mode="compact"] [role="status"]').textContent(), { timeout: 20_000 }).toMatch(/kết quả/);
			expect(await axeViolations(other), `header dialog at ${width}px`).toEqual([]);
		}
	});
});
