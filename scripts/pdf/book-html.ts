/**
 * The PDF edition's skeleton as one HTML document: cover, table of contents, one empty <section>
 * per chapter (the browser fills them with the built pages' content, see assemble.ts) and the
 * appendix. Everything here comes from content/: site.yaml, topics and pages, the registry and
 * the templates' metadata.
 */
import type { CheckedContent } from '../../src/lib/content/check.ts';
import type { GlossaryEntry } from '../../src/lib/content/glossary.ts';
import type { BookChapter } from '../../src/lib/pdf/book-plan.ts';
import type { ReportEntry } from '../../src/lib/pdf/reports-list.ts';
import type { TemplateEntry } from '../../src/lib/pdf/templates-list.ts';
import { UNKNOWN, directiveDate, directiveName } from '../../src/lib/registry/label.ts';
import { VALIDITY_LABELS } from '../../src/lib/registry/validity.ts';
import { sitePaths } from '../../src/lib/routes.ts';
import { formatDateLong, formatDateShort } from '../../src/lib/vi/format.ts';
import { makeResolver } from '../../src/lib/citations/find.ts';
import { replacedBy } from '../../src/lib/registry/relations.ts';

export const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A CSS string literal (for `content:` in page margin boxes). */
export const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;

/** Element ids of the book: sections are named after their page, so links can be rewritten. */
export const bookIds = {
	toc: 'muc-luc',
	chapter: (topic: string) => `chuong-${topic}`,
	section: (pageId: string) => pageId.replace(/\//g, '--'),
	appendix: 'phu-luc',
	registry: 'phu-luc-van-ban',
	directive: (slug: string) => `van-ban--${slug}`,
	reports: 'phu-luc-tu-lieu',
	report: (id: string) => `tu-lieu--${id}`,
	templates: 'phu-luc-bieu-mau',
	glossary: 'phu-luc-thuat-ngu',
	term: (anchor: string) => `thuat-ngu--${anchor}`,
	template: (id: string) => `bieu-mau--${id}`,
};

export interface TocEntry {
	target: string;
	label: string;
	title: string;
	level: 'chapter' | 'section';
}

export interface BookDocument {
	html: string;
	toc: TocEntry[];
}

/** Keeps a document symbol (35-CT/TW) on one line. */
const nobrSymbol = (html: string, symbol?: string) =>
	symbol ? html.replace(esc(symbol), `<span class="nobr">${esc(symbol)}</span>`) : html;

/** An address as people type it: without the scheme. */
const bareUrl = (url: string) => url.replace(/^https?:\/\//, '');

/** "2020-2025" → "2020 – 2025", the way the handbook writes a term. */
const termLabel = (term: string) => term.replace('-', ' – ');

export function bookHtml(
	content: CheckedContent,
	chapters: BookChapter[],
	reports: ReportEntry[],
	templates: TemplateEntry[],
	glossary: GlossaryEntry[],
	/** The web edition's address without the final slash (`https://portal.example/cam-nang`). */
	siteUrl: string
): BookDocument {
	const { site } = content;
	const toc: TocEntry[] = [];
	for (const ch of chapters) {
		toc.push({ target: bookIds.chapter(ch.topic), label: `Chương ${ch.number}`, title: ch.title, level: 'chapter' });
		for (const s of ch.sections) toc.push({ target: bookIds.section(s.id), label: s.number, title: s.title, level: 'section' });
	}
	// Appendix parts, numbered in order; reports and templates only when there are any.
	const parts = [
		{ target: bookIds.registry, title: 'Danh mục văn bản', html: (label: string) => registryHtml(content, label, siteUrl) },
		...(reports.length ? [{ target: bookIds.reports, title: 'Tư liệu nguồn', html: (label: string) => reportsHtml(reports, label) }] : []),
		...(templates.length ? [{ target: bookIds.templates, title: 'Biểu mẫu', html: (label: string) => templatesHtml(templates, label, siteUrl) }] : []),
		...(glossary.length ? [{ target: bookIds.glossary, title: 'Chữ viết tắt', html: (label: string) => glossaryHtml(glossary, label) }] : []),
	].map((part, i) => ({ ...part, label: `Phụ lục ${i + 1}` }));
	toc.push(...parts.map((p): TocEntry => ({ target: p.target, label: p.label, title: p.title, level: 'chapter' })));

	const cover = `
<section class="book-cover">
	<p class="cover-title">${esc(site.name)}</p>
	<p class="cover-tagline">${esc(site.tagline)}</p>
	<p class="cover-term">Nhiệm kỳ ${esc(termLabel(site.term))}</p>
	<p class="cover-locality">${esc(site.locality)}</p>
	<p class="cover-edition">Ấn bản ${esc(formatDateLong(site.edition))}</p>
	<p class="cover-scope">${esc(site.scope)}</p>
	<p class="cover-web">Bản điện tử: <a href="${esc(siteUrl)}/">${esc(bareUrl(siteUrl))}</a></p>
</section>`;

	const tocHtml = `
<nav class="book-toc" aria-labelledby="${bookIds.toc}">
	<h1 id="${bookIds.toc}">Mục lục</h1>
	<ol>
${toc
	.map(
		(e) =>
			`		<li class="toc-${e.level}"><a href="#${e.target}"><span class="toc-label">${esc(e.label)}</span><span class="toc-title">${esc(e.title)}</span><span class="toc-page" data-toc-target="${e.target}">000</span></a></li>`
	)
	.join('\n')}
	</ol>
</nav>`;

	const chapterHtml = chapters
		.map(
			(ch) => `
<section class="book-chapter" id="${bookIds.chapter(ch.topic)}" style="page: chapter-${ch.number}">
	<h1 class="chapter-title"><span class="chapter-label">Chương ${ch.number}.</span> ${esc(ch.title)}</h1>
${ch.sections
	.map(
		(s) => `	<article class="book-section" id="${bookIds.section(s.id)}" data-page="${esc(s.href)}">
		<h2 class="section-title"><span class="section-label">${esc(s.number)}.</span> ${esc(s.title)}</h2>
		${s.description ? `<p class="section-lead">${esc(s.description)}</p>` : ''}
		<div class="sl-markdown-content" data-book-content></div>
	</article>`
	)
	.join('\n')}
</section>`
		)
		.join('\n');

	const pageRules = [
		`@page front { @top-left { content: "Mục lục"; } }`,
		`@page appendix { @top-left { content: "Phụ lục"; } }`,
		...chapters.map((ch) => `@page chapter-${ch.number} { @top-left { content: ${cssString(`Chương ${ch.number}. ${ch.title}`)}; } }`),
	].join('\n');

	const html = `<!doctype html>
<html lang="vi" dir="ltr" data-theme="light">
<head>
<meta charset="utf-8">
<title>${esc(site.name)} — ${esc(site.tagline)}</title>
<style id="book-style"></style>
<style id="book-pages">${pageRules}</style>
<style id="book-size"></style>
</head>
<body class="book">
${cover}
${tocHtml}
${chapterHtml}
<section class="book-appendix" id="${bookIds.appendix}" style="page: appendix">
	<h1 class="chapter-title">Phụ lục</h1>
${parts.map((p) => p.html(p.label)).join('\n')}
</section>
</body>
</html>`;
	return { html, toc };
}

/** Appendix: the directive registry as a table, by level, then date. */
function registryHtml(content: CheckedContent, label: string, siteUrl: string): string {
	const tax = content.taxonomies;
	const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
	const levelRank = (id: string) => tax.levels.findIndex((l) => l.id === id);
	const directives = [...content.directives].sort(
		(a, b) => levelRank(a.level) - levelRank(b.level) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id, 'vi')
	);
	return `
<section class="book-appendix-part" id="${bookIds.registry}">
	<h2><span class="section-label">${label}.</span> Danh mục văn bản</h2>
	<p>Các văn bản cẩm nang dẫn chiếu, xếp theo cấp ban hành rồi theo ngày. Trường nào tài liệu nguồn không nêu thì ghi «${UNKNOWN}». Bản điện tử: <a href="${esc(siteUrl + sitePaths.registry())}">${esc(siteUrl + sitePaths.registry())}</a>.</p>
	<p>Cột «Tình trạng» ghi tình trạng hiệu lực theo nguồn công khai đã kiểm tra (nguồn ở trang của từng văn bản trên bản điện tử); «Chưa xác minh» là chưa kiểm chứng được, không có nghĩa là còn hiệu lực.</p>
	<table class="book-registry">
		<thead><tr><th scope="col">Văn bản</th><th scope="col">Tình trạng</th><th scope="col">Trích yếu</th><th scope="col">Cơ quan ban hành</th><th scope="col">Ngày ban hành</th></tr></thead>
		<tbody>
${directives
	.map(
		(d) =>
			`			<tr id="${bookIds.directive(d.slug)}"><td>${nobrSymbol(esc(directiveName(d, tax.kinds, tax.issuers)), d.symbol)}</td><td>${statusHtml(d, content)}</td><td>${esc(d.title ?? UNKNOWN)}</td><td>${esc(name(tax.issuers, d.issuer))}${d.locality ? `, ${esc(d.locality)}` : ''}</td><td>${esc(directiveDate(d))}</td></tr>`
	)
	.join('\n')}
		</tbody>
	</table>
</section>`;
}

/** A document's validity in the registry appendix; a replaced one links to what replaced it. */
function statusHtml(d: CheckedContent['directives'][number], content: CheckedContent): string {
	// Kept on one line so the status reads as one phrase in a narrow column (and in extracted text).
	const label = `<span class="nobr">${esc(VALIDITY_LABELS[d.validity.status].badge)}</span>`;
	const by = replacedBy(d, content.directives, makeResolver(content.directives));
	if (!by) return label;
	return `${label}, thay bằng <a href="#${bookIds.directive(by.slug)}">${nobrSymbol(esc(directiveName(by, content.taxonomies.kinds, content.taxonomies.issuers)), by.symbol)}</a>`;
}

/** Appendix: the reports and articles the handbook draws on, which are not directives. */
function reportsHtml(reports: ReportEntry[], label: string): string {
	const where = (r: ReportEntry) => [r.publisher, r.locality].filter(Boolean).map((x) => esc(x!)).join(', ') || UNKNOWN;
	return `
<section class="book-appendix-part" id="${bookIds.reports}">
	<h2><span class="section-label">${label}.</span> Tư liệu nguồn</h2>
	<p>Báo cáo, bài báo và tin cẩm nang dựa vào; đây không phải văn bản chỉ đạo.</p>
	<table class="book-reports">
		<thead><tr><th scope="col">Tư liệu</th><th scope="col">Tiêu đề</th><th scope="col">Nơi đăng, địa phương</th><th scope="col">Ngày</th></tr></thead>
		<tbody>
${reports
	.map(
		(r) =>
			`			<tr id="${bookIds.report(r.id)}"><td>${esc(r.short ?? r.title)}</td><td>${esc(r.title)}</td><td>${where(r)}</td><td>${r.date ? esc(formatDateShort(r.date)) : UNKNOWN}</td></tr>`
	)
	.join('\n')}
		</tbody>
	</table>
</section>`;
}

/** Appendix: the templates, each with its address on the site. */
function templatesHtml(templates: TemplateEntry[], label: string, siteUrl: string): string {
	return `
<section class="book-appendix-part" id="${bookIds.templates}">
	<h2><span class="section-label">${label}.</span> Biểu mẫu</h2>
	<p>Mỗi biểu mẫu tải về dạng Word hoặc điền ngay trên trình duyệt tại địa chỉ ghi kèm.</p>
	<table class="book-templates">
		<thead><tr><th scope="col">Biểu mẫu</th><th scope="col">Là gì</th><th scope="col">Địa chỉ trên trang cẩm nang</th></tr></thead>
		<tbody>
${templates
	.map(
		(t) =>
			`			<tr id="${bookIds.template(t.id)}"><td>${esc(t.title)}</td><td>${esc(t.description)}</td><td><a href="${esc(siteUrl + t.href)}">${esc(bareUrl(siteUrl + t.href))}</a></td></tr>`
	)
	.join('\n')}
		</tbody>
	</table>
</section>`;
}

/** Appendix: the abbreviations the handbook links to at first use on each page. */
function glossaryHtml(entries: GlossaryEntry[], label: string): string {
	return `
<section class="book-appendix-part" id="${bookIds.glossary}">
	<h2><span class="section-label">${label}.</span> Chữ viết tắt</h2>
	<table class="book-glossary">
		<thead><tr><th scope="col">Viết tắt</th><th scope="col">Viết đầy đủ</th><th scope="col">Ghi chú</th></tr></thead>
		<tbody>
${entries
	.map((e) => `			<tr id="${bookIds.term(e.anchor)}"><td>${esc(e.term)}</td><td>${esc(e.expansion)}</td><td>${e.note ? esc(e.note) : ''}</td></tr>`)
	.join('\n')}
		</tbody>
	</table>
</section>`;
}
