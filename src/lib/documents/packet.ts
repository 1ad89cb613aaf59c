import type { Congress, ElectionKind } from '../content/congress.ts';
import type { ElectionRules } from '../content/election-rules.ts';
import type { Rule } from '../rules/schema.ts';
import type { CompiledTemplate } from './compile.ts';
import type { TemplateMeta } from './meta.ts';
import { renderDocument, zipFiles } from './render.ts';
import { buildView, templateData } from './view.ts';

/** File-name part for each election: bien-ban-kiem-phieu-cap-uy.docx… */
export const ELECTION_SLUGS: Record<ElectionKind, string> = {
	committee: 'cap-uy',
	delegation: 'doan-dai-bieu',
	secretary: 'bi-thu',
	'deputy-secretary': 'pho-bi-thu',
};

export interface GeneratedFile {
	/** File name inside the packet: `nghi-quyet-dai-hoi.docx`. */
	name: string;
	/** Human title: «Nghị quyết đại hội — Đại hội đại biểu Đảng bộ xã Thanh Chăn lần thứ XXI…». */
	title: string;
	template: TemplateMeta['id'];
	bytes: Uint8Array;
}

export interface PlannedDocument {
	name: string;
	title: string;
	template: TemplateMeta;
	election?: NonNullable<Congress['elections']>[number];
}

/** Which documents a congress gets: one per template, per-election templates once per matching election. */
export function planDocuments(congress: Congress, templates: TemplateMeta[], rules: ElectionRules): PlannedDocument[] {
	const out: PlannedDocument[] = [];
	for (const t of templates) {
		const doc = { id: t.id, symbol: t.symbol };
		if (!t.perElection) {
			out.push({ name: `${t.id}.docx`, title: `${t.title} — ${buildView(congress, doc, rules).congressTitle}`, template: t });
			continue;
		}
		for (const e of congress.elections ?? []) {
			if (!t.perElection.includes(e.kind)) continue;
			const view = buildView(congress, doc, rules, e);
			out.push({ name: `${t.id}-${ELECTION_SLUGS[e.kind]}.docx`, title: `${t.title} — ${view.election!.title}`, template: t, election: e });
		}
	}
	return out;
}

function compiledFor(compiled: Map<string, CompiledTemplate>, id: string): CompiledTemplate {
	const t = compiled.get(id);
	if (!t) throw new Error(`Template ${id} was not compiled`);
	return t;
}

/**
 * Renders every document of one congress, in plan order. `rules`: content/quy-che-bau-cu.yaml;
 * `personnelRules` (content/rules/) size the blank candidate rows of a committee election whose list
 * is not entered (see view.ts).
 */
export async function renderCongress(
	congress: Congress,
	templates: TemplateMeta[],
	compiled: Map<string, CompiledTemplate>,
	rules: ElectionRules,
	personnelRules: readonly Rule[] = []
): Promise<GeneratedFile[]> {
	const files: GeneratedFile[] = [];
	for (const plan of planDocuments(congress, templates, rules)) {
		const data = templateData(congress, { id: plan.template.id, symbol: plan.template.symbol }, rules, plan.election, personnelRules);
		const bytes = await renderDocument(compiledFor(compiled, plan.template.id), data, { title: plan.title, date: congress.congress.dates?.[0] });
		files.push({ name: plan.name, title: plan.title, template: plan.template.id, bytes });
	}
	return files;
}

/** The blank version of a template: every field a dotted line, lists as dotted rows. */
export async function renderBlank(template: TemplateMeta, compiled: Map<string, CompiledTemplate>, rules: ElectionRules): Promise<GeneratedFile> {
	const election = template.perElection ? { kind: template.perElection[0]! } : undefined;
	const data = templateData(undefined, { id: template.id, symbol: template.symbol }, rules, election);
	const title = `${template.title} (mẫu để trống)`;
	const bytes = await renderDocument(compiledFor(compiled, template.id), data, { title });
	return { name: `${template.id}-mau-trong.docx`, title, template: template.id, bytes };
}

/** The .zip packet of a congress's documents. */
export function packetZip(files: GeneratedFile[]): Uint8Array {
	return zipFiles(files.map((f) => ({ name: f.name, bytes: f.bytes })));
}

/** File name of a congress's packet: `bo-van-ban-thanh-chan.zip`. */
export const packetName = (congressId: string) => `bo-van-ban-${congressId}.zip`;
