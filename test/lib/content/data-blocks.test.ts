import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import type { ContentProblem } from '../../../src/lib/content/errors.ts';
import { contentProblems } from '../../support/content-fixture.ts';

const problemsFor = (edit: Parameters<typeof contentProblems>[0]) => contentProblems(edit);

const byField = (problems: ContentProblem[]) => Object.fromEntries(problems.map((p) => [`${p.file}#${p.field ?? ''}`, p.message]));

describe('data blocks: comparisons, timelines, checklists', () => {
	it('accepts the project data and exposes it to the build', () => {
		const c = checkContent(process.cwd(), 'content');
		expect(c.comparisons.map((x) => x.id).sort()).toEqual(expect.arrayContaining(['noi-dung-dai-hoi', 'van-kien-chuan-bi']));
		expect(c.timelines.find((t) => t.id === 'dien-bien')!.data.phases).toHaveLength(6);
		expect(c.checklists.map((x) => x.id).sort()).toEqual(['sau-dai-hoi', 'trong-dai-hoi', 'truoc-dai-hoi']);
	});

	it('names file and field for an unknown level, source and report in a comparison', () => {
		const f = 'content/comparisons/noi-dung-dai-hoi.yaml';
		const level = byField(problemsFor({ 'comparisons/noi-dung-dai-hoi.yaml': (s) => s.replace('level: co-so', 'level: xa') }));
		expect(level[`${f}#entries.3.level`]).toMatch(/«xa».*trung-uong, tinh, huyen, co-so/);
		const problems = byField(
			problemsFor({
				'comparisons/noi-dung-dai-hoi.yaml': (s) =>
					s
						.replace('source: ke-hoach-dien-bien-thuc-hien-35-ct-tw', 'source: 99-CT/TW')
						.replace('report: hoan-kiem-2020-04-28', 'report: hoan-kiem-2021'),
			})
		);
		expect(problems[`${f}#entries.0.source`]).toMatch(/«99-CT\/TW».*content\/directives\//);
		expect(problems[`${f}#entries.2.report`]).toMatch(/«hoan-kiem-2021».*content\/reports\//);
	});

	it('requires a source or a report for every comparison entry', () => {
		const [p] = problemsFor({
			'comparisons/noi-dung-dai-hoi.yaml': (s) => s.replace('    source: ke-hoach-dien-bien-thuc-hien-35-ct-tw\n', ''),
		});
		expect(p).toMatchObject({ file: 'content/comparisons/noi-dung-dai-hoi.yaml', field: 'entries.0.source' });
		expect(p!.message).toMatch(/«source».*«report»/);
	});

	it('reports a <LevelComparison> or <Checklist> id with no data file, with file and line', () => {
		const page = '---\ntitle: Thử\ndescription: Mô tả.\ntopic: tong-quan\nlevels: [co-so]\nsources: ["35-CT/TW"]\n---\n\nĐoạn.\n\n<LevelComparison id="khong-co" />\n\n<Checklist id={x} />\n';
		const problems = problemsFor({ 'handbook/tong-quan/thu.mdx': page });
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatchObject({ file: 'content/handbook/tong-quan/thu.mdx', line: 11 });
		expect(problems[0]!.message).toMatch(/content\/comparisons\/khong-co\.yaml/);
		expect(problems[1]).toMatchObject({ line: 13 });
		expect(problems[1]!.message).toMatch(/id ghi dạng chuỗi/);
	});

	it('checks timeline dates and deadlines', () => {
		const f = 'content/timelines/dien-bien.yaml';
		const problems = byField(
			problemsFor({
				'timelines/dien-bien.yaml': (s) => s.replace('from: 2019-08', 'from: 2019-13').replace('due: { in: 2019-10 }', 'due: { in: 10/2019 }'),
			})
		);
		expect(problems[`${f}#phases.0.from`]).toMatch(/NĂM-THÁNG/);
		expect(problems[`${f}#phases.1.tasks.1.due.in`]).toMatch(/NĂM-THÁNG, ví dụ 2019-10/);
		const order = byField(problemsFor({ 'timelines/dien-bien.yaml': (s) => s.replace('to: 2020-03-31', 'to: 2019-12-01') }));
		expect(order[`${f}#phases.2.to`]).toMatch(/kết thúc.*trước khi bắt đầu/);
	});

	it('checks checklist item ids, templates and sources', () => {
		const f = 'content/checklists/truoc-dai-hoi.yaml';
		const template = problemsFor({ 'checklists/truoc-dai-hoi.yaml': (s) => s.replace('template: noi-quy-dai-hoi', 'template: noi-quy') });
		expect(template).toHaveLength(1);
		expect(template[0]).toMatchObject({ file: f, field: 'sections.3.items.1.template' });
		expect(template[0]!.message).toMatch(/«noi-quy».*noi-quy-dai-hoi/);
		const problems = byField(
			problemsFor({
				'checklists/truoc-dai-hoi.yaml': (s) => s.replace('id: lap-tieu-ban', 'id: lap-ke-hoach').replace('source: 26-HD/BTCTW', 'source: 27-HD/BTCTW'),
			})
		);
		expect(problems[`${f}#sections.0.items.1.id`]).toMatch(/«lap-ke-hoach» trùng với sections\.0\.items\.0/);
		expect(problems[`${f}#sections.0.items.6.source`]).toMatch(/27-HD\/BTCTW/);
	});

	it('only accepts the three phases as checklist files', () => {
		const [p] = problemsFor({ 'checklists/giua-nhiem-ky.yaml': 'title: X\nsections:\n  - title: A\n    items:\n      - id: a\n        text: B\n        source: 35-CT/TW\n' });
		expect(p).toMatchObject({ file: 'content/checklists/giua-nhiem-ky.yaml' });
		expect(p!.message).toMatch(/truoc-dai-hoi\.yaml/);
	});

	it('rejects a glossary term that is not an abbreviation, or a duplicate', () => {
		const problems = problemsFor({ 'glossary.yaml': (s) => `${s}- term: bch\n  expansion: x\n- term: BCH\n  expansion: y\n` });
		expect(problems.map((p) => p.file)).toEqual(['content/glossary.yaml']);
		expect(problems[0]!.message).toMatch(/chữ hoa/);
	});
});
