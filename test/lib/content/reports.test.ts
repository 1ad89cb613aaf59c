import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { contentProblems } from '../../support/content-fixture.ts';

const problemsFor = (edit: Parameters<typeof contentProblems>[0]) => contentProblems(edit);

const page = (front: string, body: string) =>
	`---\ntitle: Trang thử\ndescription: Mô tả.\ntopic: tong-quan\nlevels: [co-so]\nsources: ["35-CT/TW"]\n${front}---\n\n${body}\n`;

describe('reports (content/reports/)', () => {
	it('loads the four source texts that are not directives', () => {
		const c = checkContent(process.cwd(), 'content');
		expect(c.reports.map((r) => r.id).sort()).toEqual([
			'bao-cao-tinh-2020',
			'bao-dien-bien-phu-2020-02-14',
			'hoan-kiem-2020-04-28',
			'quang-nam-kien-toan',
		]);
		// Dates only where the text gives one.
		expect(c.reports.find((r) => r.id === 'bao-cao-tinh-2020')!.date).toBeUndefined();
		expect(c.reports.find((r) => r.id === 'bao-dien-bien-phu-2020-02-14')!.date).toBe('2020-02-14');
	});

	it('indexes tl: citations by report, with anchors pages render', () => {
		const c = checkContent(process.cwd(), 'content');
		const citing = c.citations.byReport.get('hoan-kiem-2020-04-28') ?? [];
		expect(citing.length).toBeGreaterThan(0);
		expect(citing[0]!.citations[0]!.anchor).toBe('tl-hoan-kiem-2020-04-28-1');
	});

	it('rejects a tl: link to an unknown report with file and line', () => {
		const [p, ...rest] = problemsFor({
			'handbook/tong-quan/thu.mdx': page('', 'Dòng đầu.\n\nTheo [một bài báo](tl:bao-khong-co) thì khác.'),
		});
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'content/handbook/tong-quan/thu.mdx', line: 11 });
		expect(p!.message).toMatch(/«bao-khong-co».*content\/reports\//);
	});

	it('rejects an unknown id in the reports front-matter field', () => {
		const [p] = problemsFor({
			'handbook/tong-quan/thu.mdx': page('reports: [hoan-kiem-2020-04-28, khong-co]\n', 'Nội dung.'),
		});
		expect(p).toMatchObject({ file: 'content/handbook/tong-quan/thu.mdx', field: 'reports.1' });
		expect(p!.message).toMatch(/«khong-co»/);
	});

	it('rejects an unknown report id in a congress data file', () => {
		const [p] = problemsFor({ 'congresses/dong-xuan.md': (s) => s.replace('reports: [hoan-kiem-2020-04-28]', 'reports: [hoan-kiem-2021]') });
		expect(p).toMatchObject({ file: 'content/congresses/dong-xuan.md', field: 'reports.0' });
		expect(p!.message).toMatch(/«hoan-kiem-2021».*content\/reports\//);
	});

	it('names file and field for a bad report file', () => {
		const problems = problemsFor({
			'reports/hoan-kiem-2020-04-28.yaml': (s) =>
				s.replace('kind: tin', 'kind: cong-van').replace('date: 2020-04-28', 'date: 28/4/2020').replace(/summary:[\s\S]*$/, ''),
		});
		const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
		for (const p of problems) expect(p.file).toBe('content/reports/hoan-kiem-2020-04-28.yaml');
		expect(byField.kind!.message).toMatch(/bai-bao, bai-viet, bao-cao, tin/);
		expect(byField.date!.message).toMatch(/NĂM-THÁNG-NGÀY/);
		expect(byField.summary!.message).toMatch(/thiếu trường bắt buộc/);
	});

	it('does not report citations of a report whose file is invalid a second time', () => {
		const problems = problemsFor({ 'reports/hoan-kiem-2020-04-28.yaml': (s) => s.replace('kind: tin', 'kind: x') });
		expect(problems.map((p) => p.file)).toEqual(['content/reports/hoan-kiem-2020-04-28.yaml']);
	});
});
