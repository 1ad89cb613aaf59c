import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, parseFrontMatter, parseYaml } from '../../../src/lib/content/files.ts';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';
import { NgramIndex, proseSegments, yamlStrings } from '../../support/verbatim.ts';

/**
 * The rule: no run of 25 words copied from the source texts outside a marked quotation
 * («…» or a blockquote). Compared after NFC, lower-casing, folding tone marks and dropping
 * punctuation, so a copy does not pass by changing "uỷ" to "ủy" or a comma.
 */
const RUN = 25;
const seedsDir = resolve(process.env.CNDH_SEEDS ?? '../shared/seeds');
const seeds = existsSync(seedsDir)
	? readdirSync(seedsDir)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => readFileSync(join(seedsDir, f), 'utf8'))
	: [];

/** A document's title (trích yếu) is quoted as printed: it is a quotation by definition. */
const TITLE_FOLDERS = /^content\/(directives|reports)\//;

function contentTexts(): { file: string; segments: string[] }[] {
	const out: { file: string; segments: string[] }[] = [];
	for (const path of listFiles('content', /\.(mdx?|ya?ml)$/)) {
		const text = readFileSync(path, 'utf8');
		if (/\.ya?ml$/.test(path)) {
			const skip = new Set(TITLE_FOLDERS.test(path) ? ['title'] : []);
			out.push({ file: path, segments: yamlStrings(parseYaml(text, path), skip) });
		} else {
			const { data, body } = parseFrontMatter(text, path);
			out.push({ file: path, segments: [...yamlStrings(data), ...proseSegments(parseMarkdown(body, { mdx: path.endsWith('.mdx') }))] });
		}
	}
	return out;
}

describe.skipIf(!seeds.length)(`no ${RUN}-word run copied from the sources (${seedsDir}) outside a quotation`, () => {
	const index = new NgramIndex(seeds, RUN);

	it('finds a copied run, and ignores it inside «…» or a blockquote', () => {
		const copied =
			'Lưu ý văn kiện của cấp ủy trình đại hội gồm hai báo cáo chủ yếu đó là báo cáo chính trị và báo cáo kiểm điểm của cấp ủy, phải được đồng chí bí thư cấp ủy thay mặt cấp ủy ký';
		expect(index.copiedRuns(`Theo báo cáo: ${copied.replace(/ủy/g, 'uỷ')}.`)).toHaveLength(1);
		expect(index.copiedRuns(`Theo báo cáo: «${copied}».`)).toEqual([]);
		const tree = parseMarkdown(`Mở đầu.\n\n> ${copied}\n`);
		expect(proseSegments(tree).flatMap((s) => index.copiedRuns(s))).toEqual([]);
	});

	it('holds for every page and data file in content/', () => {
		const offending: string[] = [];
		for (const { file, segments } of contentTexts()) {
			for (const s of segments) for (const run of index.copiedRuns(s)) offending.push(`${file}: «${run}»`);
		}
		expect(offending).toEqual([]);
	});
});
