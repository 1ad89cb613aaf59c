import { describe, expect, it } from 'vitest';
import { contentProblems } from '../../support/content-fixture.ts';

const problemsFor = (edit: (s: string) => string) => contentProblems({ 'rules/nhan-su.yaml': edit });

const FILE = 'content/rules/nhan-su.yaml';

describe('personnel rules data', () => {
	it('rejects a malformed threshold, naming file and field', () => {
		const [p] = problemsFor((s) => s.replace('threshold: 15%', 'threshold: mười lăm phần trăm'));
		expect(p).toMatchObject({ file: FILE, field: 'rules.0.threshold' });
		expect(p!.message).toMatch(/«15%» hoặc «1\/3»/);
	});
	it('rejects a source that is not in the registry', () => {
		const [p] = problemsFor((s) => s.replace('report: hoan-kiem-2020-04-28', 'source: 99-CT/TW'));
		expect(p).toMatchObject({ file: FILE, field: 'rules.0.source' });
		expect(p!.message).toMatch(/99-CT\/TW.*danh mục văn bản/);
	});
	it('requires exactly one source', () => {
		const [p] = problemsFor((s) => s.replace('    report: hoan-kiem-2020-04-28\n', ''));
		expect(p).toMatchObject({ file: FILE, field: 'rules.0.source' });
		expect(p!.message).toMatch(/đúng một nguồn/);
	});
	it('rejects an unknown figure, level and a range without two thresholds', () => {
		const problems = problemsFor((s) =>
			s
				.replace('part: women', 'part: nu')
				.replace('levels: [co-so]', 'levels: [xa]')
				.replace('threshold: [10%, 15%]', 'threshold: 10%')
		);
		const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
		expect(byField['rules.0.measure.part']).toMatch(/«nu».*women/);
		expect(byField['rules.0.levels.0']).toMatch(/«xa».*co-so/);
		expect(byField['rules.3.threshold']).toMatch(/hai ngưỡng/);
	});
	it('rejects a link to a handbook page that does not exist', () => {
		const [p] = problemsFor((s) => s.replace('page: /nhan-su/co-cau-ty-le/', 'page: /nhan-su/khong-co/'));
		expect(p).toMatchObject({ file: FILE, field: 'rules.0.page' });
		expect(p!.message).toMatch(/không có trang cẩm nang «\/nhan-su\/khong-co\/»/);
	});
	it('rejects a duplicate rule id', () => {
		const problems = problemsFor((s) => s.replace('id: ty-le-tre', 'id: ty-le-nu'));
		expect(problems.some((p) => p.field === 'rules.1.id' && /trùng/.test(p.message))).toBe(true);
	});
});
