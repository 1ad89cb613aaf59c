import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../routes.ts';

export interface RemarkSiteLinksOptions {
	/** Base path the site is published under (`/` or `/cam-nang/`). */
	base: string;
}

/**
 * Editors link to other pages by their site path (`[lộ trình](/tong-quan/lo-trinh/)`), the same
 * whatever address the site is published at; this puts those links under the base path. It
 * runs before the citation and glossary plugins, whose links are made under the base already.
 */
export function remarkSiteLinks(options: RemarkSiteLinksOptions) {
	return (tree: Root) => {
		if (options.base === '/') return;
		visit(tree, (node) => {
			if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && node.url.startsWith('/') && !node.url.startsWith('//')) {
				node.url = withBase(options.base, node.url);
			}
		});
	};
}
