/** `npm run check`: validates all content and prints every problem, without building. */
import { checkContent } from '../src/lib/content/check.ts';
import { ContentError } from '../src/lib/content/errors.ts';
import { contentDir, projectRoot } from '../src/lib/content/paths.ts';
import { loadTemplateMetas } from '../src/lib/content/templates.ts';
import { compileTemplates } from './lib/templates.ts';

try {
	const c = checkContent(projectRoot(), contentDir());
	// Templates: descriptions validated, every command linted against the congress schema.
	const templates = await compileTemplates(projectRoot(), loadTemplateMetas(projectRoot(), contentDir(), c.directives.map((d) => d.id)));
	const citations = [...c.citations.byPage.values()].reduce((n, list) => n + list.length, 0);
	console.log(
		`Nội dung hợp lệ: ${c.pages.length} trang cẩm nang, ${c.directives.length} văn bản, ` +
			`${citations} dẫn chiếu, ${c.reports.length} tư liệu, ${c.comparisons.length} bảng so sánh, ` +
			`${c.checklists.length} danh sách việc, ${c.glossary.length} thuật ngữ, ${c.congresses.length} hồ sơ đại hội, ` +
			`${templates.size} biểu mẫu, ${c.rules.length} quy tắc kiểm tra nhân sự.`
	);
} catch (e) {
	// Editors read this: the problem in words, never a stack trace.
	console.error(e instanceof ContentError ? e.message : `Kiểm tra nội dung thất bại: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
