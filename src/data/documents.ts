import { getCollection, type CollectionEntry } from 'astro:content';
import { directiveSlug } from '../lib/citations/symbol.ts';
import type { Congress } from '../lib/content/congress.ts';
import { loadElectionRules } from '../lib/content/election-rules.ts';
import { contentDir, projectRoot } from '../lib/content/paths.ts';
import { loadTemplateMetas, reportLabel } from '../lib/content/templates.ts';
import { packetName, planDocuments, type PlannedDocument } from '../lib/documents/packet.ts';
import type { TemplateMeta } from '../lib/documents/meta.ts';
import { buildView } from '../lib/documents/view.ts';
import { directiveName } from '../lib/registry/label.ts';
import { getRegistry } from './registry.ts';
import { routes } from './routes.ts';


export interface CongressDocs {
	id: string;
	entry: CollectionEntry<'congresses'>;
	data: Congress;
	title: string;
	documents: (PlannedDocument & { href: string })[];
	packetHref: string;
}

export interface Reason {
	text: string;
	source?: { label: string; href: string };
	page?: string;
}

export interface DocumentsSection {
	templates: TemplateMeta[];
	congresses: CongressDocs[];
	reasons: (t: TemplateMeta) => Reason[];
}

let cached: Promise<DocumentsSection> | undefined;

async function load(): Promise<DocumentsSection> {
	const reg = await getRegistry();
	const dir = contentDir(projectRoot());
	const templates = loadTemplateMetas(projectRoot(), dir, reg.directives.map((d) => d.id));
	const rules = loadElectionRules(projectRoot(), dir);
	const entries = (await getCollection('congresses')).sort((a, b) => a.id.localeCompare(b.id));
	const congresses = entries.map((entry) => {
		const data = entry.data as Congress;
		return {
			id: entry.id,
			entry,
			data,
			title: buildView(data, { id: '' }, rules).congressTitle,
			documents: planDocuments(data, templates, rules).map((d) => ({ ...d, href: routes.congress(entry.id, d.name) })),
			packetHref: routes.congress(entry.id, packetName(entry.id)),
		};
	});
	const reasons = (t: TemplateMeta): Reason[] =>
		t.serves.map((r) => {
			const directive = r.source ? reg.byId.get(r.source) ?? reg.bySlug.get(directiveSlug(r.source)) : undefined;
			const source = directive
				? { label: directiveName(directive, reg.kinds, reg.issuers), href: routes.directive(directive.slug) }
				: r.report
					? { label: reportLabel(dir, r.report) ?? 'tư liệu nguồn', href: routes.report(r.report) }
					: undefined;
			return { text: r.text, ...(source ? { source } : {}), ...(r.page ? { page: r.page } : {}) };
		});
	return { templates, congresses, reasons };
}

/** Templates, example congresses and their planned documents, loaded once per build. */
export function getDocumentsSection(): Promise<DocumentsSection> {
	cached ??= load();
	return cached;
}
