import type { Resolve } from '../citations/find.ts';
import type { Directive, RelationType } from '../content/directives.ts';

/** How a relation reads from each end: "implements" one way, "implemented by" the other. */
export const RELATION_LABELS: Record<RelationType, { forward: string; inverse: string }> = {
	implements: { forward: 'Thực hiện', inverse: 'Được thực hiện bởi' },
	specifies: { forward: 'Cụ thể hóa', inverse: 'Được cụ thể hóa bởi' },
	supersedes: { forward: 'Thay thế', inverse: 'Bị thay thế bởi' },
};

export interface RelatedDirective {
	type: RelationType;
	direction: 'forward' | 'inverse';
	label: string;
	directive: Directive;
}

/** Relations of `d` in both directions: those it declares and those declared towards it. */
export function relationsOf(d: Directive, all: Directive[], resolve: Resolve): RelatedDirective[] {
	const byId = new Map(all.map((x) => [x.id, x]));
	const out: RelatedDirective[] = [];
	for (const r of d.relations) {
		const target = byId.get(resolve(r.target)?.id ?? '');
		if (target) out.push({ type: r.type, direction: 'forward', label: RELATION_LABELS[r.type].forward, directive: target });
	}
	for (const other of all) {
		for (const r of other.relations) {
			if (resolve(r.target)?.id === d.id) {
				out.push({ type: r.type, direction: 'inverse', label: RELATION_LABELS[r.type].inverse, directive: other });
			}
		}
	}
	return out;
}
