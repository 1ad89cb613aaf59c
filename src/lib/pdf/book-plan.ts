import { handbookOutline } from '../content/handbook-outline.ts';
import type { Topic } from '../content/taxonomies.ts';
import { sitePaths } from '../routes.ts';

/** One handbook page, printed as a section of its chapter. */
export interface BookSection {
	/** Content id, e.g. `tong-quan/lo-trinh`; the page's URL is `/${id}/`. */
	id: string;
	href: string;
	title: string;
	description?: string;
	/** "1.2": chapter number and position in the chapter. */
	number: string;
}

/** One topic of topics.yaml, printed as a chapter. */
export interface BookChapter {
	topic: string;
	title: string;
	number: number;
	sections: BookSection[];
}

/**
 * The book's chapters in the handbook's order, the one the menu shows (handbookOutline): topics as
 * listed in topics.yaml, and in each topic its pages by `sidebar.order`, then by id. Topics without
 * pages and draft pages are left out, as on the site.
 */
export function bookChapters(contentDir: string, topics: Topic[]): BookChapter[] {
	return handbookOutline(contentDir, topics).map((chapter, c) => {
		const number = c + 1;
		return {
			topic: chapter.topic.id,
			title: chapter.topic.name,
			number,
			sections: chapter.pages.map((p, i) => {
				const section: BookSection = { id: p.id, href: sitePaths.page(p.id), title: p.title, number: `${number}.${i + 1}` };
				if (p.description) section.description = p.description;
				return section;
			}),
		};
	});
}
