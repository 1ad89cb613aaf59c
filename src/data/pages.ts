import { getCollection } from 'astro:content';
import { sitePaths } from '../lib/routes.ts';

let titles: Promise<Map<string, string>> | undefined;

/**
 * The title of the handbook page at `href` (`/nhan-su/quy-trinh-5-buoc/`, an anchor allowed), so
 * links from data blocks say where they lead; undefined for a page not (yet) in the handbook.
 */
export async function pageTitle(href: string): Promise<string | undefined> {
	titles ??= getCollection('docs').then((docs) => new Map(docs.map((d) => [sitePaths.page(d.id), d.data.title])));
	return (await titles).get(href.replace(/#.*$/, ''));
}
