import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { congressSchema } from './lib/content/congress.ts';
import { directiveSchema } from './lib/content/directives.ts';
import { handbookFields } from './lib/content/handbook.ts';
import { reportSchema } from './lib/content/reports.ts';
import { checklistSchema } from './lib/content/checklists.ts';
import { comparisonSchema } from './lib/content/comparisons.ts';
import { timelineSchema } from './lib/content/timelines.ts';
import { contentDir, projectRoot } from './lib/content/paths.ts';
import { issuerSchema, kindSchema, levelSchema, loadTaxonomies, termSchema, topicSchema } from './lib/content/taxonomies.ts';

const root = projectRoot();
const dir = contentDir(root);
// Schemas that reference taxonomy ids (levels, kinds, topics…) are built from the data files.
const tax = loadTaxonomies(root, dir);

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: `${dir}/handbook` }),
		schema: docsSchema({ extend: handbookFields(tax) }),
	}),
	guide: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: `${dir}/guide` }),
		schema: docsSchema(),
	}),
	directives: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${dir}/directives` }),
		schema: directiveSchema(tax),
	}),
	reports: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${dir}/reports` }),
		schema: reportSchema(tax),
	}),
	// Data behind the <LevelComparison>, <Timeline> and <Checklist> components (one file per id).
	comparisons: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${dir}/comparisons` }),
		schema: comparisonSchema(tax),
	}),
	timelines: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${dir}/timelines` }),
		schema: timelineSchema(tax),
	}),
	checklists: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${dir}/checklists` }),
		schema: checklistSchema(tax),
	}),
	congresses: defineCollection({
		loader: glob({ pattern: '**/[^_]*.md', base: `${dir}/congresses` }),
		schema: congressSchema,
	}),
	levels: defineCollection({ loader: file(`${dir}/taxonomies/levels.yaml`), schema: levelSchema }),
	kinds: defineCollection({ loader: file(`${dir}/taxonomies/kinds.yaml`), schema: kindSchema }),
	topics: defineCollection({ loader: file(`${dir}/taxonomies/topics.yaml`), schema: topicSchema }),
	terms: defineCollection({ loader: file(`${dir}/taxonomies/terms.yaml`), schema: termSchema }),
	issuers: defineCollection({ loader: file(`${dir}/taxonomies/issuers.yaml`), schema: issuerSchema }),
};
