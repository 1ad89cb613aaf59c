import { strFromU8, unzipSync } from 'fflate';
import { DELIMITERS, getCommand, newContext, parseXml, preprocessTemplate, splitCommand, walkTemplate, type CreateReportOptions, type Node } from './engine.ts';
import { lintCommands, TemplateError, type TemplateCommand, type TemplateProblem } from './lint.ts';
import { addPageNumbers } from './page-numbers.ts';

/** A template parsed once, ready to render any number of documents. */
export interface CompiledTemplate {
	id: string;
	/** Preprocessed trees of the XML parts that contain commands (word/document.xml…). */
	trees: Map<string, Node>;
	/** Every other part of the .docx, copied as is into each document. */
	parts: Map<string, Uint8Array>;
	/** Expressions by the role they play, so absent values print as dotted lines only when inserted. */
	roles: Map<string, 'INS' | 'IF' | 'FOR'>;
}

/** Options for docx-templates' walker; only the delimiters matter when listing commands. */
export function baseOptions(): CreateReportOptions {
	return {
		cmdDelimiter: DELIMITERS,
		// Never appears in data: command results are always inserted as text, never as raw XML.
		literalXmlDelimiter: '\u0000\u0001\u0000',
		processLineBreaks: false,
		noSandbox: true,
		additionalJsContext: {},
		failFast: true,
		rejectNullish: false,
		errorHandler: null,
		fixSmartQuotes: false,
		processLineBreaksAsNewText: false,
		indentXml: false,
		preserveSpace: true,
		compressionLevel: 6,
	};
}

/**
 * Relationships that make Word fetch something from elsewhere when a generated document is opened
 * (a remote image, an attached template, a linked object): every document would contact that
 * server, and the congress's data would depend on it. Hyperlinks are fine: they open on a click.
 */
function externalRelationships(template: string, path: string, xml: string): TemplateProblem[] {
	const problems: TemplateProblem[] = [];
	for (const [rel] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
		const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(rel)?.[1] ?? '';
		if (attr('TargetMode') !== 'External' || attr('Type').endsWith('/hyperlink')) continue;
		problems.push({
			template,
			message: `mẫu có liên kết tới «${attr('Target')}» bên ngoài (${path}): Word sẽ tải nó mỗi khi mở văn bản. Hãy chèn ảnh hoặc nội dung trực tiếp vào mẫu (Insert → Pictures → This Device) rồi lưu lại`,
		});
	}
	return problems;
}

async function commandsOf(tree: Node): Promise<TemplateCommand[]> {
	const commands: TemplateCommand[] = [];
	const ctx = newContext(baseOptions());
	await walkTemplate(undefined, tree, ctx, async (_data, _node, c) => {
		const text = c.cmd;
		c.cmd = '';
		// `{{*name}}` uses an ALIAS shorthand: reported as the ALIAS command it is (refused by the
		// lint, with the template named) instead of docx-templates' bare «Unknown alias».
		if (/^\s*\*/.test(text)) {
			commands.push({ raw: text.trim(), type: 'ALIAS', code: text.trim().slice(1) });
			return undefined;
		}
		const raw = getCommand(text, c.shorthands, false);
		const { cmdName, cmdRest } = splitCommand(raw);
		if (cmdName && cmdName !== 'CMD_NODE') commands.push({ raw, type: cmdName, code: cmdRest });
		return undefined;
	});
	return commands;
}

/**
 * Parses a .docx template and checks every command against the template data shape (see lint.ts).
 * Throws TemplateError listing every problem, named by template id and command.
 */
export async function compileTemplate(id: string, docx: Uint8Array): Promise<CompiledTemplate> {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(docx);
	} catch (e) {
		throw new TemplateError([{ template: id, message: `không mở được tệp .docx (${(e as Error).message})` }]);
	}
	if (!files['word/document.xml']) throw new TemplateError([{ template: id, message: 'tệp .docx không có word/document.xml' }]);
	// Once per template, so every document rendered from it carries page numbers at no cost per document.
	addPageNumbers(files);
	const trees = new Map<string, Node>();
	const parts = new Map<string, Uint8Array>();
	const commands: TemplateCommand[] = [];
	const problems: TemplateProblem[] = [];
	for (const [path, bytes] of Object.entries(files)) {
		const isXmlPart = /^word\/[^/]+\.xml$/.test(path);
		const text = isXmlPart ? strFromU8(bytes) : '';
		if (isXmlPart && (path === 'word/document.xml' || text.includes(DELIMITERS[0]))) {
			try {
				const tree = preprocessTemplate(await parseXml(text), DELIMITERS, true);
				trees.set(path, tree);
				commands.push(...(await commandsOf(tree)));
			} catch (e) {
				// Whatever docx-templates throws, the editor learns which template and part.
				problems.push({ template: id, message: `không đọc được phần ${path} của mẫu (${(e as Error).message})` });
			}
		} else if (!path.endsWith('/')) {
			if (path.endsWith('.rels')) problems.push(...externalRelationships(id, path, strFromU8(bytes)));
			parts.set(path, bytes);
		}
	}
	if (problems.length) throw new TemplateError(problems);
	const roles = lintCommands(id, commands);
	return { id, trees, parts, roles };
}
