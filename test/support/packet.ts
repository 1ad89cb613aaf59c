import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

/** Steps of filling the packet builder (/tao-bo-van-ban/) as a reader does, shared by its browser tests. */

export async function fillOrganization(page: Page) {
	await page.selectOption('#f-organization-type', 'dang-bo-co-so');
	await page.fill('#f-organization-name', 'Đảng bộ xã Thử Nghiệm');
	await page.fill('#f-organization-upperBody', 'Đảng bộ huyện Mẫu');
	await page.fill('#f-organization-place', 'Thử Nghiệm');
}

/** Ticks an election the congress holds, if not yet ticked (the packet holds only those ticked). */
export async function choose(page: Page, kind: string) {
	if (!(await page.isChecked(`#f-elections-chon-${kind}`))) await page.check(`#f-elections-chon-${kind}`);
}

/** 130 delegates convened (a delegates' congress is the default): more than half of them is 66 votes or more. */
export async function enterElection(page: Page, votes: number[]) {
	await choose(page, 'committee');
	await page.fill('#f-delegates-elected', '130');
	await page.fill('#f-elections-0-seats', '2');
	await page.fill('#f-elections-0-ballots-issued', '120');
	await page.fill('#f-elections-0-ballots-received', '120');
	await page.fill('#f-elections-0-ballots-valid', '118');
	await page.fill('#f-elections-0-ballots-invalid', '2');
	const names = ['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C', 'Phạm Thị D'];
	for (const [i, v] of votes.entries()) {
		if (!(await page.locator(`#f-elections-0-candidates-${i}-name`).count())) {
			await page.click('button[data-action="add"][data-path="elections.0.candidates"]');
		}
		await page.fill(`#f-elections-0-candidates-${i}-name`, names[i]!);
		await page.fill(`#f-elections-0-candidates-${i}-votes`, String(v));
	}
}

export async function fillCongress(page: Page) {
	await fillOrganization(page);
	await page.fill('#f-congress-number', 'XXI');
	await page.click('button[data-action="add"][data-path="congress.dates"]');
	await page.fill('#f-congress-dates-0', '2020-01-10');
	await page.click('button[data-action="add"][data-path="presidium"]');
	await page.fill('#f-presidium-0-name', 'Hoàng Văn E');
	await enterElection(page, [100, 70, 66]);
}

export async function downloadPacket(page: Page) {
	await page.click('button[data-action="generate"]');
	const zipLink = page.locator('a.packet-zip');
	await zipLink.waitFor({ timeout: 30_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), zipLink.click()]);
	return { name: download.suggestedFilename(), files: unzipSync(new Uint8Array(readFileSync((await download.path())!))) };
}
