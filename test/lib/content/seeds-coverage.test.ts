import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeResolver, matchCitations } from '../../../src/lib/citations/find.ts';
import { checkContent } from '../../../src/lib/content/check.ts';

/** The source texts sit beside the repository (shared/seeds), as in CI; CNDH_SEEDS overrides. */
const seedsDir = resolve(process.env.CNDH_SEEDS ?? '../shared/seeds');
const seeds = existsSync(seedsDir)
	? readdirSync(seedsDir)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => ({ file: f, text: readFileSync(join(seedsDir, f), 'utf8').normalize('NFC') }))
	: [];

/**
 * Directives the sources name without a number-and-symbol, with the phrase that names them and
 * the registry id they must have.
 */
const NAMED_WITHOUT_SYMBOL: [string, string][] = [
	['Kế hoạch số 155 của Thành uỷ Hà Nội', 'ke-hoach-155-thanh-uy-ha-noi'],
	['Kế hoạch số 123, Hướng dẫn số 02, 03 của Quận ủy', 'ke-hoach-123-quan-uy-hoan-kiem'],
	['Kế hoạch số 123, Hướng dẫn số 02, 03 của Quận ủy', 'huong-dan-02-quan-uy-hoan-kiem'],
	['Kế hoạch số 123, Hướng dẫn số 02, 03 của Quận ủy', 'huong-dan-03-quan-uy-hoan-kiem'],
	['Hướng dẫn số 03 ngày 31/12/2019 của Uỷ ban Kiểm tra Thành uỷ', 'huong-dan-03-ubkt-thanh-uy-ha-noi'],
	['Nghị quyết số 15 ngày 04/7/2017 của Ban Thường vụ Thành ủy', 'nghi-quyet-15-btv-thanh-uy-ha-noi'],
	['Chỉ thị 15 ngày 16/12/2016 của Ban Thường vụ Thành ủy', 'chi-thi-15-btv-thanh-uy-ha-noi'],
	['thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp', 'ke-hoach-dien-bien-thuc-hien-35-ct-tw'],
	['Điều lệ Đảng, khóa XI', 'dieu-le-dang-khoa-xi'],
	['Nghị quyết Trung ương 4 khoá XI, XII', 'nghi-quyet-tw4-khoa-xi'],
	['Nghị quyết Trung ương 4 khoá XI, XII', 'nghi-quyet-tw4-khoa-xii'],
];

describe.skipIf(!seeds.length)(`every directive named in the source texts (${seedsDir}) is in the registry`, () => {
	const content = checkContent(process.cwd(), 'content');
	const resolveRef = makeResolver(content.directives);

	it('has every number-and-symbol citation of the sources', () => {
		const missing: string[] = [];
		for (const seed of seeds) {
			for (const m of matchCitations(seed.text)) if (!resolveRef(m.symbol)) missing.push(`${seed.file}: ${m.text}`);
		}
		expect(missing).toEqual([]);
	});

	it.each(NAMED_WITHOUT_SYMBOL)('has «%s» as %s', (phrase, id) => {
		expect(seeds.some((s) => s.text.includes(phrase.normalize('NFC')))).toBe(true);
		expect(resolveRef(id)?.id).toBe(id);
	});

	it('gives every directive a page', () => {
		expect(new Set(content.directives.map((d) => d.slug)).size).toBe(content.directives.length);
	});
});
