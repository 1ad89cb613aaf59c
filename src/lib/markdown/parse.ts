import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);
const md = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/**
 * Parses a handbook page body the way the site's Markdown pipeline does (GFM, directives,
 * and MDX for .mdx), so positions and text nodes match what the remark plugins see.
 */
export function parseMarkdown(source: string, { mdx: isMdx = true } = {}): Root {
	return (isMdx ? mdx : md).parse(source.normalize('NFC'));
}
