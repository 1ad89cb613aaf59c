import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTemplate, type CompiledTemplate } from '../../src/lib/documents/compile.ts';
import { TemplateError, type TemplateProblem } from '../../src/lib/documents/lint.ts';
import type { TemplateMeta } from '../../src/lib/documents/meta.ts';
import { templatesDir } from '../../src/lib/content/templates.ts';

/** Reads every template's .docx and compiles it (parse once + lint); all problems reported together. */
export async function compileTemplates(root: string, metas: TemplateMeta[]): Promise<Map<string, CompiledTemplate>> {
	const compiled = new Map<string, CompiledTemplate>();
	const problems: TemplateProblem[] = [];
	for (const meta of metas) {
		try {
			compiled.set(meta.id, await compileTemplate(meta.id, readFileSync(join(templatesDir(root), `${meta.id}.docx`))));
		} catch (e) {
			if (e instanceof TemplateError) problems.push(...e.templateProblems);
			else throw e;
		}
	}
	if (problems.length) throw new TemplateError(problems);
	return compiled;
}
