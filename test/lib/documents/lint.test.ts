import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../src/lib/documents/compile.ts';
import { parseExpr } from '../../../src/lib/documents/expr.ts';
import { TemplateError, type TemplateProblem } from '../../../src/lib/documents/lint.ts';
import { evaluate } from '../../../src/lib/documents/render.ts';
import { extraParagraph, insertBeforeSection, rewriteTemplate, withRelationship } from '../../support/documents.ts';

async function problemsOf(bytes: Uint8Array): Promise<TemplateProblem[]> {
	try {
		await compileTemplate('chuong-trinh-dai-hoi', bytes);
	} catch (e) {
		if (e instanceof TemplateError) return e.templateProblems;
		throw e;
	}
	throw new Error('expected the lint to reject the template');
}

/** The broken-template fixture: a real template with one bad command of each kind added. */
const BROKEN: [string, RegExp][] = [
	['{{organization.nam}}', /không có trường «organization\.nam»/],
	['{{congress.venue.city}}', /không có trường «congress\.venue\.city»/],
	['{{EXEC x = 1}}', /lệnh EXEC không được phép/],
	['{{IMAGE qr()}}', /lệnh IMAGE không được phép/],
	["{{process.exit(1)}}", /không phải lệnh hợp lệ|không có hàm «process\.exit»|không có trường/],
	["{{constructor.constructor('return 1')()}}", /không phải lệnh hợp lệ|không có hàm/],
	['{{secret(organization.name)}}', /không có hàm «secret»/],
	['{{organization}}', /là một nhóm trường/],
	['{{$person.name}}', /biến «\$person» chỉ dùng được bên trong vòng lặp/],
	['{{FOR p IN organization.name}}', /không phải một danh sách/],
	['{{END-FOR p}}', /./],
];

describe('template lint', () => {
	it('accepts every project template', async () => {
		for (const id of ['chuong-trinh-dai-hoi', 'nghi-quyet-dai-hoi', 'bien-ban-kiem-phieu', 'phieu-bau']) {
			await expect(compileTemplate(id, rewriteTemplate(id, (x) => x))).resolves.toBeDefined();
		}
	});

	it('rejects the broken fixture, naming the template and each bad command', async () => {
		const fixture = rewriteTemplate('chuong-trinh-dai-hoi', (xml) => insertBeforeSection(xml, BROKEN.map(([cmd]) => extraParagraph(cmd))));
		const problems = await problemsOf(fixture);
		for (const [cmd, message] of BROKEN.slice(0, -1)) {
			const inner = cmd.slice(2, -2);
			const p = problems.find((x) => x.command === inner);
			expect(p, `no problem reported for ${cmd}: ${JSON.stringify(problems)}`).toBeDefined();
			expect(p!.template).toBe('chuong-trinh-dai-hoi');
			expect(p!.message).toMatch(message);
		}
		const error = new TemplateError(problems);
		expect(error.message).toContain('templates/chuong-trinh-dai-hoi.docx: lệnh «{{organization.nam}}»: không có trường «organization.nam»');
	});

	it('rejects unbalanced loops and conditions', async () => {
		const open = await problemsOf(rewriteTemplate('chuong-trinh-dai-hoi', (x) => insertBeforeSection(x, [extraParagraph('{{FOR p IN presidium}}'), extraParagraph('{{$p.name}}')])));
		expect(open.map((p) => p.message)).toContain('vòng lặp thiếu END-FOR');
		const stray = await problemsOf(rewriteTemplate('chuong-trinh-dai-hoi', (x) => insertBeforeSection(x, [extraParagraph('{{END-IF}}')])));
		expect(stray[0]!.message).toMatch(/END-IF không có IF/);
	});

	it('accepts loops over the congress schema with their loop variable', async () => {
		const ok = rewriteTemplate('chuong-trinh-dai-hoi', (x) =>
			insertBeforeSection(x, ['{{FOR t IN targets}}', '{{$t.indicator}} {{number($t.value)}} {{nth($idx)}}', '{{END-FOR t}}'].map(extraParagraph))
		);
		await expect(compileTemplate('chuong-trinh-dai-hoi', ok)).resolves.toBeDefined();
	});

	it('the evaluator reads own data only: no prototype, constructor or function is reachable', () => {
		const scope = { organization: { name: 'Đảng bộ xã Thanh Chăn' } };
		expect(evaluate(parseExpr('organization.name'), scope)).toBe('Đảng bộ xã Thanh Chăn');
		expect(evaluate(parseExpr('organization.constructor'), scope)).toBeUndefined();
		expect(evaluate(parseExpr('organization.__proto__'), scope)).toBeUndefined();
		expect(evaluate(parseExpr('toString'), scope)).toBeUndefined();
		expect(() => parseExpr('organization["name"]')).toThrow(/không phải lệnh hợp lệ/);
		expect(() => parseExpr('a + b')).toThrow(/không phải lệnh hợp lệ/);
	});
});

