import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { checkContent } from '../../src/lib/content/check.ts';
import { loadTemplateMetas } from '../../src/lib/content/templates.ts';
import type { CompiledTemplate } from '../../src/lib/documents/compile.ts';
import type { TemplateMeta } from '../../src/lib/documents/meta.ts';
import { compileTemplates } from '../../scripts/lib/templates.ts';

/** The project's templates and example congresses, compiled once per test file. */
export async function loadProjectDocuments(): Promise<{
	metas: TemplateMeta[];
	compiled: Map<string, CompiledTemplate>;
	congresses: ReturnType<typeof checkContent>['congresses'];
	rules: ReturnType<typeof checkContent>['electionRules'];
	personnelRules: ReturnType<typeof checkContent>['rules'];
}> {
	const root = process.cwd();
	const content = checkContent(root, 'content');
	const metas = loadTemplateMetas(root, 'content', content.directives.map((d) => d.id));
	return { metas, compiled: await compileTemplates(root, metas), congresses: content.congresses, rules: content.electionRules, personnelRules: content.rules };
}

/** A copy of a template .docx with its document.xml changed: how the broken-template fixtures are made. */
export function rewriteTemplate(id: string, change: (documentXml: string) => string): Uint8Array {
	const files = unzipSync(readFileSync(`templates/${id}.docx`));
	files['word/document.xml'] = strToU8(change(strFromU8(files['word/document.xml']!)));
	return zipSync(files);
}

/** A copy of a template .docx with one more relationship in word/_rels/document.xml.rels. */
export function withRelationship(id: string, relationship: string): Uint8Array {
	const files = unzipSync(readFileSync(`templates/${id}.docx`));
	const path = 'word/_rels/document.xml.rels';
	files[path] = strToU8(strFromU8(files[path]!).replace('</Relationships>', `${relationship}</Relationships>`));
	return zipSync(files);
}

/** A paragraph holding `text`, to splice into document.xml before the section properties. */
export const extraParagraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;
export const insertBeforeSection = (xml: string, paragraphs: string[]) => xml.replace('<w:sectPr>', `${paragraphs.join('')}<w:sectPr>`);
