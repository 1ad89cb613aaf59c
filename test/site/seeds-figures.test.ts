import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * Key figures of the source texts appear in the built site, in our style (dates "ngày 15 tháng 5
 * năm 2020", numbers 3.880 and 6,94%), on the page that states them. Each row: the phrase as the
 * seed writes it, the figure as the handbook writes it (text or pattern), and the page.
 * Rows for chapters written on other branches pass once those chapters are merged.
 */
const FIGURES: [seedPhrase: string, handbook: string | RegExp, page: string][] = [
	// Provincial report (seed 000)
	['chiếm 6,94%', '6,94%', '/tong-quan/tien-do-thuc-te/'],
	['chọn 35 tổ chức cơ sở đảng', '35 tổ chức cơ sở đảng', '/tong-quan/tien-do-thuc-te/'],
	['20/35 TCCSĐ', '20/35', '/tong-quan/tien-do-thuc-te/'],
	['08 TCCSĐ xã, phường, thị trấn', '08 TCCSĐ xã, phường, thị trấn', '/tong-quan/tien-do-thuc-te/'],
	['100% chi bộ trực thuộc', '100%', '/tong-quan/tien-do-thuc-te/'],
	// The postponement has one home, the page on the epidemic; other pages link to it.
	['từ 28/3/2020 đến 25/4/2020', /từ ngày 28 tháng 3 năm 2020 đến ngày 25 tháng\s+4 năm 2020/, '/dich-benh/tam-hoan-va-to-chuc-lai/'],
	['không dưới 1/3', '1/3', '/nhan-su/co-cau-ty-le/'],
	['số dư từ 10-15%', /10\s?%?\s?[–-]\s?15\s?%|từ 10%? đến 15%/, '/nhan-su/co-cau-ty-le/'],
	['số dư từ 10-15%', 'từ 10 đến 15%', '/viec-can-lam/truoc-dai-hoi/'],
	['2 mốc năm 2025 và năm 2030', '2030', '/van-kien/bao-cao-chinh-tri/'],
	['ngày 10/12/2019', 'ngày 10 tháng 12 năm 2019', '/tong-quan/tien-do-thuc-te/'],
	['ngày 12/12/2019', 'ngày 12 tháng 12 năm 2019', '/tong-quan/tien-do-thuc-te/'],
	['ngày 18/10/2019', 'ngày 18 tháng 10 năm 2019', '/tong-quan/van-ban-chi-dao/'],
	// Điện Biên plan (seed 001)
	['Ngày: 16/8/2019', 'ngày 16 tháng 8 năm 2019', '/tong-quan/muc-dich-yeu-cau/'],
	['Số: 2111', '2111', '/tong-quan/muc-dich-yeu-cau/'],
	['ngày 30/5/2019', 'ngày 30 tháng 5 năm 2019', '/tong-quan/muc-dich-yeu-cau/'],
	['chọn từ 01 đến 02 tổ chức cơ sở đảng', '01 đến 02 tổ chức cơ sở đảng', '/viec-can-lam/truoc-dai-hoi/'],
	['trước ngày 15/5/2020', 'trước ngày 15 tháng 5 năm 2020', '/tong-quan/lo-trinh/'],
	['hoàn thành trước ngày 15/6/2020', 'trước ngày 15 tháng 6 năm 2020', '/tong-quan/lo-trinh/'],
	['trước ngày 30/6/2020', 'trước ngày 30 tháng 6 năm 2020', '/tong-quan/lo-trinh/'],
	['xong trước ngày 31/5/2020', 'trước ngày 31 tháng 5 năm 2020', '/tong-quan/lo-trinh/'],
	['xong trước ngày 01/7/2020', 'trước ngày 01 tháng 7 năm 2020', '/tong-quan/lo-trinh/'],
	['hoàn thành trước ngày 31/8/2020', 'trước ngày 31 tháng 8 năm 2020', '/tong-quan/lo-trinh/'],
	['trước ngày 15/9/2020', 'trước ngày 15 tháng 9 năm 2020', '/tong-quan/lo-trinh/'],
	['hoàn thành trước ngày 31/10/2020', 'trước ngày 31 tháng 10 năm 2020', '/tong-quan/lo-trinh/'],
	['lần thứ XIV', 'lần thứ XIV', '/tong-quan/lo-trinh/'],
	// Điện Biên newspaper (seed 002)
	['lần thứ XXI', 'lần thứ XXI', '/tong-quan/noi-dung-dai-hoi/'],
	['bầu ban chấp hành khóa mới 14 đồng chí', '14 đồng chí', '/tong-quan/noi-dung-dai-hoi/'],
	['106 đảng viên tiêu biểu đại diện cho 297 đảng viên', /106 .*297/, '/tu-lieu/'],
	['106 đảng viên tiêu biểu đại diện cho 297 đảng viên', '297', '/dai-hoi-diem/thanh-chan/'],
	['đạt 3.880 tấn', '3.880 tấn', '/dai-hoi-diem/thanh-chan/'],
	['hộ nghèo giảm còn từ 6%', '6%', '/dai-hoi-diem/thanh-chan/'],
	['45 triệu đồng', '45 triệu đồng', '/dai-hoi-diem/thanh-chan/'],
	['85% chi bộ', '85%', '/dai-hoi-diem/thanh-chan/'],
	['kết nạp từ 30 đảng viên', '30 đảng viên', '/dai-hoi-diem/thanh-chan/'],
	['6 thôn, bản', /6 thôn, bản|sáu thôn, bản/, '/dai-hoi-diem/thanh-chan/'],
	['ngày 10/1', 'ngày 10 tháng 01 năm 2020', '/tong-quan/tien-do-thuc-te/'],
	['62 chi, đảng bộ cơ sở trực thuộc', '62', '/tong-quan/tien-do-thuc-te/'],
	// Quảng Nam (seed 003)
	['từ 312 chi, đảng bộ cơ sở xuống còn 47 đảng bộ cơ sở', /312 .*47/, '/kien-toan-to-chuc/quang-nam/'],
	['từ 312 chi, đảng bộ cơ sở xuống còn 47 đảng bộ cơ sở', 'từ 312 xuống 47', '/tu-lieu/'],
	['46 chi bộ cơ sở', /\b46\b/, '/kien-toan-to-chuc/quang-nam/'],
	['591 đảng viên', '591', '/kien-toan-to-chuc/quang-nam/'],
	['459 đảng viên', '459', '/kien-toan-to-chuc/quang-nam/'],
	['1880 đảng viên', '1.880', '/kien-toan-to-chuc/quang-nam/'],
	['200 chi bộ cơ sở', /\b200\b/, '/kien-toan-to-chuc/quang-nam/'],
	['3 đồng chí phó bí thư thường trực', /(3|ba) đồng chí phó bí thư thường trực/, '/kien-toan-to-chuc/quang-nam/'],
	['11/18', '11/18', '/kien-toan-to-chuc/quang-nam/'],
	['7/18', '7/18', '/kien-toan-to-chuc/quang-nam/'],
	['18/18', '18/18', '/kien-toan-to-chuc/quang-nam/'],
	// Hoàn Kiếm (seed 004)
	['tỷ lệ nữ từ 15% trở lên', '15%', '/nhan-su/co-cau-ty-le/'],
	['dưới 35 tuổi từ 10% trở lên', '10%', '/nhan-su/co-cau-ty-le/'],
	['tỷ lệ nữ từ 15% trở lên', 'nữ từ 15% trở lên', '/viec-can-lam/truoc-dai-hoi/'],
	['ngày 31/12/2019', 'ngày 31 tháng 12 năm 2019', '/tong-quan/van-ban-chi-dao/'],
	['ngày 04/7/2017', 'ngày 04 tháng 7 năm 2017', '/tong-quan/van-ban-chi-dao/'],
	['ngày 16/12/2016', 'ngày 16 tháng 12 năm 2016', '/tong-quan/van-ban-chi-dao/'],
	['lần thứ XXVI', 'lần thứ XXVI', '/tong-quan/tien-do-thuc-te/'],
	['5 điểm cầu', 'năm điểm cầu', '/tu-lieu/'],
];

const seedsDir = resolve(process.env.CNDH_SEEDS ?? '../shared/seeds');
const seedText = existsSync(seedsDir)
	? readdirSync(seedsDir)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => readFileSync(join(seedsDir, f), 'utf8').normalize('NFC'))
			.join('\n')
	: '';

/** The readable text of a built page's main content. */
function pageText(dist: string, page: string): string | undefined {
	const file = join(dist, page, 'index.html');
	if (!existsSync(file)) return undefined;
	const html = readFileSync(file, 'utf8');
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	return main
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.normalize('NFC');
}

describe('key figures of the source texts are stated in the built site', () => {
	const dist = inject('distDir');

	it.skipIf(!seedText)('quotes each seed phrase as the seeds write it', () => {
		expect(FIGURES.filter(([phrase]) => !seedText.includes(phrase.normalize('NFC'))).map(([p]) => p)).toEqual([]);
	});

	it.each(FIGURES.map(([phrase, figure, page]) => [String(figure), page, phrase, figure] as const))(
		'%s on %s',
		(_label, page, _phrase, figure) => {
			const text = pageText(dist, page);
			expect(text, `trang ${page} chưa có`).toBeDefined();
			if (typeof figure === 'string') expect(text).toContain(figure);
			else expect(text).toMatch(figure);
		}
	);
});
