/**
 * Document generation, shared by the build, the `documents` CLI and the in-browser packet builder.
 * Browser-safe: no Node API here (files are read by the callers in scripts/).
 *
 *   const compiled = new Map([[id, await compileTemplate(id, docxBytes)], …]);   // once per template
 *   const congress = parseCongress(frontMatter, 'tệp của tôi');                  // throws ContentError
 *   const files = await renderCongress(congress, metas, compiled);               // GeneratedFile[]
 *   const zip = packetZip(files);
 */
export { compileTemplate, type CompiledTemplate } from './compile.ts';
export { lintCommands, TemplateError, TEMPLATE_SHAPE, type TemplateProblem } from './lint.ts';
export { templateMetaSchema, TEMPLATE_IDS, type TemplateId, type TemplateMeta } from './meta.ts';
export { ELECTION_SLUGS, packetName, packetZip, planDocuments, renderBlank, renderCongress, type GeneratedFile, type PlannedDocument } from './packet.ts';
export { renderDocument, zipFiles, type DocumentProps } from './render.ts';
export { buildView, templateData, type View } from './view.ts';
export type { ElectionRules } from '../content/election-rules.ts';
export { DOTS, HELPERS } from './format.ts';
export { parseCongress, congressSchema, type Congress } from '../content/congress.ts';
