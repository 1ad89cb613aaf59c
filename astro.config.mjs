// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import autoImport from 'astro-auto-import';
import { defineConfig } from 'astro/config';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDirectives, scriptSources } from './deploy/headers.ts';
import { inlineScriptHashes } from './scripts/lib/inline-scripts.ts';
import { makeResolver } from './src/lib/citations/find.ts';
import { loadDirectives } from './src/lib/content/directives.ts';
import { loadGlossary } from './src/lib/content/glossary.ts';
import { handbookOutline } from './src/lib/content/handbook-outline.ts';
import { loadReports, makeReportResolver } from './src/lib/content/reports.ts';
import { contentDir, projectRoot } from './src/lib/content/paths.ts';
import { loadSite, siteAddress } from './src/lib/content/site.ts';
import { loadTaxonomies } from './src/lib/content/taxonomies.ts';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';
import { remarkGlossary } from './src/lib/markdown/remark-glossary.ts';
import { remarkNfc } from './src/lib/markdown/remark-nfc.ts';
import { remarkSiteLinks } from './src/lib/markdown/remark-site-links.ts';
import { makeRoutes } from './src/lib/routes.ts';

const root = projectRoot();
const dir = contentDir(root);
const tax = loadTaxonomies(root, dir);
const site = loadSite(root, dir);
const resolve = makeResolver(loadDirectives(root, dir, tax));
const resolveReport = makeReportResolver(loadReports(root, dir, tax).map((r) => r.id));
const glossary = loadGlossary(root, dir);
// Components whose `is:inline` scripts end up in pages: Starlight's and ours.
const starlightDir = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))); // its dist/
// The public address (content/site.yaml `url`, or SITE_URL for one build): canonical links and the
// sitemap use it, and every link of the site lives under its path.
const address = siteAddress(site);
const routes = makeRoutes(address.base);

export default defineConfig({
	site: address.url,
	base: address.base,
	outDir: process.env.CNDH_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	devToolbar: { enabled: false },
	// Every page gets a Content-Security-Policy meta: the shared directives of deploy/headers.ts, and
	// script-src/style-src with the hashes of the build's own scripts and styles, which Astro
	// computes; `is:inline` scripts, which Astro does not hash, are added from their sources.
	// Style attributes (Starlight's icons, Expressive Code) stay allowed: style-src-attr only.
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: [...scriptSources], hashes: inlineScriptHashes([`${root}/src`, starlightDir]) },
			// Only the attribute kind is listed: style-src keeps Astro's default 'self' plus hashes.
			styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	vite: {
		build: {
			rolldownOptions: {
				// Known upstream noise (withastro/astro#18087): one harmless warning per MDX page would
				// bury the messages editors need to read.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		// Starlight's Expressive Code highlights code blocks and turns Astro's Shiki off, but only after
		// Astro has warned that Shiki's inline styles and CSP do not mix; saying it here keeps builds quiet.
		syntaxHighlight: false,
		// Citation linking, glossary links and NFC are remark plugins, so the unified pipeline is used.
		// Editors' own links (`/van-ban/`) are put under the base first; citations and glossary
		// links are made with the routes, already under it. Glossary runs after citations, so it
		// never touches text inside a citation link.
		processor: unified({
			remarkPlugins: [remarkNfc, [remarkSiteLinks, { base: address.base }], [remarkCitations, { resolve, resolveReport, routes }], [remarkGlossary, { entries: glossary, routes }]],
		}),
	},
	integrations: [
		starlight({
			title: site.name,
			description: site.tagline,
			defaultLocale: 'root',
			locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
			markdown: { processedDirs: [`${dir}/handbook`, `${dir}/guide`] },
			lastUpdated: false,
			pagination: true,
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
			// The search index is built by scripts/steps/search-index.ts (Vietnamese normalisation, <SearchMeta>).
			pagefind: false,
			components: {
				Search: './src/components/Search.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				// The PDF edition's link sits in the footer of every page.
				Footer: './src/components/Footer.astro',
			},
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			sidebar: [
				{ label: 'Trang chủ', link: '/' },
				{ label: 'Biểu mẫu', link: '/bieu-mau/' },
				{ label: 'Tạo bộ văn bản đại hội', link: '/tao-bo-van-ban/' },
				// One group per chapter, in the handbook's one reading order (handbookOutline, shared with the
				// PDF edition). Starlight's `autogenerate` cannot see content/handbook/, so the links are
				// listed here; previous/next follows this order. Only the current chapter's group is open.
				...handbookOutline(dir, tax.topics).map((chapter) => ({
					label: chapter.topic.name,
					collapsed: true,
					items: chapter.pages.map((page) => ({ label: page.label, link: page.href })),
				})),
				{
					label: 'Tra cứu',
					items: [
						{ label: 'Danh mục văn bản', link: '/van-ban/' },
						{ label: 'Tư liệu nguồn', link: '/tu-lieu/' },
						{ label: 'Thuật ngữ viết tắt', link: '/thuat-ngu/' },
						{ label: 'Hướng dẫn biên tập', link: '/huong-dan-bien-tap/' },
					],
				},
			],
		}),
		// Data-fed blocks usable in any handbook MDX page without an import line.
		autoImport({
			imports: ['./src/components/LevelComparison.astro', './src/components/Timeline.astro', './src/components/Checklist.astro', './src/components/QuyCheBauCu.astro', './src/components/StageSteps.astro'],
		}),
		mdx(),
	],
});
