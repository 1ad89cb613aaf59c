import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Normalizes all prose to NFC, whatever keyboard or editor the page was typed with. */
export function remarkNfc() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if ('value' in node && typeof node.value === 'string') node.value = node.value.normalize('NFC');
		});
	};
}
