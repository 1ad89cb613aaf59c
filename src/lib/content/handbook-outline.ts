import { join } from 'node:path';
import { z } from 'zod';
import { listFiles, parseFrontMatter, readText } from './files.ts';
import type { Topic } from './taxonomies.ts';

/** One handbook page in reading order. */
export interface OutlinePage {
	/** Content id, e.g. `tong-quan/lo-trinh`; the page's URL is `/${id}/`. */
	id: string;
	href: string;
	title: string;
	/** What the menu shows: `sidebar.label`, else the title. */
	label: string;
	description?: string;
	/** Stage of the road map the page belongs to (stages.yaml id), when it names one. */
	stage?: string;
}

/** One topic of topics.yaml with its pages: a chapter of the book, a group of the menu. */
export interface OutlineChapter {
	topic: Topic;
	pages: OutlinePage[];
}

/** Only what ordering needs; the content checker and the collection schema validate the rest. */
const orderFields = z.looseObject({
	title: z.string(),
	description: z.string().optional(),
	draft: z.boolean().optional(),
	stage: z.string().optional(),
	sidebar: z.looseObject({ order: z.number().optional(), label: z.string().optional(), hidden: z.boolean().optional() }).optional(),
});

/**
 * The handbook's reading order, defined once for the menu (and so previous/next), the road map's
 * step list and the PDF edition: topics as listed in topics.yaml, in each topic its pages by
 * `sidebar.order`, then by id. Topics without pages, drafts and `sidebar.hidden` pages are left out.
 *
 * Read from the files on disk, not from Astro's collection, because the menu is part of the
 * Starlight config, which exists before any collection is loaded.
 */
export function handbookOutline(contentDir: string, topics: readonly Topic[]): OutlineChapter[] {
	const chapters: OutlineChapter[] = [];
	for (const topic of topics) {
		const dir = join(contentDir, 'handbook', topic.id);
		const pages = listFiles(dir, /\.mdx?$/)
			.map((path) => {
				const data = orderFields.parse(parseFrontMatter(readText(path), path).data);
				const rel = path.slice(dir.length + 1).replace(/\\/g, '/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
				const id = rel ? `${topic.id}/${rel}` : topic.id;
				return { id, data };
			})
			.filter((p) => !p.data.draft && !p.data.sidebar?.hidden)
			.sort(
				(a, b) =>
					(a.data.sidebar?.order ?? Number.MAX_VALUE) - (b.data.sidebar?.order ?? Number.MAX_VALUE) ||
					a.id.localeCompare(b.id)
			);
		if (!pages.length) continue;
		chapters.push({
			topic,
			pages: pages.map(({ id, data }) => {
				const page: OutlinePage = { id, href: `/${id}/`, title: data.title, label: data.sidebar?.label ?? data.title };
				if (data.description) page.description = data.description;
				if (data.stage) page.stage = data.stage;
				return page;
			}),
		});
	}
	return chapters;
}
