import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findCitations, type Resolve } from '../citations/find.ts';

export interface RemarkCitationsOptions {
	resolve: Resolve;
	hrefFor?: (slug: string) => string;
}

/**
 * Links every directive citation in prose to its registry page. An unknown directive fails the
 * build, naming the file and line, so a typo in a number never ships as plain text.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
	return (tree: Root, file: VFile) => {
		const findOptions = options.hrefFor ? { link: true, hrefFor: options.hrefFor } : { link: true };
		const { unresolved } = findCitations(tree, options.resolve, findOptions);
		const first = unresolved[0];
		if (first) {
			const where = unresolved.map((u) => `${file.path}:${u.line ?? '?'} «${u.ref}»`).join('; ');
			const message = `Văn bản được dẫn chiếu không có trong danh mục văn bản (content/directives/): ${where}`;
			file.fail(message, { line: first.line ?? 1, column: first.column ?? 1 });
		}
	};
}
