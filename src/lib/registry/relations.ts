import type { Resolve } from '../citations/find.ts';
import type { Directive, RelationType } from '../content/directives.ts';

/** A declared relation, or replacement (from `validity.replacedBy`). */
export type RelatedType = RelationType | 'supersedes';

/** How a relation reads from each end: "implements" one way, "implemented by" the other. */
export const RELATION_LABELS: Record<RelatedType, { forward: string; inverse: string }> = {
	implements: { forward: 'Thực hiện', inverse: 'Được thực hiện bởi' },
	specifies: { forward: 'Cụ thể hóa', inverse: 'Được cụ thể hóa bởi' },
	supersedes: { forward: 'Thay thế', inverse: 'Bị thay thế bởi' },
};

export interface RelatedDirective {
	type: RelatedType;
	direction: 'forward' | 'inverse';
	label: string;
	directive: Directive;
}

/**
 * Relations of `d` in both directions: those it declares and those declared towards it, with
 * replacement read from `validity.replacedBy` ("Bị thay thế bởi" here, "Thay thế" on the other).
 */
export function relationsOf(d: Directive, all: Directive[], resolve: Resolve): RelatedDirective[] {
	const byId = new Map(all.map((x) => [x.id, x]));
	const out: RelatedDirective[] = [];
	const replacement = replacedBy(d, all, resolve);
	if (replacement) out.push({ type: 'supersedes', direction: 'inverse', label: RELATION_LABELS.supersedes.inverse, directive: replacement });
	for (const other of all) {
		if (other !== d && replacedBy(other, all, resolve) === d) {
			out.push({ type: 'supersedes', direction: 'forward', label: RELATION_LABELS.supersedes.forward, directive: other });
		}
	}
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

/** The registry entry that replaced `d`, if its validity says so. */
export function replacedBy(d: Directive, all: Directive[], resolve: Resolve): Directive | undefined {
	const ref = d.validity.replacedBy;
	if (ref === undefined) return undefined;
	const id = resolve(ref)?.id;
	return all.find((x) => x.id === id);
}
