import { routes } from './routes.ts';
import { directiveName } from '../lib/registry/label.ts';
import { getRegistry } from './registry.ts';

export interface SourceLink {
	href: string;
	label: string;
}

/**
 * Links for the `source` (directive) and `report` (source text) of a data entry. Ids were
 * checked by `npm run check`; an unknown one here means the checker was bypassed, so it throws.
 */
export async function sourceLinks(ref: { source?: string | undefined; report?: string | undefined }): Promise<SourceLink[]> {
	const reg = await getRegistry();
	const out: SourceLink[] = [];
	if (ref.source) {
		const target = reg.resolve(ref.source);
		const d = target && reg.byId.get(target.id);
		if (!d) throw new Error(`Văn bản «${ref.source}» không có trong danh mục văn bản (content/directives/)`);
		out.push({ href: routes.directive(d.slug), label: directiveName(d, reg.kinds, reg.issuers) });
	}
	if (ref.report) {
		const r = reg.reports.find((x) => x.id === ref.report);
		if (!r) throw new Error(`Tư liệu «${ref.report}» không có trong danh mục tư liệu (content/reports/)`);
		out.push({ href: routes.report(r.id), label: r.short });
	}
	return out;
}
