import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** Components fed by data files, with the content folder their `id` names a file in. */
export const DATA_COMPONENTS = {
	LevelComparison: 'comparisons',
	Timeline: 'timelines',
	Checklist: 'checklists',
} as const;
export type DataComponent = keyof typeof DATA_COMPONENTS;

export interface ComponentUse {
	name: DataComponent;
	/** The `id` attribute when it is a plain string, else undefined. */
	id: string | undefined;
	line: number | undefined;
}

/** Every use of a data component in an MDX tree, so the checker can resolve ids before the build. */
export function findComponentUses(tree: Root): ComponentUse[] {
	const uses: ComponentUse[] = [];
	visit(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		const el = node as MdxJsxFlowElement | MdxJsxTextElement;
		if (!el.name || !(el.name in DATA_COMPONENTS)) return;
		const attr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
		const id = attr && typeof attr.value === 'string' ? attr.value : undefined;
		uses.push({ name: el.name as DataComponent, id, line: el.position?.start.line });
	});
	return uses;
}

/** Every <QuyCheBauCu muc="…"> in an MDX tree: `muc` names a rule of content/quy-che-bau-cu.yaml. */
export function findElectionRuleUses(tree: Root): { muc: string | undefined; line: number | undefined }[] {
	const uses: { muc: string | undefined; line: number | undefined }[] = [];
	visit(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		const el = node as MdxJsxFlowElement | MdxJsxTextElement;
		if (el.name !== 'QuyCheBauCu') return;
		const attr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'muc');
		uses.push({ muc: attr && typeof attr.value === 'string' ? attr.value : undefined, line: el.position?.start.line });
	});
	return uses;
}