describe('template lint against the reliability review', () => {
	it('external relationship: a remote image is refused, naming the template and the address', async () => {
		const remote = withRelationship(
			'chuong-trinh-dai-hoi',
			'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="https://example.org/pixel.png" TargetMode="External"/>'
		);
		const problems = await problemsOf(remote);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(/liên kết tới «https:\/\/example\.org\/pixel\.png» bên ngoài .*Word sẽ tải nó mỗi khi mở văn bản/);
		expect(new TemplateError(problems).message).toContain('templates/chuong-trinh-dai-hoi.docx: mẫu có liên kết tới');
	});

	it('external relationship: an attached template loading on open is refused, a clickable hyperlink is not', async () => {
		const attached = withRelationship(
			'chuong-trinh-dai-hoi',
			'<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file://server/share/mau.dotm" TargetMode="External"/>'
		);
		expect((await problemsOf(attached))[0]!.message).toMatch(/file:\/\/server\/share\/mau\.dotm/);
		const link = withRelationship(
			'chuong-trinh-dai-hoi',
			'<Relationship Id="rId97" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>'
		);
		await expect(compileTemplate('chuong-trinh-dai-hoi', link)).resolves.toBeDefined();
	});

	it('Object.prototype names in expressions: refused by name', async () => {
		const commands = ['{{IF constructor}}', '{{END-IF}}', '{{IF __proto__}}', '{{END-IF}}', '{{upper(toString)}}', '{{organization.hasOwnProperty}}', '{{organization.valueOf}}'];
		const problems = await problemsOf(rewriteTemplate('chuong-trinh-dai-hoi', (x) => insertBeforeSection(x, commands.map(extraParagraph))));
		for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
			expect(problems.some((p) => p.message === `«${name}» là tên có sẵn của JavaScript, không phải một trường dữ liệu đại hội`), name).toBe(true);
		}
	});

	it('ALIAS command: the error names the template and the command', async () => {
		for (const cmds of [['{{*tên}}'], ['{{ALIAS tên organization.name}}', '{{*tên}}']]) {
			const problems = await problemsOf(rewriteTemplate('chuong-trinh-dai-hoi', (x) => insertBeforeSection(x, cmds.map(extraParagraph))));
			const message = new TemplateError(problems).message;
			expect(message).toContain('templates/chuong-trinh-dai-hoi.docx: lệnh «{{*tên}}»: lệnh ALIAS không được phép');
		}
	});
});

describe('a template saved again by an editor', () => {
	it('still compiles, passes the lint and fills in after a round trip through LibreOffice Writer', async () => {
		// Fixture: templates/nghi-quyet-dai-hoi.docx opened and saved as .docx by LibreOffice 7.4
		// (its own XML: rsids, extra styles and settings, runs regrouped).
		const { readFileSync } = await import('node:fs');
		const { loadProjectDocuments } = await import('../../support/documents.ts');
		const { renderCongress } = await import('../../../src/lib/documents/packet.ts');
		const { plainText, readDocx } = await import('../../support/docx.ts');
		const { metas, congresses, rules } = await loadProjectDocuments();
		const saved = await compileTemplate('nghi-quyet-dai-hoi', readFileSync('test/fixtures/templates/nghi-quyet-dai-hoi.libreoffice.docx'));
		const meta = metas.filter((m) => m.id === 'nghi-quyet-dai-hoi');
		const thanhChan = congresses.find((c) => c.file.endsWith('thanh-chan.md'))!.data;
		const [doc] = await renderCongress(thanhChan, meta, new Map([['nghi-quyet-dai-hoi', saved]]), rules);
		const text = plainText(await readDocx(doc!.bytes));
		expect(text).toContain('Thanh Chăn, ngày 10 tháng 01 năm 2020');
		expect(text).toContain('Tổng sản lượng lương thực toàn xã đến năm 2025\n3.880 tấn');
		expect(text).not.toContain('{{');
	});
});
