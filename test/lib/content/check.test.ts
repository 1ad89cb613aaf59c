import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { contentProblems } from '../../support/content-fixture.ts';

const problemsFor = (edit: Parameters<typeof contentProblems>[0]) => contentProblems(edit);

const page = (front: string, body = 'Nội dung theo Chỉ thị số 35-CT/TW.') =>
	`---\ntitle: Trang thử\ndescription: Mô tả.\n${front}\n---\n\n${body}\n`;

describe('checkContent', () => {
	it('accepts the project content', () => {
		const c = checkContent(process.cwd(), 'content');
		expect(c.directives.length).toBeGreaterThan(10);
	});

	it('names file and field for a missing required field', () => {
		const [p, ...rest] = problemsFor({
			'directives/35-ct-tw.yaml': (s) => s.replace('issuer: bo-chinh-tri\n', ''),
		});
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'content/directives/35-ct-tw.yaml', field: 'issuer' });
		expect(p!.message).toMatch(/thiếu trường bắt buộc/);
	});

	it('rejects a malformed date, saying what is expected', () => {
		for (const bad of ['30/5/2019', '2019-13-01', '2019-02-30']) {
			const [p] = problemsFor({ 'directives/35-ct-tw.yaml': (s) => s.replace('date: 2019-05-30', `date: ${bad}`) });
			expect(p).toMatchObject({ file: 'content/directives/35-ct-tw.yaml', field: 'date' });
			expect(p!.message).toMatch(/NĂM-THÁNG-NGÀY/);
		}
	});

	it('rejects an unknown level, kind and topic, listing the allowed ids', () => {
		const problems = problemsFor({
			'directives/35-ct-tw.yaml': (s) => s.replace('level: trung-uong', 'level: xa').replace('kind: chi-thi', 'kind: to-trinh'),
			'handbook/tong-quan/thu.mdx': page('topic: khong-co\nlevels: [co-so]\nsources: [35-CT/TW]'),
		});
		const byField = Object.fromEntries(problems.map((p) => [`${p.file}#${p.field}`, p.message]));
		expect(byField['content/directives/35-ct-tw.yaml#level']).toMatch(/«xa».*trung-uong, tinh, huyen, co-so/);
		expect(byField['content/directives/35-ct-tw.yaml#kind']).toMatch(/«to-trinh».*chi-thi/);
		expect(byField['content/handbook/tong-quan/thu.mdx#topic']).toMatch(/«khong-co».*tong-quan/);
	});

	it('rejects an unknown stage in a page, a checklist item or a timeline phase, naming the file and listing the stages', () => {
		const problems = problemsFor({
			'handbook/tong-quan/thu.mdx': page('topic: tong-quan\nlevels: [co-so]\nsources: [35-CT/TW]\nstage: buoc-7'),
			'checklists/truoc-dai-hoi.yaml': (s) => s.replace('stage: khoi-dong', 'stage: khoi-dau'),
			'timelines/dien-bien.yaml': (s) => s.replace('stage: dai-hoi-cap-tinh', 'stage: dai-hoi-toan-quoc'),
		});
		const byField = Object.fromEntries(problems.map((p) => [`${p.file}#${p.field}`, p.message]));
		const stages = /dùng một trong: khoi-dong, van-kien-quy-hoach, gop-y-dai-hoi-diem, dai-hoi-co-so, dai-hoi-cap-huyen, dai-hoi-cap-tinh$/;
		expect(byField['content/handbook/tong-quan/thu.mdx#stage']).toMatch(/«buoc-7» không phải bước/);
		expect(byField['content/handbook/tong-quan/thu.mdx#stage']).toMatch(stages);
		expect(byField['content/checklists/truoc-dai-hoi.yaml#sections.0.items.0.stage']).toMatch(/«khoi-dau»/);
		expect(byField['content/timelines/dien-bien.yaml#phases.5.stage']).toMatch(/«dai-hoi-toan-quoc»/);
		expect(problems).toHaveLength(3);
	});

	it('rejects a duplicate directive id', () => {
		const [p] = problemsFor({ 'directives/zz-copy.yaml': (s) => s || 'id: 35-CT/TW\nkind: chi-thi\nissuer: bo-chinh-tri\nlevel: trung-uong\nsummary: Bản trùng.\nvalidity:\n  status: chua-xac-minh\n' });
		expect(p).toMatchObject({ file: 'content/directives/zz-copy.yaml', field: 'id' });
		expect(p!.message).toMatch(/35-CT\/TW.*trùng với content\/directives\/35-ct-tw\.yaml/);
	});

	it('rejects a relation to an unknown directive', () => {
		const [p] = problemsFor({
			'directives/26-hd-btctw.yaml': (s) => s.replace('target: 35-CT/TW', 'target: 36-CT/TW'),
		});
		expect(p).toMatchObject({ file: 'content/directives/26-hd-btctw.yaml', field: 'relations.0.target' });
		expect(p!.message).toMatch(/36-CT\/TW/);
	});

	describe('validity', () => {
		it('requires a status on every directive', () => {
			const [p, ...rest] = problemsFor({
				'directives/10-ct-tw.yaml': (s) => s.replace('validity:\n  status: chua-xac-minh\n', ''),
			});
			expect(rest).toEqual([]);
			expect(p).toMatchObject({ file: 'content/directives/10-ct-tw.yaml', field: 'validity' });
			expect(p!.message).toMatch(/tình trạng hiệu lực.*chua-xac-minh/);
		});

		it('rejects an unknown status, listing the allowed ones', () => {
			const [p] = problemsFor({ 'directives/10-ct-tw.yaml': (s) => s.replace('status: chua-xac-minh', 'status: con-hieu-luc-mot-phan') });
			expect(p).toMatchObject({ file: 'content/directives/10-ct-tw.yaml', field: 'validity.status' });
			expect(p!.message).toMatch(/con-hieu-luc, bi-thay-the, het-nhiem-ky, chua-xac-minh/);
		});

		it('rejects a replacedBy to a document not in the registry, naming file and field', () => {
			const [p, ...rest] = problemsFor({ 'directives/244-qd-tw.yaml': (s) => s.replace('replacedBy: 190-QĐ/TW', 'replacedBy: 191-QĐ/TW') });
			expect(rest).toEqual([]);
			expect(p).toMatchObject({ file: 'content/directives/244-qd-tw.yaml', field: 'validity.replacedBy' });
			expect(p!.message).toMatch(/«191-QĐ\/TW» không có trong danh mục văn bản/);
		});

		it('rejects a replaced document without the source of that statement', () => {
			const [p, ...rest] = problemsFor({ 'directives/244-qd-tw.yaml': (s) => s.replace(/\n  sources:[\s\S]*$/, '\n') });
			expect(rest).toEqual([]);
			expect(p).toMatchObject({ file: 'content/directives/244-qd-tw.yaml', field: 'validity.sources' });
			expect(p!.message).toMatch(/nguồn công khai/);
		});

		it('rejects a status other than «chưa xác minh» without a source, and a replaced one without replacedBy', () => {
			const problems = problemsFor({
				'directives/10-ct-tw.yaml': (s) => s.replace('status: chua-xac-minh', 'status: con-hieu-luc'),
				'directives/04-hd-tw.yaml': (s) => s.replace('  replacedBy: 03-HD/TW\n', ''),
			});
			const byField = Object.fromEntries(problems.map((p) => [`${p.file}#${p.field}`, p.message]));
			expect(Object.keys(byField).sort()).toEqual(['content/directives/04-hd-tw.yaml#validity.replacedBy', 'content/directives/10-ct-tw.yaml#validity.sources']);
		});

		it('rejects a source that is not a web address', () => {
			const [p] = problemsFor({ 'directives/04-hd-tw.yaml': (s) => s.replace(/url: http:\/\/ubkttw\.vn\S*/, 'url: ubkttw.vn') });
			expect(p).toMatchObject({ file: 'content/directives/04-hd-tw.yaml', field: 'validity.sources.0.url' });
			expect(p!.message).toMatch(/https:\/\//);
		});
	});

	it('checks content/quy-che-bau-cu.yaml: a missing rule, an unchecked address, an unknown source', () => {
		const problems = problemsFor({
			'quy-che-bau-cu.yaml': (s) =>
				s
					.replace(/\nbang-phieu:[\s\S]*$/, '\n')
					.replace('    - https://lawnet.vn/', '    - lawnet.vn/')
					.replace('  source: 190-QĐ/TW\n  article: Điều 8, khoản 1 và khoản 2', '  source: 999-QĐ/TW\n  article: Điều 8, khoản 1 và khoản 2'),
		});
		const byField = Object.fromEntries(problems.filter((p) => p.file === 'content/quy-che-bau-cu.yaml').map((p) => [p.field, p.message]));
		expect(byField['bang-phieu']).toMatch(/thiếu trường bắt buộc/);
		expect(Object.entries(byField).find(([f]) => f?.startsWith('phieu-bau.checked') || f?.startsWith('phieu-hop-le.checked') || f?.startsWith('phieu-khong-hop-le.checked'))?.[1]).toMatch(/http:\/\/ hoặc https:\/\//);
	});

	it('rejects <QuyCheBauCu> naming a rule the file does not have, with file and line', () => {
		const [p] = problemsFor({
			'handbook/tong-quan/thu.mdx': page('topic: tong-quan\nlevels: [co-so]\nsources: [35-CT/TW]', 'Dòng đầu.\n\n<QuyCheBauCu muc="phieu-trang" />'),
		});
		expect(p).toMatchObject({ file: 'content/handbook/tong-quan/thu.mdx', line: 11 });
		expect(p!.message).toMatch(/«?phieu-trang.*phieu-khong-hop-le/);
	});

	it('rejects a rule of the Quy chế citing a directive not in the registry', () => {
		const [p] = problemsFor({ 'quy-che-bau-cu.yaml': (s) => s.replace('  source: 190-QĐ/TW\n  article: Điều 8, khoản 2', '  source: 999-QĐ/TW\n  article: Điều 8, khoản 2') });
		expect(p).toMatchObject({ file: 'content/quy-che-bau-cu.yaml', field: 'trinh-tu.source' });
		expect(p!.message).toMatch(/999-QĐ\/TW.*không có trong danh mục/);
	});

	it('rejects a citation of an unknown directive with file and line', () => {
		const [p] = problemsFor({
			'handbook/tong-quan/thu.mdx': page('topic: tong-quan\nlevels: [co-so]\nsources: [35-CT/TW]', 'Dòng đầu.\n\nTheo Chỉ thị số 99-CT/TW của Bộ Chính trị.'),
		});
		expect(p).toMatchObject({ file: 'content/handbook/tong-quan/thu.mdx', line: 11 });
		expect(p!.message).toMatch(/99-CT\/TW/);
	});

	it('reports an MDX syntax error with file and line instead of an anonymous crash', () => {
		const [p, ...rest] = problemsFor({
			'handbook/tong-quan/thu.mdx': page('topic: tong-quan\nlevels: [co-so]\nsources: [35-CT/TW]', 'Dòng đầu.\n\n<details><summary>Xem</summary>\nchưa đóng thẻ'),
		});
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'content/handbook/tong-quan/thu.mdx', line: 11 });
		expect(p!.message).toMatch(/cú pháp MDX sai/);
	});

	it('requires handbook pages to name topic, levels and sources', () => {
		const problems = problemsFor({ 'handbook/tong-quan/thu.mdx': page('') });
		expect(problems.map((p) => p.field).sort()).toEqual(['levels', 'sources', 'topic']);
	});
});
