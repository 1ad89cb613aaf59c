import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findCitations, type Resolve, type ResolveReport } from '../citations/find.ts';
import type { Routes } from '../routes.ts';

export interface RemarkCitationsOptions {
	resolve: Resolve;
	/** Resolves `[text](tl:<id>)` links to source texts; without it every `tl:` link is an error. */
	resolveReport?: ResolveReport;
	/** Links under the site's base path (astro.config.mjs); site paths without it. */
	routes?: Pick<Routes, 'directive' | 'report'>;
}

/**
 * Links every directive citation in prose to its registry page, and every `tl:` link to its
 * source text on /tu-lieu/. An unknown directive or report fails the build, naming the file and
 * line, so a typo in a number never ships as plain text.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
	return (tree: Root, file: VFile) => {
		const findOptions = {
			link: true,
			...(options.routes ? { routes: options.routes } : {}),
			...(options.resolveReport ? { resolveReport: options.resolveReport } : {}),
		};
		const { unresolved } = findCitations(tree, options.resolve, findOptions);
		const first = unresolved[0];
		if (first) {
			const list = (scheme: 'vb' | 'tl') =>
				unresolved
					.filter((u) => u.scheme === scheme)
					.map((u) => `${file.path}:${u.line ?? '?'} «${u.ref}»`)
					.join('; ');
			const messages = [];
			if (list('vb')) messages.push(`Văn bản được dẫn chiếu không có trong danh mục văn bản (content/directives/): ${list('vb')}`);
			if (list('tl')) messages.push(`Tư liệu được dẫn chiếu không có trong danh mục tư liệu (content/reports/): ${list('tl')}`);
			file.fail(messages.join('\n'), { line: first.line ?? 1, column: first.column ?? 1 });
		}
	};
}
