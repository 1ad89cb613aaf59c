/**
 * Build time and page weight of a handbook page, next to the same page built with a default
 * Starlight setup in the same run (same Astro, same Markdown, no customizations).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kb, pageWeight } from './page-weight.ts';

const HANDBOOK_PAGE = 'tong-quan/noi-dung-dai-hoi';

function timed(cmd: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
	const t = performance.now();
	const r = spawnSync(process.execPath, cmd, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed:\n${r.stderr}`);
	return performance.now() - t;
}

export async function run(): Promise<void> {
	const root = process.cwd();
	const work = resolve('.build/bench-site');
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });

	const ours = join(work, 'ours');
	const buildMs = timed(['scripts/build.ts'], root, { CNDH_OUT_DIR: ours });

	// A default Starlight site holding the same page's text (front matter reduced to Starlight's own).
	const plain = join(work, 'default');
	mkdirSync(join(plain, 'src/content/docs/tong-quan'), { recursive: true });
	const source = readFileSync(join(root, 'content/handbook', `${HANDBOOK_PAGE}.mdx`), 'utf8');
	const title = /^title:\s*(.+)$/m.exec(source)?.[1] ?? 'Trang';
	// Our data blocks (<LevelComparison … />) and vb:/tl: links do not exist in a default site.
	const body = source
		.replace(/^---[\s\S]*?---\n/, '')
		.replace(/\]\((?:vb|tl):[^)]+\)/g, '](/)')
		.replace(/^<[A-Z]\w*\b[^>]*\/>\s*$/gm, '');
	writeFileSync(join(plain, `src/content/docs/${HANDBOOK_PAGE}.mdx`), `---\ntitle: ${title}\n---\n${body}`);
	writeFileSync(
		join(plain, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Default' })] });\n`
	);
	writeFileSync(
		join(plain, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`
	);
	writeFileSync(join(plain, 'package.json'), JSON.stringify({ type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
	cpSync(join(root, 'tsconfig.json'), join(plain, 'tsconfig.json'));
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const plainMs = timed([astro, 'build', '--silent'], plain);

	const a = pageWeight(ours, `${HANDBOOK_PAGE}/index.html`);
	const b = pageWeight(join(plain, 'dist'), `${HANDBOOK_PAGE}/index.html`);
	const pages = spawnSync('find', [ours, '-name', '*.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length;

	console.log('\n## Site build and page weight');
	console.log(`| | Cẩm nang (${pages} pages, full build) | default Starlight (1 page) |`);
	console.log('|---|---:|---:|');
	console.log(`| build time | ${(buildMs / 1000).toFixed(1)} s | ${(plainMs / 1000).toFixed(1)} s |`);
	console.log(`| HTML | ${kb(a.html)} | ${kb(b.html)} |`);
	console.log(`| CSS | ${kb(a.css)} | ${kb(b.css)} |`);
	console.log(`| JS | ${kb(a.js)} | ${kb(b.js)} |`);
	console.log(`| total, raw | ${kb(a.raw)} | ${kb(b.raw)} |`);
	console.log(`| total, gzip | ${kb(a.gzip)} | ${kb(b.gzip)} |`);
	console.log(`(page: /${HANDBOOK_PAGE}/)`);
	rmSync(work, { recursive: true, force: true });
}

if (import.meta.main) await run();
