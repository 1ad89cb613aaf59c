import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contentDir, projectRoot } from '../../src/lib/content/paths.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

/**
 * The handbook as it is on disk, read here with a plain YAML parser rather than the code that
 * builds the menu: topics in topics.yaml order, each topic's .mdx pages with their title and
 * `sidebar.order`.
 */
const dir = contentDir(projectRoot());
const topics = yaml.load(readFileSync(join(dir, 'taxonomies/topics.yaml'), 'utf8')) as { id: string; name: string }[];
const onDisk = topics.map((topic) => {
	const folder = join(dir, 'handbook', topic.id);
	const pages = readdirSync(folder, { withFileTypes: true })
		.filter((f) => f.isFile() && /^[^_].*\.mdx?$/.test(f.name))
		.map((f) => {
			const front = readFileSync(join(folder, f.name), 'utf8').normalize('NFC').split(/^---$/m)[1]!;
			const data = yaml.load(front) as { title: string; draft?: boolean; sidebar?: { order?: number } };
			return { href: `/${topic.id}/${f.name.replace(/\.mdx?$/, '')}/`, title: data.title, order: data.sidebar?.order, draft: data.draft };
		})
		.filter((p) => !p.draft);
	return { name: topic.name.normalize('NFC'), pages };
});
const allPages = onDisk.flatMap((t) => t.pages);

interface MenuLink {
	href: string;
	label: string;
	group: string | null;
	current: boolean;
	groupOpen: boolean;
}

describe('the menu', () => {
	it('lists every handbook page once under its chapter, marks the current one and walks the book with previous/next', async () => {
		expect(allPages.length).toBeGreaterThan(30);
		const page = await browser.page();
		const problems: string[] = [];
		for (const expected of allPages) {
			await page.goto(`${baseUrl()}${expected.href}`);
			const { links, prev, next } = await page.evaluate(() => {
				const nav = document.querySelector('nav[aria-label="Chính"]')!;
				const links = [...nav.querySelectorAll('a')].map((a) => {
					const details = a.closest('details');
					return {
						href: a.getAttribute('href')!,
						label: a.textContent!.trim(),
						group: details?.querySelector('summary')?.textContent?.trim() ?? null,
						current: a.getAttribute('aria-current') === 'page',
						groupOpen: details?.open ?? true,
					};
				});
				const link = (rel: string) => document.querySelector(`.pagination-links a[rel="${rel}"]`)?.getAttribute('href') ?? null;
				return { links, prev: link('prev'), next: link('next') };
			});
			const at = expected.href;
			// Every handbook page listed once, under the chapter of its folder, with its title.
			for (const chapter of onDisk) {
				for (const p of chapter.pages) {
					const found = links.filter((l: MenuLink) => l.href === p.href);
					if (found.length !== 1) problems.push(`${at}: ${p.href} listed ${found.length} times`);
					else if (found[0]!.group !== chapter.name) problems.push(`${at}: ${p.href} under «${found[0]!.group}», not «${chapter.name}»`);
					else if (found[0]!.label !== p.title) problems.push(`${at}: ${p.href} labelled «${found[0]!.label}»`);
				}
			}
			const current = links.filter((l: MenuLink) => l.current);
			if (current.length !== 1 || current[0]!.href !== at) problems.push(`${at}: current = ${current.map((l) => l.href).join(', ') || 'none'}`);
			else if (!current[0]!.groupOpen) problems.push(`${at}: its chapter group is closed`);
			// Previous/next are the neighbours in the menu as built.
			const i = links.findIndex((l: MenuLink) => l.href === at);
			if (prev === null || prev !== links[i - 1]?.href) problems.push(`${at}: previous ${prev}, menu has ${links[i - 1]?.href}`);
			if (next === null || next !== links[i + 1]?.href) problems.push(`${at}: next ${next}, menu has ${links[i + 1]?.href}`);
		}
		expect(problems).toEqual([]);
	});

	it('orders chapters as topics.yaml and pages by sidebar.order, so previous/next crosses chapters', async () => {
		const page = await browser.page();
		await page.goto(`${baseUrl()}${allPages[0]!.href}`);
		const groups = await page.locator('nav[aria-label="Chính"] details > summary').allInnerTexts();
		const chapters = onDisk.filter((t) => t.pages.length).map((t) => t.name);
		expect(groups.map((g) => g.trim()).filter((g) => chapters.includes(g))).toEqual(chapters);
		for (const chapter of onDisk) {
			const hrefs = await page.locator('nav[aria-label="Chính"] details', { has: page.locator('summary', { hasText: chapter.name }) }).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			const byOrder = [...chapter.pages].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.href.localeCompare(b.href));
			expect(hrefs).toEqual(byOrder.map((p) => p.href));
		}
		// The last page of a chapter leads to the first of the next one, and back.
		const [first, second] = onDisk.filter((t) => t.pages.length);
		const last = [...first!.pages].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity)).at(-1)!;
		await page.goto(`${baseUrl()}${last.href}`);
		const nextHref = await page.locator('.pagination-links a[rel="next"]').getAttribute('href');
		expect(second!.pages.map((p) => p.href)).toContain(nextHref);
	});

	it('walks home → menu → «Công tác nhân sự» → a page → next → next on a 390 px phone', async () => {
		const shots = process.env.CNDH_SCREENSHOTS;
		if (shots) mkdirSync(shots, { recursive: true });
		const shot = async (name: string) => {
			if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
		};
		const page = await browser.page({ width: 390, height: 844 });
		await page.goto(`${baseUrl()}/`);
		await page.getByRole('button', { name: 'Menu' }).click();
		const chapter = page.locator('nav[aria-label="Chính"] summary', { hasText: 'Công tác nhân sự' });
		await expect(chapter.isVisible()).resolves.toBe(true);
		await shot('1-home-menu');
		await chapter.click();
		const personnel = onDisk.find((t) => t.name === 'Công tác nhân sự')!;
		const first = [...personnel.pages].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity))[0]!;
		const link = page.locator('nav[aria-label="Chính"]').getByRole('link', { name: first.title, exact: true });
		await expect(link.isVisible()).resolves.toBe(true);
		await shot('2-chapter-open');
		await link.click();
		await page.waitForURL(`**${first.href}`);
		expect((await page.locator('h1').first().innerText()).trim()).toBe(first.title);
		await shot('3-page');

		const visited = [first.href];
		for (const step of ['4-next', '5-next-again']) {
			const next = page.locator('.pagination-links a[rel="next"]');
			await next.scrollIntoViewIfNeeded();
			await expect(next.isVisible()).resolves.toBe(true);
			const href = (await next.getAttribute('href'))!;
			await next.click();
			await page.waitForURL(`**${href}`);
			visited.push(href);
			await shot(step);
		}
		// The phone's menu, opened on the last page, shows where the reader is.
		await page.getByRole('button', { name: 'Menu' }).click();
		const current = page.locator('nav[aria-label="Chính"] a[aria-current="page"]');
		await expect(current.isVisible()).resolves.toBe(true);
		expect(await current.getAttribute('href')).toBe(visited.at(-1));
		await shot('6-menu-current');
		expect(new Set(visited).size).toBe(3);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});
