import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DOTS } from '../../src/lib/documents/format.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';
import { plainText, readDocx } from '../support/docx.ts';

const browser = useBrowser();

/** Clicks a download link as a reader would and returns the bytes the browser saved. */
async function download(page: Page, link: ReturnType<Page['locator']>): Promise<{ name: string; bytes: Uint8Array }> {
	const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
	const path = await dl.path();
	return { name: dl.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

const sameOrigin = (page: { seen: string[] }) => page.seen.filter((u) => !u.startsWith(baseUrl()) && !u.startsWith('data:'));

describe('Biểu mẫu section', () => {
	it('is in the sidebar and lists every template and example congress', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/van-ban/`);
		await page.locator('nav[aria-label="Chính"] a[href="/bieu-mau/"]').click();
		await page.waitForURL('**/bieu-mau/');
		expect(await page.locator('h1').innerText()).toBe('Biểu mẫu');
		expect(await page.locator('table.documents-table tbody tr').count()).toBe(9);
		for (const id of ['thanh-chan', 'phong-gd-dt-dien-bien', 'dong-xuan']) {
			expect(await page.locator(`a[href="/bieu-mau/dai-hoi/${id}/"]`).count()).toBe(1);
		}
	});

	it('a per-election template names every election it is made for', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/bieu-mau/phieu-bau/`);
		// templates/phieu-bau.yaml: perElection [committee, delegation, secretary, deputy-secretary].
		expect(await page.locator('main').innerText()).toContain(
			'Mỗi cuộc bầu có một bản riêng: bầu cấp ủy (ban chấp hành, chi ủy); bầu bí thư tại đại hội; bầu phó bí thư tại đại hội; bầu đoàn đại biểu dự đại hội cấp trên.'
		);
	});

	it('downloads a filled .docx and the .zip packet of Thanh Chăn, both valid', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/bieu-mau/dai-hoi/thanh-chan/`);
		expect(await page.locator('h1').innerText()).toBe('Đảng bộ xã Thanh Chăn');

		const docx = await download(page, page.locator('a[href$="/nghi-quyet-dai-hoi.docx"]').first());
		expect(docx.name).toBe('nghi-quyet-dai-hoi.docx');
		expect([...docx.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
		const text = plainText(await readDocx(docx.bytes));
		expect(text).toContain('NGHỊ QUYẾT');
		expect(text).toContain('Thanh Chăn, ngày 10 tháng 01 năm 2020');
		expect(text).toContain('3.880 tấn');

		const zip = await download(page, page.getByRole('link', { name: /Tải cả bộ \d+ văn bản \(\.zip\)/ }));
		expect(zip.name).toBe('bo-van-ban-thanh-chan.zip');
		const entries = unzipSync(zip.bytes);
		const names = Object.keys(entries).sort();
		expect(names).toContain('nghi-quyet-dai-hoi.docx');
		expect(names).toContain('bien-ban-kiem-phieu-cap-uy.docx');
		expect(names.length).toBe(await page.locator('main ul a[download][href$=".docx"]').count());
		for (const name of names) expect(plainText(await readDocx(entries[name]!))).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
		// Điều lệ Đảng Điều 12.3: more than half of the 106 delegates convened, not of the valid ballots.
		const rules = plainText(await readDocx(entries['quy-che-bau-cu.docx']!));
		expect(rules).toContain('quá một nửa so với tổng số đại biểu chính thức được triệu tập');
		expect(rules).toContain('số làm căn cứ tính trúng cử: 106, người trúng cử phải được ít nhất 54 phiếu');
		const count = plainText(await readDocx(entries['bien-ban-kiem-phieu-cap-uy.docx']!));
		expect(count).toContain('Số phiếu tối thiểu để trúng cử (quá một nửa số làm căn cứ): 54');
		for (const text of [rules, count]) expect(text).not.toMatch(/quá một nửa (so với )?(tổng )?số phiếu (bầu )?hợp lệ/);
		expect(sameOrigin(page)).toEqual([]);
	});

	it('a template page explains the template and gives its blank version', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/bieu-mau/bien-ban-kiem-phieu/`);
		await expect(page.getByRole('heading', { name: 'Vì sao cần biểu mẫu này' }).isVisible()).resolves.toBe(true);
		expect(await page.locator('a[href="/van-ban/244-qd-tw/"]').count()).toBeGreaterThan(0);
		const blank = await download(page, page.getByRole('link', { name: /Bản để trống/ }));
		const text = plainText(await readDocx(blank.bytes));
		expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
		expect(text).toContain(`Số phiếu hợp lệ: ${DOTS}`);
		expect(sameOrigin(page)).toEqual([]);
	});

	it('publishes the raw templates and their descriptions for the in-browser packet builder', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/bieu-mau/`);
		const found = await page.evaluate(async () => {
			const list = (await (await fetch('/bieu-mau/mau-goc/templates.json')).json()) as { id: string; href: string; title: string }[];
			const first = new Uint8Array(await (await fetch(list[0]!.href)).arrayBuffer());
			return { ids: list.map((t) => t.id), head: [...first.slice(0, 2)] };
		});
		expect(found.ids).toHaveLength(9);
		expect(found.ids).toContain('nghi-quyet-dai-hoi');
		expect(found.head).toEqual([0x50, 0x4b]);
	});
});
