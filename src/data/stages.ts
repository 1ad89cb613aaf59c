import { getCollection } from 'astro:content';
import { handbookOutline, type OutlinePage } from '../lib/content/handbook-outline.ts';
import { contentDir, projectRoot } from '../lib/content/paths.ts';
import { loadTaxonomies, type Stage } from '../lib/content/taxonomies.ts';
import { routes } from './routes.ts';
import { sourceLinks, type SourceLink } from './sources.ts';

/** The handbook page that shows the step list (<StageSteps />); stage links lead to its steps. */
export const ROAD_MAP = routes.page('tong-quan/lo-trinh');

/** A checklist item that names the stage, with where it is ticked. */
export interface StageItem {
	text: string;
	href: string;
	checklist: string;
}

/** A dated plan's phase that carries out the stage: an example from a source, never a rule. */
export interface StageExample {
	plan: string;
	phase: number;
	phaseTitle: string;
	from: string;
	to: string;
	href: string;
	sources: SourceLink[];
}

export interface StageView extends Stage {
	/** 1-based position in stages.yaml. */
	number: number;
	total: number;
	/** The stage's step on the road map. */
	href: string;
	/** Handbook pages that name the stage, in reading order. */
	pages: OutlinePage[];
	items: StageItem[];
	examples: StageExample[];
}

let cached: Promise<StageView[]> | undefined;

/** The six stages with what belongs to each: pages, checklist items and dated examples. */
export function getStages(): Promise<StageView[]> {
	cached ??= load();
	return cached;
}

async function load(): Promise<StageView[]> {
	const root = projectRoot();
	const tax = loadTaxonomies(root, contentDir(root));
	const pages = handbookOutline(contentDir(root), tax.topics).flatMap((c) => c.pages);
	const checklists = await getCollection('checklists');
	const timelines = await getCollection('timelines');
	return Promise.all(
		tax.stages.map(async (stage, i) => {
			const items = checklists.flatMap((list) =>
				list.data.sections.flatMap((s) =>
					s.items
						.filter((it) => it.stage === stage.id)
						.map((it) => ({ text: it.text, href: `${routes.page(`viec-can-lam/${list.id}`)}#${list.id}-${it.id}`, checklist: list.data.title }))
				)
			);
			const examples = await Promise.all(
				timelines.flatMap((t) =>
					t.data.phases.flatMap((p, j) =>
						p.stage === stage.id
							? [
									sourceLinks(t.data).then((sources) => ({
										plan: t.data.title,
										phase: j + 1,
										phaseTitle: p.title,
										from: p.from,
										to: p.to,
										href: `${ROAD_MAP}#${t.id}-giai-doan-${j + 1}`,
										sources,
									})),
								]
							: []
					)
				)
			);
			return {
				...stage,
				number: i + 1,
				total: tax.stages.length,
				href: `${ROAD_MAP}#buoc-${i + 1}`,
				pages: pages.filter((p) => p.stage === stage.id).map((p) => ({ ...p, href: routes.page(p.id) })),
				items,
				examples,
			};
		})
	);
}

/** The stage a page names, with its neighbours, for «Bước N/6». */
export async function stageOf(id: string | undefined) {
	if (!id) return undefined;
	const stages = await getStages();
	const i = stages.findIndex((s) => s.id === id);
	if (i < 0) return undefined;
	return { stage: stages[i]!, prev: stages[i - 1], next: stages[i + 1] };
}
