import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from '../support/browser.ts';
import { normalizeSpace, readPdf } from '../support/pdf.ts';

const browser = useBrowser();

describe('checklists', () => {
	it('keeps a tick across a reload and clears it with «Bỏ đánh dấu tất cả»', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/viec-can-lam/truoc-dai-hoi/`);
		const status = page.getByRole('status');
		const total = await page.locator('[data-checklist] input[type="checkbox"]').count();
		expect(total).toBeGreaterThan(20);
		await expect(status.innerText()).resolves.toBe(`Đã xong 0/${total} việc.`);

		const item = page.getByRole('checkbox', { name: /Soạn nội quy đại hội/ });
		await item.check();
		await expect(status.innerText()).resolves.toBe(`Đã xong 1/${total} việc.`);

		await page.reload();
		expect(await page.getByRole('checkbox', { name: /Soạn nội quy đại hội/ }).isChecked()).toBe(true);
		await expect(page.getByRole('status').innerText()).resolves.toBe(`Đã xong 1/${total} việc.`);
		// Other phases keep their own state.
		await page.goto(`${baseUrl()}/viec-can-lam/trong-dai-hoi/`);
		expect(await page.locator('[data-checklist] input:checked').count()).toBe(0);

		await page.goto(`${baseUrl()}/viec-can-lam/truoc-dai-hoi/`);
		await page.getByRole('checkbox', { name: /Soạn quy chế bầu cử/ }).check();
		await page.getByRole('button', { name: 'Bỏ đánh dấu tất cả' }).click();
		expect(await page.locator('[data-checklist] input:checked').count()).toBe(0);
		// Clearing can be undone, even after a reload, until something is ticked again.
		await expect(page.getByText('Đã bỏ 2 dấu tích.').isVisible()).resolves.toBe(true);
		await page.reload();
		expect(await page.locator('[data-checklist] input:checked').count()).toBe(0);
		await page.getByRole('button', { name: 'Hoàn tác: đánh dấu lại 2 việc' }).click();
		expect(await page.getByRole('checkbox', { name: /Soạn nội quy đại hội/ }).isChecked()).toBe(true);
		await expect(page.getByRole('status').innerText()).resolves.toBe(`Đã xong 2/${total} việc.`);
		await page.getByRole('button', { name: 'Bỏ đánh dấu tất cả' }).click();
		await page.getByRole('checkbox', { name: /Soạn nội quy đại hội/ }).check();
		expect(await page.getByRole('button', { name: /Hoàn tác/ }).isVisible()).toBe(false);
		await page.getByRole('button', { name: 'Bỏ đánh dấu tất cả' }).click();
		await page.reload();
		expect(await page.locator('[data-checklist] input:checked').count()).toBe(0);
	});

	it('groups items by stage, then by section, with a count per group; thumb-sized targets and folded groups on a phone', async () => {
		const page = await browser.page({ width: 390, height: 844 });
		await page.goto(`${baseUrl()}/viec-can-lam/truoc-dai-hoi/`);
		const groups = page.locator('[data-checklist] details[data-group]');
		const titles = await groups.locator('.cl-group-title').allInnerTexts();
		expect(titles.slice(0, 3)).toEqual(['Bước 1/6: Khởi động', 'Bước 2/6: Dự thảo văn kiện, rà soát quy hoạch cán bộ', 'Bước 3/6: Góp ý văn kiện, đại hội điểm']);
		expect(titles).toContain('Kế hoạch và bộ máy giúp việc');
		// The items content/checklists/truoc-dai-hoi.yaml puts in stage 1, by their ids.
		const first = groups.first();
		expect(await first.locator('input[data-item]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).dataset.item))).toEqual(['lap-ke-hoach', 'lap-tieu-ban', 'quan-triet']);
		await expect(first.locator('[data-group-count]').innerText()).resolves.toBe('đã xong 0/3 việc');
		await first.getByRole('checkbox', { name: /Lập các tiểu ban/ }).check();
		await expect(first.locator('[data-group-count]').innerText()).resolves.toBe('đã xong 1/3 việc');
		// Only the first unfinished group is open on a phone; the others fold to their summary line.
		expect(await groups.evaluateAll((gs) => gs.map((g) => (g as HTMLDetailsElement).open))).toEqual(titles.map((_, i) => i === 0));
		// Tap targets: the box's label, the group summaries and the buttons are at least 44 px.
		const box = await first.locator('label.cl-box').first().boundingBox();
		expect(box!.width).toBeGreaterThanOrEqual(44);
		expect(box!.height).toBeGreaterThanOrEqual(44);
		await first.locator('label.cl-box').nth(2).click();
		expect(await first.getByRole('checkbox', { name: /Quán triệt Chỉ thị/ }).isChecked()).toBe(true);
		for (const target of [groups.nth(1).locator('summary'), page.getByRole('button', { name: 'Bỏ đánh dấu tất cả' })]) {
			expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// A link into a folded group opens that group.
		await page.goto(`${baseUrl()}/viec-can-lam/truoc-dai-hoi/#truoc-dai-hoi-soan-noi-quy`);
		await expect(page.locator('#truoc-dai-hoi-soan-noi-quy input').isVisible()).resolves.toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('checkbox', { name: /Dùng văn bản, hướng dẫn mới nhất/ }).isVisible()).toBe(true);
	});

	it('links each lesson to the template that prevents it', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/viec-can-lam/trong-dai-hoi/`);
		const lesson = page.locator('li.cl-lesson', { hasText: 'biểu quyết thông qua chương trình đại hội' });
		await expect(lesson.getByText('Bài học').first().isVisible()).resolves.toBe(true);
		expect(await lesson.getByRole('link', { name: /Biểu mẫu: Chương trình đại hội/ }).getAttribute('href')).toBe('/bieu-mau/chuong-trinh-dai-hoi/');
	});

	it('is a list of empty boxes without JavaScript, and prints without the controls', async () => {
		const page = await browser.page({ javaScript: false });
		await page.goto(`${baseUrl()}/viec-can-lam/sau-dai-hoi/`);
		const boxes = page.locator('[data-checklist] input[type="checkbox"]');
		expect(await boxes.count()).toBeGreaterThan(5);
		expect(await boxes.first().isVisible()).toBe(true);
		expect(await page.locator('[data-checklist] input:checked').count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Bỏ đánh dấu tất cả' }).isVisible()).toBe(false);

		const js = await browser.page();
		await js.goto(`${baseUrl()}/viec-can-lam/sau-dai-hoi/`);
		await js.emulateMedia({ media: 'print' });
		expect(await js.getByRole('button', { name: 'Bỏ đánh dấu tất cả' }).isVisible()).toBe(false);
		expect(await js.locator('[data-checklist] input').first().isVisible()).toBe(true);
	});
});

describe('timeline', () => {
	it('lists the six phases in order with dates as text, readable on a 360 px phone', async () => {
		const page = await browser.page({ width: 360, height: 740 });
		await page.goto(`${baseUrl()}/tong-quan/lo-trinh/`);
		const phases = page.locator('[data-timeline="dien-bien"] ol > li');
		expect(await phases.count()).toBe(6);
		const first = await phases.first().innerText();
		expect(first).toContain('từ tháng 8 năm 2019 đến ngày 30 tháng 9 năm 2019');
		expect(await phases.nth(5).innerText()).toContain('Tổ chức Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV');
		expect(await phases.nth(3).innerText()).toMatch(/Hạn\s*xong trước ngày 15 tháng 5 năm 2020/);
		// Each Điện Biên phase names the road-map step it carries out (timelines/dien-bien.yaml «stage»).
		expect(await phases.locator('.tl-phase-number a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			[1, 2, 3, 4, 5, 6].map((n) => `/tong-quan/lo-trinh/#buoc-${n}`)
		);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const fontSize = await phases.first().locator('.tl-task').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(fontSize).toBeGreaterThanOrEqual(13);
		const source = page.locator('[data-timeline] .tl-source a');
		expect(await source.getAttribute('href')).toBe('/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/');
	});
});

