import { readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { plainText, readDocx } from '../support/docx.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCongressFile } from '../../src/lib/packet/congress-file.ts';
import { axeViolations } from '../support/axe.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';
import { choose, downloadPacket, enterElection, fillCongress, fillOrganization } from '../support/packet.ts';

const browser = useBrowser();
const URL_PATH = '/tao-bo-van-ban/';

/** Every request of the page went to the site itself. */
function expectSameOrigin(page: { seen: string[] }) {
	const origin = new URL(baseUrl()).origin;
	const foreign = page.seen.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
	expect(foreign).toEqual([]);
}

async function open(options: { width?: number } = {}) {
	const page = await browser.page(options);
	// Headless Chromium cannot answer a native save dialog: the page then saves as a download, as in
	// browsers without one. The dialog itself is tested with a stand-in below.
	await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
	await page.goto(`${baseUrl()}${URL_PATH}`);
	await page.locator('#f-organization-name').waitFor();
	return page;
}

const rule = (page: Page, id: string) => page.locator(`[data-rule="${id}"]`);

describe('packet builder: form and checks', () => {
	it('fills a congress from scratch with defaults for the organization type', async () => {
		const page = await open();
		await fillOrganization(page);
		// Defaults follow the organization type: the current term, a delegates' congress; its usual
		// elections are proposed, not added.
		expect(await page.inputValue('#f-congress-term')).toBe('2020-2025');
		expect(await page.inputValue('#f-congress-kind')).toBe('dai-bieu');
		expect(await page.locator('[data-container^="elections."]').count()).toBe(0);
		expect(await page.locator('label[for="f-elections-chon-committee"]').innerText()).toBe('Bầu cấp ủy (ban chấp hành, chi ủy) (đề xuất)');
		expect(await page.isChecked('#f-elections-chon-committee')).toBe(false);
		await page.fill('#f-congress-number', 'XXI');
		await page.click('button[data-action="add"][data-path="congress.dates"]');
		await page.fill('#f-congress-dates-0', '2020-01-10');
		await page.click('button[data-action="add"][data-path="presidium"]');
		await page.fill('#f-presidium-0-name', 'Nguyễn Văn A');
		// Progress survives a reload: it is kept in this browser.
		await page.waitForTimeout(400);
		await page.reload();
		expect(await page.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thử Nghiệm');
		expect(await page.inputValue('#f-presidium-0-name')).toBe('Nguyễn Văn A');
		expect(await page.inputValue('#f-congress-dates-0')).toBe('2020-01-10');
		expectSameOrigin(page);
	});

	it('shows a Vietnamese message next to a wrong field, tied to it for screen readers', async () => {
		const page = await open();
		await fillOrganization(page);
		await page.fill('#f-congress-term', '2020');
		await page.locator('#f-congress-term').blur();
		const error = page.locator('#e-congress-term');
		await expect.poll(() => error.innerText()).toMatch(/nhiệm kỳ ghi dạng 2020-2025/);
		expect(await page.getAttribute('#f-congress-term', 'aria-invalid')).toBe('true');
		expect(await page.getAttribute('#f-congress-term', 'aria-describedby')).toContain('e-congress-term');
		await expect.poll(() => page.locator('[data-packet-status]').innerText()).toMatch(/Nhiệm kỳ: nhiệm kỳ ghi dạng/);
		await page.fill('#f-congress-term', '2020-2025');
		await page.locator('#f-congress-term').blur();
		await expect.poll(() => error.innerText()).toBe('');
		expect(await page.getAttribute('#f-congress-term', 'aria-invalid')).toBeNull();
	});

	it('checks the personnel plan: a failing and a passing rule, with the figure and its source', async () => {
		const page = await open();
		await fillOrganization(page);
		await page.fill('#f-personnelPlan-seats', '14');
		await page.fill('#f-personnelPlan-women', '2');
		await expect.poll(() => rule(page, 'ty-le-nu').getAttribute('data-status')).toBe('not-met');
		expect(await rule(page, 'ty-le-nu').innerText()).toMatch(/Chưa đạt\s*Tỷ lệ nữ.*14,3% \(2\/14 người\)\. Yêu cầu từ 15% trở lên/);
		const links = rule(page, 'ty-le-nu').locator('a');
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/tu-lieu/#hoan-kiem-2020-04-28', '/nhan-su/co-cau-ty-le/']);
		expect(await rule(page, 'ty-le-nu').innerText()).toMatch(/Quận Hoàn Kiếm, Hà Nội/);

		await page.fill('#f-personnelPlan-women', '3');
		await expect.poll(() => rule(page, 'ty-le-nu').getAttribute('data-status')).toBe('met');
		expect(await rule(page, 'ty-le-nu').innerText()).toMatch(/Đạt\s*Tỷ lệ nữ.*21,4%/);

		// Surplus exactly at the 15% bound passes; one more candidate fails.
		await page.fill('#f-personnelPlan-seats', '20');
		await page.fill('#f-personnelPlan-candidates', '23');
		await expect.poll(() => rule(page, 'so-du-ban-chap-hanh').getAttribute('data-status')).toBe('met');
		await page.fill('#f-personnelPlan-candidates', '24');
		await expect.poll(() => rule(page, 'so-du-ban-chap-hanh').getAttribute('data-status')).toBe('not-met');
		expect(await rule(page, 'so-du-ban-chap-hanh').innerText()).toMatch(/20%.*dư 4/);

		// A party cell has no standing committee or executive committee surplus rule.
		await page.selectOption('#f-organization-type', 'chi-bo-co-so');
		await expect.poll(() => rule(page, 'so-du-ban-chap-hanh').count()).toBe(0);
		expectSameOrigin(page);
	});
});

describe('packet builder: links', () => {
	it('links drawn by the script (rule sources, election rules) lead to pages of the site', async () => {
		const page = await open();
		await fillOrganization(page);
		await page.fill('#f-personnelPlan-seats', '14');
		const hrefs = await page.locator('[data-packet-form] a[href^="/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
		expect(hrefs).toEqual(expect.arrayContaining(['/tu-lieu/#hoan-kiem-2020-04-28', '/nhan-su/co-cau-ty-le/', '/van-ban/244-qd-tw/', '/bau-cu/ban-kiem-phieu/']));
		for (const href of hrefs) {
			const [path, anchor] = href.split('#');
			const response = await page.request.get(`${baseUrl()}${path}`);
			expect(response.status(), href).toBe(200);
			if (anchor) expect(await response.text(), href).toContain(`id="${anchor}"`);
		}
	});
});

describe('packet builder: vote tally', () => {
	it('flags a tie at the last seat, then elects by highest votes once it is broken', async () => {
		const page = await open();
		await fillOrganization(page);
		// 118 valid ballots of 130 delegates convened, 2 seats (at most 236 votes in all): B and C pass
		// half of the 130 with 70 each.
		await enterElection(page, [90, 70, 70, 6]);
		const tally = page.locator('[data-tally="elections.0"]');
		await expect.poll(() => tally.locator('.packet-tally-summary').innerText()).toMatch(
			/Trúng cử \(1\/2\): Nguyễn Văn A\. Trần Thị B, Lê Văn C bằng phiếu nhau ở vị trí cuối: bầu tiếp .* 1 người/
		);
		expect(await tally.locator('tr[data-outcome="tied"]').count()).toBe(2);
		// What the votes are measured against is said above the results.
		expect(await tally.locator('.packet-tally-base').innerText()).toBe('Căn cứ tính trúng cử: 130 đại biểu được triệu tập — cần ít nhất 66 phiếu.');

		// 65 is more than half of the 118 valid ballots but exactly half of the 130 delegates: not
		// enough, so the tie is gone and B alone takes the second seat.
		await page.fill('#f-elections-0-candidates-2-votes', '65');
		await expect.poll(() => tally.locator('.packet-tally-summary').innerText()).toBe('Trúng cử (2/2): Nguyễn Văn A, Trần Thị B.');
		const row = tally.locator('tr', { hasText: 'Lê Văn C' });
		expect(await tally.locator('thead').innerText()).toMatch(/Tỷ lệ so với căn cứ/);
		expect(await row.innerText()).toMatch(/65\s+50%\s+Chưa quá một nửa so với căn cứ/);
		// Two decimals, as the vote-count minutes print it.
		expect(await tally.locator('tr', { hasText: 'Trần Thị B' }).innerText()).toMatch(/70\s+53,85%\s+Trúng cử/);

		// With 2 delegates deducted as the Quy chế allows, the base is 128 and 65 passes: the tie is back.
		await page.fill('#f-elections-0-base', '128');
		await expect.poll(() => tally.locator('.packet-tally-base').innerText()).toBe(
			'Căn cứ tính trúng cử: 128 (đã trừ các trường hợp Quy chế bầu cử trong Đảng cho phép trừ) — cần ít nhất 65 phiếu.'
		);
		expect(await tally.locator('.packet-tally-summary').innerText()).toBe('Trúng cử (2/2): Nguyễn Văn A, Trần Thị B.');
		await page.fill('#f-elections-0-candidates-2-votes', '70');
		await expect.poll(() => tally.locator('tr[data-outcome="tied"]').count()).toBe(2);
		expectSameOrigin(page);
	});

	it('waits for the base, and says what it needs', async () => {
		const page = await open();
		await fillOrganization(page);
		await enterElection(page, [100, 70]);
		await page.fill('#f-delegates-elected', '');
		const tally = page.locator('[data-tally="elections.0"]');
		await expect.poll(() => tally.innerText()).toMatch(/Nhập số đại biểu được triệu tập \(hoặc số làm căn cứ tính trúng cử\) để biết ai trúng cử\./);
		await page.selectOption('#f-congress-kind', 'toan-the');
		await expect.poll(() => tally.innerText()).toMatch(/Nhập số đảng viên của tổ chức \(hoặc số làm căn cứ tính trúng cử\)/);
		await page.fill('#f-organization-members', '125');
		await expect.poll(() => tally.locator('.packet-tally-base').innerText()).toBe('Căn cứ tính trúng cử: 125 đảng viên chính thức — cần ít nhất 63 phiếu.');
		expectSameOrigin(page);
	});

	it('refuses figures that do not add up', async () => {
		const page = await open();
		await fillOrganization(page);
		await enterElection(page, [100, 70]);
		await page.fill('#f-elections-0-ballots-invalid', '3');
		const tally = page.locator('[data-tally="elections.0"]');
		await expect.poll(() => tally.innerText()).toMatch(/số phiếu hợp lệ \(118\) cộng số phiếu không hợp lệ \(3\) bằng 121, phải bằng số phiếu thu vào \(120\)/);
		// Leaving the field redraws the field messages: the list of what does not match stays.
		await page.locator('#f-elections-0-ballots-invalid').blur();
		await page.waitForTimeout(200);
		expect(await tally.innerText()).toMatch(/Số liệu kiểm phiếu chưa khớp:\s+số phiếu hợp lệ \(118\)/);
		await page.fill('#f-elections-0-ballots-invalid', '2');
		await page.fill('#f-elections-0-candidates-0-votes', '119');
		await expect.poll(() => tally.innerText()).toMatch(/Nguyễn Văn A được 119 phiếu, nhiều hơn số phiếu hợp lệ \(118\)/);
		await page.fill('#f-elections-0-candidates-0-votes', '100');
		// Everyone handed a ballot counts in the base.
		await page.fill('#f-delegates-elected', '119');
		await expect.poll(() => tally.innerText()).toMatch(/số phiếu phát ra \(120\) nhiều hơn 119 đại biểu được triệu tập/);
	});
});

describe('packet builder: file export and import', () => {
	it('exports the congress file and imports it in a fresh browser', async () => {
		const page = await open();
		await fillOrganization(page);
		await page.fill('#f-personnelPlan-seats', '14');
		await page.fill('#f-personnelPlan-women', '3');
		await enterElection(page, [100, 70, 66]);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="export"]')]);
		// A name office staff recognise; the content is still a congress file.
		expect(download.suggestedFilename()).toBe('dai-hoi-dang-bo-xa-thu-nghiem.cndh.md');
		const text = readFileSync((await download.path())!, 'utf8');
		// Exactly the congress front matter format: YAML between two --- lines.
		expect(text).toMatch(/^---\n[\s\S]+\n---\n$/);
		const { data } = readCongressFile(text);
		expect(data).toMatchObject({
			organization: { name: 'Đảng bộ xã Thử Nghiệm', type: 'dang-bo-co-so', upperBody: 'Đảng bộ huyện Mẫu', place: 'Thử Nghiệm' },
			congress: { term: '2020-2025', kind: 'dai-bieu' },
			delegates: { elected: 130 },
			personnelPlan: { seats: 14, women: 3 },
		});
		// The tally's outcome is written into the file for the vote-count minutes: C passed half of the
		// 130 delegates but two others had more votes.
		const committee = (data['elections'] as { kind: string; candidates: unknown[] }[])[0]!;
		expect(committee).toMatchObject({ kind: 'committee', seats: 2, ballots: { issued: 120, received: 120, valid: 118, invalid: 2 } });
		expect(committee.candidates).toEqual([
			{ name: 'Nguyễn Văn A', votes: 100, elected: true },
			{ name: 'Trần Thị B', votes: 70, elected: true },
			{ name: 'Lê Văn C', votes: 66, elected: false },
		]);
		expectSameOrigin(page);

		const other = await open();
		expect(await other.inputValue('#f-organization-name')).toBe('');
		await other.setInputFiles('input[data-action="import"]', { name: 'dai-hoi.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
		await expect.poll(() => other.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thử Nghiệm');
		expect(await other.inputValue('#f-elections-0-candidates-1-name')).toBe('Trần Thị B');
		await expect.poll(() => other.locator('[data-packet-status]').innerText()).toMatch(/Đã mở tệp dai-hoi\.md/);
		await expect.poll(() => rule(other, 'ty-le-nu').getAttribute('data-status')).toBe('met');
		expectSameOrigin(other);
	});

	it('opens an example congress of the site and saves it back unchanged', async () => {
		const source = readFileSync('content/congresses/thanh-chan.md', 'utf8');
		const page = await open();
		await page.setInputFiles('input[data-action="import"]', { name: 'thanh-chan.md', mimeType: 'text/markdown', buffer: Buffer.from(source) });
		await expect.poll(() => page.locator('[data-packet-status]').innerText()).toBe('Đã mở tệp thanh-chan.md. Thông tin hợp lệ.');
		expect(await page.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thanh Chăn');
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="export"]')]);
		const saved = readCongressFile(readFileSync((await download.path())!, 'utf8'));
		const original = readCongressFile(source);
		expect(saved.data).toEqual(original.data);
		expect(saved.body).toBe(original.body);
	});

	it('says what is wrong with a file that is not a congress file', async () => {
		const page = await open();
		await page.setInputFiles('input[data-action="import"]', { name: 'hong.md', mimeType: 'text/markdown', buffer: Buffer.from('---\norganization: [\n---\n') });
		await expect.poll(() => page.locator('[data-packet-status]').innerText()).toMatch(/Không mở được tệp hong\.md: không đọc được tệp \(dòng \d+\)/);
	});
});

describe('packet builder: nothing entered is lost (reliability review)', () => {
	const status = (page: Page) => page.locator('[data-packet-status]').innerText();
	const importText = (page: Page, name: string, text: string) => page.setInputFiles('input[data-action="import"]', { name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
	async function openWatched(options: { width?: number } = {}) {
		const page = await open(options);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		return Object.assign(page, { errors });
	}
	/** An organization and the two elections the office ticks, stored in the browser. */
	async function withData() {
		const page = await openWatched();
		await fillOrganization(page);
		await choose(page, 'committee');
		await choose(page, 'delegation');
		await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Đảng bộ xã Thử Nghiệm') && v.includes('delegation')))).toBe(true);
		return page;
	}

	it('wrong-shaped import (foo: bar): refused before anything is replaced; after reload the data is there', async () => {
		const page = await withData();
		await importText(page, 'khac.md', 'foo: bar\n');
		await expect.poll(() => status(page)).toMatch(/Không mở được tệp khac\.md: tệp này không chứa thông tin đại hội nào .* Thông tin đang nhập vẫn giữ nguyên\./);
		await page.reload();
		await page.locator('#f-organization-name').waitFor();
		expect(await page.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thử Nghiệm');
		expect(page.errors).toEqual([]);
	});

	it('wrong-typed import (elections: 5, presidium: "abc"): asks first, showing what is replaced; declining keeps the data', async () => {
		const page = await withData();
		const questions: string[] = [];
		page.once('dialog', (d) => {
			questions.push(d.message());
			void d.dismiss();
		});
		await importText(page, 'sai-kieu.md', '---\norganization:\n  name: Chi bộ Thôn Mới\nelections: 5\npresidium: "abc"\n---\n');
		await expect.poll(() => status(page)).toBe('Chưa mở tệp sai-kieu.md. Thông tin đang nhập vẫn giữ nguyên.');
		expect(questions[0]).toMatch(/^Thay thông tin đang nhập \(«Đảng bộ xã Thử Nghiệm», 2 cuộc bầu\) bằng nội dung tệp sai-kieu\.md \(«Chi bộ Thôn Mới»\)\? Phần không dùng được trong tệp sẽ bỏ qua: Các cuộc bầu cử, Đoàn chủ tịch/);
		expect(await page.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thử Nghiệm');
		expect(page.errors).toEqual([]);
	});

	it('wrong-typed import accepted: the valid part loads, survives reload, and one click restores the previous data', async () => {
		const page = await withData();
		page.once('dialog', (d) => void d.accept());
		await importText(page, 'sai-kieu.md', '---\norganization:\n  name: Chi bộ Thôn Mới\nelections: 5\npresidium: "abc"\n---\n');
		await expect.poll(() => page.inputValue('#f-organization-name')).toBe('Chi bộ Thôn Mới');
		await expect.poll(() => status(page)).toMatch(/Phần không dùng được trong tệp đã bỏ qua: Các cuộc bầu cử/);
		await page.reload();
		await page.locator('#f-organization-name').waitFor();
		expect(await page.inputValue('#f-organization-name')).toBe('Chi bộ Thôn Mới');
		const restore = page.locator('button[data-action="restore"]');
		expect(await restore.isVisible()).toBe(true);
		expect(await page.locator('[data-packet-restore]').innerText()).toContain('«Đảng bộ xã Thử Nghiệm», 2 cuộc bầu');
		await restore.click();
		await expect.poll(() => page.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thử Nghiệm');
		expect(await page.isChecked('#f-elections-chon-delegation')).toBe(true);
		expect(await restore.isVisible()).toBe(false);
		await page.reload();
		await page.locator('#f-organization-name').waitFor();
		expect(await page.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thử Nghiệm');
		// «Xóa hết» wipes the kept copy too: nothing of the congress stays in this browser.
		page.once('dialog', (d) => void d.accept());
		await importText(page, 'sai-kieu.md', '---\norganization:\n  name: Chi bộ Thôn Mới\n---\n');
		await expect.poll(() => restore.isVisible()).toBe(true);
		page.once('dialog', (d) => void d.accept());
		await page.click('button[data-action="reset"]');
		await expect.poll(() => restore.isVisible()).toBe(false);
		const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cndh:')).map((k) => [k, localStorage.getItem(k)]));
		expect(kept).toEqual([['cndh:tao-bo-van-ban', '{"data":{},"body":""}']]);
		expect(page.errors).toEqual([]);
	});

	it('stored data of the wrong shape ({"data":null}, [], {"elections":5}): the page loads what is valid and says what was dropped', async () => {
		const page = await openWatched();
		const cases: [string, string, RegExp | ''][] = [
			['{"data":null}', '', ''],
			['{"data":[]}', '', /toàn bộ thông tin/],
			['{"data":{"organization":{"name":"Chi bộ A"},"elections":5}}', 'Chi bộ A', /đã được bỏ qua: Các cuộc bầu cử\. Phần còn lại vẫn giữ nguyên/],
			['không phải JSON', '', /toàn bộ thông tin/],
		];
		for (const [stored, name, notice] of cases) {
			await page.evaluate((v) => localStorage.setItem('cndh:tao-bo-van-ban', v), stored);
			await page.reload();
			await page.locator('#f-organization-name').waitFor();
			expect(await page.inputValue('#f-organization-name'), stored).toBe(name);
			const shown = await page.locator('[data-packet-load-notice]').innerText();
			if (notice) expect(shown, stored).toMatch(notice);
			else expect(shown, stored).toBe('');
			// The form works: an edit is saved.
			await page.fill('#f-organization-name', 'Chi bộ B');
			await page.waitForTimeout(400);
			expect(await page.evaluate(() => JSON.parse(localStorage.getItem('cndh:tao-bo-van-ban')!).data.organization.name), stored).toBe('Chi bộ B');
		}
		expect(page.errors).toEqual([]);
	});

	it('alias bomb and a 20 MB file: refused with a plain message, the data kept', async () => {
		const page = await withData();
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)];
		await importText(page, 'bom.md', `---\n${bomb.join('\n')}\n---\n`);
		await expect.poll(() => status(page)).toMatch(/Không mở được tệp bom\.md: không đọc được tệp: tệp có quá nhiều tham chiếu «\*…»/);
		// Made inside the page: sending 20 MB through the browser protocol would only time the test harness.
		await page.evaluate(() => {
			const input = document.querySelector<HTMLInputElement>('input[data-action="import"]')!;
			const files = new DataTransfer();
			files.items.add(new File([`---\norganization:\n  name: "${'x'.repeat(20_000_000)}"\n---\n`], 'lon.md'));
			input.files = files.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		});
		await expect.poll(() => status(page)).toMatch(/Không mở được tệp lon\.md: tệp quá lớn \(20 MB; tối đa 1 MB\)/);
		expect(await page.inputValue('#f-organization-name')).toBe('Đảng bộ xã Thử Nghiệm');
		expect(page.errors).toEqual([]);
	});

	it('a failed save (storage full) is announced on the page', async () => {
		const page = await browser.page();
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('quota', 'QuotaExceededError');
			};
		});
		await page.goto(`${baseUrl()}${URL_PATH}`);
		await page.fill('#f-organization-name', 'Chi bộ C');
		const warning = page.locator('[data-packet-save-failed]');
		await warning.waitFor();
		expect(await warning.innerText()).toMatch(/Không lưu được thông tin trên máy này: bộ nhớ của trình duyệt đã đầy .* hãy bấm «Lưu ra tệp»/);
		await expect.poll(() => status(page)).toMatch(/Không lưu được thông tin trên máy này/);
	});

	it('embedded-config XSS: a template description with </script> is data, not markup', async () => {
		const { jsonForHtml } = await import('../../src/lib/html/json.ts');
		const page = await browser.page();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const url = `${baseUrl()}${URL_PATH}`;
		const built = await (await fetch(url)).text();
		const embedded = /<script type="application\/json" id="packet-config">([\s\S]*?)<\/script>/.exec(built)!;
		// The page as built embeds its config through the encoder.
		expect(embedded[1]).toBe(jsonForHtml(JSON.parse(embedded[1]!)));
		const config = JSON.parse(embedded[1]!);
		const evil = '</script><img src=x onerror="window.__xss=1"><script>window.__xss=2</script><!--';
		config.templates[0].title = evil;
		await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: built.replace(embedded[1]!, () => jsonForHtml(config)) }));
		await page.goto(url);
		await page.locator('#f-organization-name').waitFor();
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.evaluate(() => JSON.parse(document.getElementById('packet-config')!.textContent!).templates[0].title)).toBe(evil);
		expect(errors).toEqual([]);
	});
});

describe('packet builder: documents', () => {
	it('generates every document in the browser, downloaded as a .zip that opens in Word format', async () => {
		const page = await open();
		await fillCongress(page);
		await page.fill('#f-numbers-nghi-quyet-dai-hoi', '01');
		const { name, files } = await downloadPacket(page);
		expect(name).toBe('bo-van-ban-dang-bo-xa-thu-nghiem.zip');
		// Only the election ticked (the committee) has a ballot and vote-count minutes.
		expect(Object.keys(files).sort()).toEqual([
			'bao-cao-tong-hop-gop-y.docx',
			'bien-ban-dai-hoi.docx',
			'bien-ban-kiem-phieu-cap-uy.docx',
			'chuong-trinh-dai-hoi.docx',
			'nghi-quyet-dai-hoi.docx',
			'noi-quy-dai-hoi.docx',
			'phieu-bau-cap-uy.docx',
			'quy-che-bau-cu.docx',
			'quy-che-lam-viec.docx',
		]);
		// Each .docx is itself a zip whose word/document.xml holds the data typed in the form.
		const resolution = plainText(await readDocx(files['nghi-quyet-dai-hoi.docx']!));
		expect(resolution).toContain('ĐẢNG BỘ XÃ THỬ NGHIỆM');
		expect(resolution).toContain('Thử Nghiệm, ngày 10 tháng 01 năm 2020');
		expect(resolution).toContain('Số 01-NQ/ĐH');
		expect(resolution).toMatch(/nhiệm kỳ 2020\s*[-–]\s*2025/);
		const minutes = plainText(await readDocx(files['bien-ban-kiem-phieu-cap-uy.docx']!));
		for (const text of ['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C', 'Số phiếu hợp lệ: 118', 'Số phiếu phát ra: 120']) expect(minutes).toContain(text);
		// The share of the base reads the same on the page and in the minutes.
		const onScreen = (await page.locator('[data-tally="elections.0"] tr', { hasText: 'Trần Thị B' }).innerText()).split('\t')[2]!.trim();
		expect(onScreen).toBe('53,85%');
		expect(minutes).toContain(`2\nTrần Thị B\n70\n${onScreen}`);
		// The minutes measure votes against the delegates convened, as the tally did.
		expect(minutes).toContain('Số làm căn cứ tính trúng cử: 130');
		expect(minutes).toContain('quá một nửa số làm căn cứ): 66');
		// The tally decides who the minutes list as elected: C passed half of the base but had fewer votes.
		expect(minutes).toContain('Đồng chí Nguyễn Văn A: 100 phiếu');
		expect(minutes).toContain('Đồng chí Trần Thị B: 70 phiếu');
		expect(minutes).not.toContain('Đồng chí Lê Văn C:');
		const agenda = plainText(await readDocx(files['chuong-trinh-dai-hoi.docx']!));
		expect(agenda).toContain('XXI');
		expect(new TextDecoder().decode(unzipSync(files['nghi-quyet-dai-hoi.docx']!)['word/document.xml'])).toContain('Đảng bộ huyện Mẫu'.toUpperCase());

		// One document alone downloads too.
		const first = page.locator('.packet-documents-list a').first();
		const [one] = await Promise.all([page.waitForEvent('download'), first.click()]);
		expect(one.suggestedFilename()).toMatch(/\.docx$/);
		expect(Object.keys(unzipSync(new Uint8Array(readFileSync((await one.path())!))))).toContain('word/document.xml');
		expectSameOrigin(page);
	});

	it('the minutes say what the tally says: a tie at the last seat goes to a further vote', async () => {
		const page = await open();
		await fillCongress(page);
		// 118 valid ballots for 2 seats allow 236 votes in all: A 90, B and C 70 each.
		await page.fill('#f-elections-0-candidates-0-votes', '90');
		await page.fill('#f-elections-0-candidates-2-votes', '70');
		await expect.poll(() => page.locator('[data-tally="elections.0"] .packet-tally-summary').innerText()).toMatch(/bầu tiếp/);
		const { files } = await downloadPacket(page);
		const minutes = plainText(await readDocx(files['bien-ban-kiem-phieu-cap-uy.docx']!));
		expect(minutes).toContain('Đồng chí Nguyễn Văn A: 90 phiếu');
		expect(minutes).not.toContain('Đồng chí Trần Thị B:');
		expect(minutes).toContain(
			'Các đồng chí Trần Thị B, Lê Văn C bằng số phiếu nhau ở vị trí cuối (70 phiếu); đại hội bầu tiếp trong số các đồng chí này để chọn 1 người.'
		);
		expect(minutes).not.toContain('Còn thiếu');
		expectSameOrigin(page);
	});

	it('on an empty form, names each required field instead of generating', async () => {
		const page = await open();
		await page.click('button[data-action="generate"]');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-organization-name');
		for (const id of ['organization-name', 'organization-type', 'organization-upperBody', 'organization-place', 'congress-term']) {
			expect(await page.locator(`#e-${id}`).innerText()).toBe('chưa điền (bắt buộc)');
		}
		await expect.poll(() => page.locator('[data-packet-status]').innerText()).toMatch(/còn 5 chỗ cần sửa/);
	});

	it('refuses to generate while a required field is empty, and takes the reader to it', async () => {
		const page = await open();
		await fillCongress(page);
		await page.fill('#f-organization-name', '');
		await page.click('button[data-action="generate"]');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-organization-name');
		expect(await page.locator('#e-organization-name').innerText()).not.toBe('');
		await expect.poll(() => page.locator('[data-packet-status]').innerText()).toMatch(/Chưa tạo được bộ văn bản: còn 1 chỗ cần sửa/);
		expect(await page.locator('a.packet-zip').count()).toBe(0);
	});
});

const docxText = async (files: Record<string, Uint8Array>, name: string) => plainText(await readDocx(files[name]!));

describe('packet builder: mistakes caught where they are made', () => {
	it('warns about a candidate entered twice and asks for the year of birth; the ballot then tells them apart', async () => {
		const page = await open();
		await fillCongress(page);
		await page.click('button[data-action="add"][data-path="elections.0.candidates"]');
		await page.fill('#f-elections-0-candidates-3-name', 'nguyễn văn  a');
		const warning = page.locator('#e-elections-0-candidates-3-name');
		await expect.poll(() => warning.innerText()).toMatch(/^Trùng tên với người 1 \(Nguyễn Văn A\)\. Nếu là hai người khác nhau, ghi thêm năm sinh/);
		// The first of the two is not flagged.
		expect(await page.locator('#e-elections-0-candidates-0-name').innerText()).toBe('');
		await page.fill('#f-elections-0-candidates-3-name', 'Nguyễn Văn A (sinh năm 1980)');
		await page.fill('#f-elections-0-candidates-3-votes', '10');
		await expect.poll(() => warning.innerText()).toBe('');
		const { files } = await downloadPacket(page);
		const ballot = await docxText(files, 'phieu-bau-cap-uy.docx');
		expect(ballot).toContain('1\nNguyễn Văn A\n');
		expect(ballot).toContain('4\nNguyễn Văn A (sinh năm 1980)');
	});

	it('removing a person can be undone; dropping an election with votes asks first and can be undone', async () => {
		const page = await open();
		await fillCongress(page);
		await page.click('button[data-action="add"][data-path="presidium"]');
		await page.fill('#f-presidium-1-name', 'Trần Thị B');
		await page.click('[data-container="presidium.0"] button[data-action="remove"]');
		expect(await page.inputValue('#f-presidium-0-name')).toBe('Trần Thị B');
		const undo = page.locator('[data-packet-undo]');
		expect(await undo.innerText()).toMatch(/Đã xóa người 1 \(Hoàng Văn E\)\./);
		await undo.locator('button[data-action="undo"]').click();
		expect(await page.inputValue('#f-presidium-0-name')).toBe('Hoàng Văn E');
		expect(await page.inputValue('#f-presidium-1-name')).toBe('Trần Thị B');
		expect(await undo.isHidden()).toBe(true);

		// The committee election holds 3 candidates and their votes: unticking it asks.
		let asked = '';
		page.once('dialog', (d) => ((asked = d.message()), void d.dismiss()));
		await page.uncheck('#f-elections-chon-committee').catch(() => undefined);
		expect(asked).toBe('Bỏ «Bầu cấp ủy (ban chấp hành, chi ủy)» cùng 3 người trong danh sách và số liệu đã nhập?');
		expect(await page.isChecked('#f-elections-chon-committee')).toBe(true);
		expect(await page.inputValue('#f-elections-0-candidates-2-name')).toBe('Lê Văn C');
		page.once('dialog', (d) => void d.accept());
		await page.uncheck('#f-elections-chon-committee');
		expect(await page.locator('#f-elections-0-candidates-0-name').count()).toBe(0);
		const without = await downloadPacket(page);
		expect(Object.keys(without.files)).not.toContain('bien-ban-kiem-phieu-cap-uy.docx');
		await undo.locator('button[data-action="undo"]').click();
		expect(await page.inputValue('#f-elections-0-candidates-2-name')).toBe('Lê Văn C');
		expect(await page.inputValue('#f-elections-0-candidates-2-votes')).toBe('66');
		const restored = await downloadPacket(page);
		expect(await docxText(restored.files, 'bien-ban-kiem-phieu-cap-uy.docx')).toContain('Đồng chí Trần Thị B: 70 phiếu');
	});

	it('reads «21», « 21 », «21,0» and «2020 – 2025», and explains «ba mươi»', async () => {
		const page = await open();
		await fillCongress(page);
		await page.fill('#f-organization-members', 'ba mươi');
		await page.locator('#f-organization-members').blur();
		await expect.poll(() => page.locator('#e-organization-members').innerText()).toBe('«ba mươi» chưa phải là số: cần nhập chữ số, ví dụ 30');
		expect(await page.getAttribute('#f-organization-members', 'aria-invalid')).toBe('true');
		for (const typed of ['21', ' 21 ', '21,0']) {
			await page.fill('#f-organization-members', typed);
			await page.locator('#f-organization-members').blur();
			await expect.poll(() => page.locator('#e-organization-members').innerText()).toBe('');
		}
		await page.fill('#f-congress-term', '2020 – 2025');
		await page.locator('#f-congress-term').blur();
		await expect.poll(() => page.locator('#e-congress-term').innerText()).toBe('');
		await page.fill('#f-delegates-elected', '20');
		const { files } = await downloadPacket(page);
		const minutes = await docxText(files, 'bien-ban-dai-hoi.docx');
		expect(minutes).toContain('có tổng số 21 đảng viên');
		expect(minutes).toContain('nhiệm kỳ 2020\u00a0–\u00a02025');
	});

	it('proposes the elections of a party cell; the packet holds only those ticked', async () => {
		const page = await open();
		await fillOrganization(page);
		await page.selectOption('#f-organization-type', 'chi-bo-co-so');
		const choices = page.locator('[data-choices="elections"]');
		await expect.poll(() => choices.innerText()).toMatch(/Đề xuất cho chi bộ cơ sở: bầu cấp ủy \(ban chấp hành, chi ủy\); bầu bí thư tại đại hội; bầu phó bí thư tại đại hội; bầu đoàn đại biểu dự đại hội cấp trên\./);
		expect(await choices.locator('input:checked').count()).toBe(0);
		await choose(page, 'secretary');
		await choose(page, 'deputy-secretary');
		// In the order a congress holds them, whatever order they were ticked in.
		expect(await page.locator('[data-container="elections.0"] > legend').innerText()).toBe('Bầu bí thư tại đại hội');
		expect(await page.locator('[data-container="elections.1"] > legend').innerText()).toBe('Bầu phó bí thư tại đại hội');
		const { files } = await downloadPacket(page);
		expect(Object.keys(files).filter((n) => /^(phieu-bau|bien-ban-kiem-phieu)-/.test(n)).sort()).toEqual([
			'bien-ban-kiem-phieu-bi-thu.docx',
			'bien-ban-kiem-phieu-pho-bi-thu.docx',
			'phieu-bau-bi-thu.docx',
			'phieu-bau-pho-bi-thu.docx',
		]);
		const deputy = await readDocx(files['bien-ban-kiem-phieu-pho-bi-thu.docx']!);
		expect(plainText(deputy)).toContain('Bầu Phó Bí thư Đảng bộ xã Thử Nghiệm nhiệm kỳ 2020\u00a0–\u00a02025 tại đại hội');
		// One seat: one line for the person elected.
		expect(deputy.paragraphs.filter((p) => /^\d+\. Đồng chí /.test(p.text))).toHaveLength(1);
	});

	it('flags more members present than the party cell has, with labels for an all-members congress', async () => {
		const page = await open();
		await fillOrganization(page);
		await page.selectOption('#f-organization-type', 'chi-bo-co-so');
		// The form chosen for the Đảng bộ earlier is kept: the user changes it.
		expect(await page.locator('label[for="f-delegates-attending"]').innerText()).toBe('Số đại biểu có mặt');
		await page.selectOption('#f-congress-kind', 'toan-the');
		await expect.poll(() => page.locator('label[for="f-delegates-attending"]').innerText()).toBe('Số đảng viên có mặt');
		await page.fill('#f-organization-members', '30');
		await page.fill('#f-delegates-attending', '35');
		await page.locator('#f-delegates-attending').blur();
		await expect.poll(() => page.locator('#e-delegates-attending').innerText()).toBe('số đảng viên có mặt (35) lớn hơn số đảng viên của tổ chức (30)');
		await page.click('button[data-action="generate"]');
		await expect.poll(() => page.locator('[data-packet-status]').innerText()).toMatch(/Chưa tạo được bộ văn bản: còn 1 chỗ cần sửa/);
		await page.fill('#f-delegates-attending', '28');
		const { files } = await downloadPacket(page);
		const minutes = await docxText(files, 'bien-ban-dai-hoi.docx');
		expect(minutes).toContain('có mặt: 28');
		expect(minutes).toContain('đảng viên có mặt');
		expect(minutes).not.toMatch(/đại biểu có mặt/i);
	});

	it('saves through the browser\'s save dialog with a Vietnamese description of the file', async () => {
		const page = await open();
		await fillOrganization(page);
		// Stand-in for the native dialog: records what the page asks for and what it writes.
		await page.evaluate(() => {
			const w = window as unknown as Record<string, unknown>;
			w['savedWith'] = null;
			w['showSaveFilePicker'] = async (options: unknown) => {
				w['savedWith'] = options;
				const chunks: string[] = [];
				return {
					name: (options as { suggestedName: string }).suggestedName,
					createWritable: async () => ({ write: async (b: Blob) => void chunks.push(await b.text()), close: async () => void (w['savedText'] = chunks.join('')) }),
				};
			};
		});
		await page.click('button[data-action="export"]');
		await expect.poll(() => page.locator('[data-packet-status]').innerText()).toMatch(/Đã lưu tệp dai-hoi-dang-bo-xa-thu-nghiem\.cndh\.md/);
		const saved = (await page.evaluate(() => (window as unknown as Record<string, unknown>)['savedWith'])) as { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] };
		expect(saved.suggestedName).toBe('dai-hoi-dang-bo-xa-thu-nghiem.cndh.md');
		expect(saved.types).toEqual([{ description: 'Hồ sơ đại hội (Cẩm nang Đại hội)', accept: { 'text/markdown': ['.md'] } }]);
		const text = (await page.evaluate(() => (window as unknown as Record<string, unknown>)['savedText'])) as string;
		expect(readCongressFile(text).data).toMatchObject({ organization: { name: 'Đảng bộ xã Thử Nghiệm' } });
	});
});

describe('packet builder: phone, keyboard, offline', () => {
	it('has no serious accessibility violation once filled, with errors, checks and a tally shown', async () => {
		const page = await open({ width: 360 });
		await fillOrganization(page);
		await page.fill('#f-personnelPlan-seats', '14');
		await page.fill('#f-personnelPlan-women', '2');
		await enterElection(page, [100, 60, 60, 16]);
		await page.fill('#f-congress-term', 'sai');
		await page.locator('#f-congress-term').blur();
		await expect.poll(() => page.locator('#e-congress-term').innerText()).not.toBe('');
		expect(await axeViolations(page, '[data-packet]')).toEqual([]);
	});

	it('fits a 360 px phone without horizontal scrolling', async () => {
		const page = await open({ width: 360 });
		await fillOrganization(page);
		await enterElection(page, [100, 70, 60]);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	it('adds and removes a list entry with the keyboard only', async () => {
		const page = await open();
		const add = page.locator('button[data-action="add"][data-path="presidium"]');
		await add.focus();
		await page.keyboard.press('Enter');
		// Focus moves into the new entry, ready to type.
		await page.keyboard.type('Nguyễn Văn A');
		expect(await page.inputValue('#f-presidium-0-name')).toBe('Nguyễn Văn A');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Xóa người 1');
		await page.keyboard.press('Enter');
		expect(await page.locator('#f-presidium-0-name').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('presidium');
	});

	it('after one visit to the home page, works offline: pages never opened, search, the packet builder, a PDF opened once', async () => {
		const page = await browser.page({ width: 390, height: 844, serviceWorkers: 'allow' });
		await page.goto(`${baseUrl()}/`);
		// The reader is told when the handbook is kept on the device.
		await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 90_000 });
		await expect.poll(() => page.locator('.cndh-offline-notice').innerText()).toMatch(/Đã lưu cẩm nang trên máy này/);
		// A PDF is kept once opened.
		const opened = await page.evaluate(async () => (await (await fetch('/cam-nang-a5.pdf')).arrayBuffer()).byteLength);
		expect(opened).toBe(statSync('dist/cam-nang-a5.pdf').size);
		await expect.poll(() => page.evaluate(() => caches.match('/cam-nang-a5.pdf').then(Boolean))).toBe(true);

		await page.context().setOffline(true);
		// Really offline: what was never fetched (the A4 PDF) does not come.
		expect(await page.evaluate(() => fetch('/cam-nang.pdf').then((r) => r.status, () => 'failed'))).toBe('failed');
		const a5 = await page.evaluate(async () => (await (await fetch('/cam-nang-a5.pdf')).arrayBuffer()).byteLength);
		expect(a5).toBe(statSync('dist/cam-nang-a5.pdf').size);

		for (const file of ['bau-cu/ban-kiem-phieu', 'nhan-su/co-cau-ty-le', 'dai-hoi-diem/bai-hoc-kinh-nghiem']) {
			await page.goto(`${baseUrl()}/${file}/`);
			const title = /^title:\s*(.+)$/m.exec(readFileSync(`content/handbook/${file}.mdx`, 'utf8'))![1]!;
			expect(await page.locator('h1').first().innerText()).toBe(title);
		}
		await page.goto(`${baseUrl()}/van-ban/`);
		expect(await page.locator('h1').first().innerText()).toBe('Danh mục văn bản');

		// Search, index included, then a result opens.
		await page.click('button[data-open-modal]');
		await page.fill('#header-search-input', 'kiểm phiếu');
		const status = page.locator('cndh-search[data-mode="compact"] [role="status"]');
		await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^Có [\d.]+ kết quả/);
		const first = page.locator('cndh-search[data-mode="compact"] ol.results a.title').first();
		const firstTitle = await first.innerText();
		await first.click();
		await expect.poll(() => page.locator('h1').first().innerText()).toBe(firstTitle);

		// The search page, its query in the address.
		await page.goto(`${baseUrl()}/tim-kiem/?q=${encodeURIComponent('bầu cử')}`);
		await expect.poll(() => page.locator('cndh-search[data-mode="full"] [role="status"]').innerText(), { timeout: 15_000 }).toMatch(/^Có [\d.]+ kết quả cho «bầu cử»/);

		// The templates page and a blank template.
		await page.goto(`${baseUrl()}/bieu-mau/`);
		const blank = await page.locator('a[href$="-mau-trong.docx"]').first().getAttribute('href');
		expect(await page.evaluate(async (href) => [...new Uint8Array(await (await fetch(href!)).arrayBuffer()).slice(0, 2)], blank)).toEqual([0x50, 0x4b]);

		// The packet builder: checks and documents.
		await page.goto(`${baseUrl()}${URL_PATH}`);
		await expect.poll(() => page.getAttribute('[data-packet]', 'data-offline')).toBe('ready');
		await fillCongress(page);
		await page.fill('#f-personnelPlan-seats', '10');
		await page.fill('#f-personnelPlan-under35', '1');
		await expect.poll(() => rule(page, 'ty-le-tre').getAttribute('data-status')).toBe('met');
		const { files } = await downloadPacket(page);
		expect(plainText(await readDocx(files['chuong-trinh-dai-hoi.docx']!))).toContain('ĐẢNG BỘ XÃ THỬ NGHIỆM');
		await page.context().setOffline(false);
	});
});