describe('level comparison', () => {
	it('shows levels side by side on a wide screen and stacked at 360 px, each with its source', async () => {
		const wide = await browser.page({ width: 1280 });
		await wide.goto(`${baseUrl()}/van-kien/tong-quan-van-kien/`);
		const cells = wide.locator('[data-comparison="van-kien-chuan-bi"] .lc-entry');
		expect(await cells.count()).toBe(5);
		const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
		expect(Math.abs(a!.y - b!.y)).toBeLessThan(2); // same row
		for (let i = 0; i < 5; i++) expect(await cells.nth(i).locator('.lc-source a').count()).toBeGreaterThan(0);
		expect(await cells.nth(0).locator('.lc-source a').getAttribute('href')).toBe('/tu-lieu/#bao-cao-tinh-2020');
		expect(await cells.nth(1).locator('.lc-source a').getAttribute('href')).toBe('/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/');

		const phone = await browser.page({ width: 360, height: 740 });
		await phone.goto(`${baseUrl()}/van-kien/tong-quan-van-kien/`);
		const stacked = phone.locator('[data-comparison="van-kien-chuan-bi"] .lc-entry');
		const [c, d] = [await stacked.nth(0).boundingBox(), await stacked.nth(1).boundingBox()];
		expect(d!.y).toBeGreaterThanOrEqual(c!.y + c!.height);
		expect(c!.width).toBeGreaterThan(250);
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	it('leads from a source to its entry on /tu-lieu/ and back to the citing page', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/tong-quan/tien-do-thuc-te/`);
		const citation = page.locator('a.citation-report[data-report="hoan-kiem-2020-04-28"]').first();
		const anchor = await citation.getAttribute('id');
		await citation.click();
		await page.waitForURL('**/tu-lieu/#hoan-kiem-2020-04-28');
		const section = page.locator('section.report', { has: page.locator('#hoan-kiem-2020-04-28') });
		await expect(section.getByText('chưa rõ').first().isVisible()).resolves.toBe(true); // publisher not given
		await section.locator(`a.backlink[href="/tong-quan/tien-do-thuc-te/#${anchor}"]`).click();
		await page.waitForURL(`**/tong-quan/tien-do-thuc-te/#${anchor}`);
	});
});

describe('glossary', () => {
	it('links the first abbreviation on a page to its entry, with the expansion as accessible description', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/tong-quan/tien-do-thuc-te/`);
		const terms = page.locator('a.glossary-term', { hasText: 'TCCSĐ' });
		expect(await terms.count()).toBe(1);
		expect(await terms.locator('abbr').getAttribute('title')).toBe('tổ chức cơ sở đảng');
		await terms.click();
		await page.waitForURL('**/thuat-ngu/#tccsd');
		const entry = page.locator('#tccsd');
		await expect(entry.innerText()).resolves.toContain('tổ chức cơ sở đảng');
		const box = await entry.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(900);
	});
});

describe('home page', () => {
	it('offers a path for each of the three readers', async () => {
		const page = await browser.page({ width: 360, height: 740 });
		await page.goto(`${baseUrl()}/`);
		for (const who of ['Bí thư chi bộ', 'Văn phòng, ban tổ chức cấp ủy cấp huyện', 'Thành viên ban kiểm phiếu']) {
			await expect(page.getByRole('heading', { name: new RegExp(who) }).isVisible()).resolves.toBe(true);
		}
		// Chapters in the order of topics.yaml, as in the sidebar.
		const chapters = await page.locator('.home-chapters > li > a').allInnerTexts();
		expect(chapters.slice(0, 3)).toEqual(['Tổng quan và lộ trình', 'Việc cần làm', 'Văn kiện đại hội']);
		await page.getByRole('link', { name: 'Danh sách việc cần làm trước đại hội' }).click();
		await page.waitForURL('**/viec-can-lam/truoc-dai-hoi/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});

describe('printing the data blocks', () => {
	const work = mkdtempSync(join(tmpdir(), 'cndh-blocks-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	async function printed(path: string) {
		const page = await browser.page();
		await page.goto(`${baseUrl()}${path}`);
		await page.emulateMedia({ media: 'print' });
		const file = join(work, `${path.replace(/\W+/g, '-')}.pdf`);
		writeFileSync(file, await page.pdf({ format: 'A4' }));
		return normalizeSpace((await readPdf(file)).pages.map((p) => p.text).join(' '));
	}

	it('prints every phase of the timeline with its deadlines, and every level of a comparison with its source', async () => {
		const timeline = await printed('/tong-quan/lo-trinh/');
		for (let i = 1; i <= 6; i++) expect(timeline.toUpperCase()).toContain(`GIAI ĐOẠN ${i}`);
		expect(timeline).toContain('xong trước ngày 31 tháng 10 năm 2020');
		const comparison = await printed('/van-kien/tong-quan-van-kien/');
		expect(comparison).toContain('Chuẩn bị và trình văn kiện đại hội');
		expect(comparison).toContain('Tin về hội nghị ngày 28 tháng 4 năm 2020 của Quận ủy Hoàn Kiếm');
	});

	it('prints a checklist as items with boxes and without the reset button', async () => {
		const text = await printed('/viec-can-lam/trong-dai-hoi/');
		expect(text).toContain('Cho đại hội biểu quyết thông qua chương trình đại hội');
		expect(text).not.toContain('Bỏ đánh dấu tất cả');
	});
});

describe('the vote counters\' page', () => {
	// Expected wording written by hand from the Quy chế bầu cử trong Đảng (244-QĐ/TW) as the public
	// pages quoted it: Điều 17 k.2 (lawnet.vn, thuviennhadat.vn), Điều 32 k.2–3 (dangcongsan.vn), and
	// from Quy chế 190-QĐ/TW Điều 8 (hethongphapluat.com) for the vote counters themselves.
	const rule = (page: import('playwright-core').Page, id: string) => page.locator(`[data-quy-che="${id}"]`);

	it('names every invalid-ballot ground, every deduction and the tie rule, each with its article and a checked source, on a phone', async () => {
		const page = await browser.page({ width: 390, height: 844 });
		await page.goto(`${baseUrl()}/bau-cu/ban-kiem-phieu/`);

		const invalid = rule(page, 'phieu-khong-hop-le');
		for (const ground of [
			'Phiếu không do ban kiểm phiếu phát ra.',
			'Phiếu bầu nhiều người hơn số lượng cần bầu.',
			'Phiếu không bầu cho ai trong danh sách bầu cử có số dư.',
		]) {
			await expect(invalid.getByRole('listitem').filter({ hasText: ground }).count()).resolves.toBe(1);
		}
		await expect(invalid.innerText()).resolves.toContain('Điều 17, khoản 2');
		expect(await invalid.getByRole('link', { name: /244-QĐ\/TW/ }).getAttribute('href')).toBe('/van-ban/244-qd-tw/');
		expect(await invalid.getByRole('link', { name: 'lawnet.vn' }).getAttribute('href')).toMatch(/^https:\/\/lawnet\.vn\//);

		const delegates = rule(page, 'can-cu-dai-hoi-dai-bieu');
		await expect(delegates.innerText()).resolves.toContain('tổng số đại biểu chính thức được triệu tập');
		for (const deduction of [
			'cấp ủy viên của cấp triệu tập đại hội vắng mặt suốt thời gian đại hội',
			'đại biểu chính thức vắng mặt suốt thời gian đại hội mà không có đại biểu dự khuyết thay',
		]) {
			await expect(delegates.getByRole('listitem').filter({ hasText: deduction }).count()).resolves.toBe(1);
		}
		await expect(delegates.innerText()).resolves.toContain('Điều 32, khoản 3');

		const members = rule(page, 'can-cu-dai-hoi-dang-vien');
		for (const deduction of [
			'đảng viên đã được giới thiệu sinh hoạt tạm thời ở đảng bộ khác',
			'đảng viên được miễn công tác và sinh hoạt đảng mà không có mặt ở đại hội',
			'đảng viên đang bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố hoặc tạm giam',
			'đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đại hội đồng ý',
		]) {
			await expect(members.getByRole('listitem').filter({ hasText: deduction }).count()).resolves.toBe(1);
		}
		await expect(members.innerText()).resolves.toContain('Điều 32, khoản 2');
		for (const block of [delegates, members]) {
			expect(await block.getByRole('link', { name: 'dangcongsan.vn' }).getAttribute('href')).toContain('cach-tinh-ket-qua-bau-cu');
		}

		// The tie rule is the template's proposal, and the page says no public page confirms it.
		const tie = rule(page, 'bang-phieu');
		await expect(tie.innerText()).resolves.toContain('Những người ở cuối danh sách bằng phiếu nhau thì đại hội bầu lại giữa những người đó.');
		await expect(tie.innerText()).resolves.toContain('Chưa tìm được trang công khai nêu quy tắc này.');
		await expect(tie.innerText()).resolves.toContain('không phải câu chữ của Quy chế 244');
		await expect(rule(page, 'chua-du-so-luong').innerText()).resolves.toContain('Điều 20, khoản 2');

		const counters = rule(page, 'ban-kiem-phieu');
		await expect(counters.innerText()).resolves.toContain('Người có tên trong danh sách bầu cử không được ở trong ban kiểm phiếu của cuộc bầu đó.');
		expect(await counters.getByRole('link', { name: /190-QĐ\/TW/ }).getAttribute('href')).toBe('/van-ban/190-qd-tw/');
		await expect(rule(page, 'trinh-tu').getByRole('listitem').count()).resolves.toBe(7);

		// Worked example with a deduction: 106 convened, 2 absent throughout without an alternate → 53 votes.
		await expect(page.locator('main').innerText()).resolves.toMatch(/106 − 2 = 104; một nửa là 52; người trúng cử phải được ít\s+nhất 53 phiếu/);
		// Nothing wider than the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});

describe('stages of the road map', () => {
	/** Pages that name a stage, read from their front matter on disk; stage order written by hand. */
	const STAGES = ['khoi-dong', 'van-kien-quy-hoach', 'gop-y-dai-hoi-diem', 'dai-hoi-co-so', 'dai-hoi-cap-huyen', 'dai-hoi-cap-tinh'];
	const staged = readdirSync('content/handbook', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.flatMap((f) => {
			const stage = /^stage: (\S+)$/m.exec(readFileSync(join('content/handbook', f), 'utf8').split(/^---$/m)[1]!)?.[1];
			return stage ? [{ href: `/${f.replace(/\\/g, '/').replace(/\.mdx$/, '')}/`, stage }] : [];
		});

	it('shows «Bước N/6» on a page that names its stage, leading to the steps before and after', async () => {
		expect(staged.length).toBeGreaterThan(3);
		const page = await browser.page({ width: 390, height: 844 });
		await page.goto(`${baseUrl()}/dai-hoi-diem/thanh-chan/`);
		const nav = page.getByRole('navigation', { name: 'Vị trí trong lộ trình đại hội' });
		await expect(nav.getByRole('link', { name: 'Bước 3/6: Góp ý văn kiện, đại hội điểm' }).isVisible()).resolves.toBe(true);
		expect(await nav.getByRole('link', { name: /Bước trước: 2\. Dự thảo văn kiện/ }).getAttribute('href')).toBe('/tong-quan/lo-trinh/#buoc-2');
		const next = nav.getByRole('link', { name: /Bước sau: 4\. Đại hội cấp cơ sở/ });
		expect(await next.getAttribute('href')).toBe('/tong-quan/lo-trinh/#buoc-4');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await next.click();
		await page.waitForURL('**/tong-quan/lo-trinh/#buoc-4');
		await expect(page.locator('#buoc-4 details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await expect(page.locator('#buoc-4 summary').isVisible()).resolves.toBe(true);
		// Every page naming a stage says which one; a page that names none shows no step.
		for (const { href, stage } of staged) {
			await page.goto(`${baseUrl()}${href}`);
			const text = await page.locator('.stage-nav .stage-now').innerText();
			expect(text, href).toMatch(new RegExp(`^Bước ${STAGES.indexOf(stage) + 1}/6: `));
		}
		await page.goto(`${baseUrl()}/bau-cu/ban-kiem-phieu/`);
		expect(await page.locator('.stage-nav').count()).toBe(0);
	});

	it('lists the six steps on the road map, each expanding to its pages, checklist items and Điện Biên’s dates with their source', async () => {
		const page = await browser.page({ width: 390, height: 844 });
		await page.goto(`${baseUrl()}/tong-quan/lo-trinh/`);
		const steps = page.locator('[data-stage-steps] > li');
		expect(await steps.count()).toBe(6);
		expect(await steps.locator('.step-number').allInnerTexts()).toEqual(['Bước 1/6', 'Bước 2/6', 'Bước 3/6', 'Bước 4/6', 'Bước 5/6', 'Bước 6/6']);
		const first = steps.first();
		expect(await first.locator('.step-body').isVisible()).toBe(false);
		await first.locator('summary').click();
		expect(await first.locator('.step-body').isVisible()).toBe(true);
		expect(await first.innerText()).toContain('từ tháng 8 năm 2019 đến ngày 30 tháng 9 năm 2019');
		expect(await first.getByRole('link', { name: 'Kế hoạch của Ban Chấp hành Đảng bộ tỉnh Điện Biên' }).getAttribute('href')).toBe('/van-ban/ke-hoach-dien-bien-thuc-hien-35-ct-tw/');
		expect(await first.locator('a[href="/viec-can-lam/truoc-dai-hoi/#truoc-dai-hoi-lap-ke-hoach"]').count()).toBe(1);
		for (const [i, stage] of STAGES.entries()) {
			const hrefs = await steps.nth(i).locator('.step-links a[href^="/"]:not([href^="/viec-can-lam/"])').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs.sort(), stage).toEqual(staged.filter((p) => p.stage === stage).map((p) => p.href).sort());
		}
		// The item link lands on the item in its checklist.
		await first.locator('a[href="/viec-can-lam/truoc-dai-hoi/#truoc-dai-hoi-lap-ke-hoach"]').click();
		await page.waitForURL('**/viec-can-lam/truoc-dai-hoi/#truoc-dai-hoi-lap-ke-hoach');
		await expect(page.locator('#truoc-dai-hoi-lap-ke-hoach').isVisible()).resolves.toBe(true);
		await page.goto(`${baseUrl()}/tong-quan/lo-trinh/`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	it('prints every step in full and the page’s «Bước N/6»', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}/tong-quan/lo-trinh/`);
		await page.emulateMedia({ media: 'print' });
		const bodies = page.locator('[data-stage-steps] .step-body');
		expect(await bodies.count()).toBe(6);
		for (let i = 0; i < 6; i++) expect(await bodies.nth(i).isVisible()).toBe(true);
		await page.goto(`${baseUrl()}/van-kien/tong-quan-van-kien/`);
		await expect(page.locator('.stage-now').innerText()).resolves.toBe('Bước 2/6: Dự thảo văn kiện, rà soát quy hoạch cán bộ');
		expect(await page.locator('.stage-now').isVisible()).toBe(true);
	});
});
