import { congressShapeSchema, electionSchema } from '../content/congress.ts';
import { ContentError } from '../content/errors.ts';
import { ExprError, exprToString, parseExpr, pathsOf, type Expr } from './expr.ts';
import { HELPERS, isHelper } from './format.ts';
import { obj, resolvePath, shapeOfSchema, type Shape } from './shape.ts';
import { VIEW_SHAPE } from './view.ts';

export interface TemplateCommand {
	raw: string;
	type: string;
	code: string;
}

export interface TemplateProblem {
	template: string;
	command?: string;
	message: string;
}

/**
 * Problems in templates, phrased for the editors who change them in Word. A ContentError, so the
 * build and the CLI report it like any other content problem (file, then what is wrong).
 */
export class TemplateError extends ContentError {
	readonly templateProblems: TemplateProblem[];
	constructor(problems: TemplateProblem[]) {
		super(
			problems.map((p) => ({
				file: `templates/${p.template}.docx`,
				message: `${p.command ? `lệnh «{{${p.command}}}»: ` : ''}${p.message}`,
			}))
		);
		this.name = 'TemplateError';
		this.templateProblems = problems;
	}
}

const congressShape = shapeOfSchema(congressShapeSchema);

/** Everything a template can read: the congress fields, the current `election`, and `view`. */
export const TEMPLATE_SHAPE: Shape = obj({
	...(congressShape.kind === 'object' ? congressShape.fields : {}),
	election: shapeOfSchema(electionSchema),
	view: VIEW_SHAPE,
});

const ALLOWED = new Set(['INS', 'FOR', 'END-FOR', 'IF', 'END-IF']);
/**
 * Names every object inherits (constructor, __proto__, toString…): never data fields. Refused by
 * name, so a template cannot even try to reach a prototype through a lookup that forgot hasOwn.
 */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
const HELPER_LIST = Object.keys(HELPERS).join(', ');

/**
 * Checks every command of one template: only insertion, FOR/END-FOR, IF/END-IF and the named
 * helpers; every field must exist in the congress schema (or `view`/`election`); loops balanced.
 * Returns the role of each expression for the renderer, or throws TemplateError with all problems.
 */
export function lintCommands(template: string, commands: TemplateCommand[]): Map<string, 'INS' | 'IF' | 'FOR'> {
	const problems: TemplateProblem[] = [];
	const roles = new Map<string, 'INS' | 'IF' | 'FOR'>();
	const scopes: { name: string; shape: Shape }[] = [];
	let ifDepth = 0;
	// Implicit inserts come back as "INS x"; editors wrote {{x}}, so that is what messages show.
	const fail = (command: string, message: string) => problems.push({ template, command: command.trim().replace(/^INS\s+/, ''), message });

	const check = (cmd: TemplateCommand, code: string, role: 'INS' | 'IF' | 'FOR'): Shape | undefined => {
		let expr: Expr;
		try {
			expr = parseExpr(code);
		} catch (e) {
			if (e instanceof ExprError) fail(cmd.raw, e.message);
			else throw e;
			return undefined;
		}
		const key = code.trim();
		const prior = roles.get(key);
		if (prior && prior !== role) fail(cmd.raw, `biểu thức «${key}» vừa dùng làm ${prior} vừa làm ${role}; hãy tách thành hai trường khác nhau`);
		roles.set(key, role);
		const visitCalls = (e: Expr): void => {
			if (e.type !== 'call') return;
			if (!isHelper(e.helper)) fail(cmd.raw, `không có hàm «${e.helper}»; chỉ dùng được: ${HELPER_LIST}`);
			else if (e.args.length !== 1) fail(cmd.raw, `hàm «${e.helper}» nhận đúng một giá trị`);
			e.args.forEach(visitCalls);
		};
		visitCalls(expr);
		if ((role === 'FOR' || role === 'IF') && expr.type !== 'path') fail(cmd.raw, `${role} chỉ nhận tên trường, không nhận hàm`);
		let reached: Shape | undefined;
		for (const path of pathsOf(expr)) {
			const inherited = [path.root, ...path.keys].find((k) => INHERITED.has(k));
			if (inherited) {
				fail(cmd.raw, `«${inherited}» là tên có sẵn của JavaScript, không phải một trường dữ liệu đại hội`);
				continue;
			}
			let base: Shape | undefined;
			if (path.root === '$idx') base = scopes.length ? { kind: 'leaf' } : undefined;
			else if (path.root.startsWith('$')) base = [...scopes].reverse().find((s) => `$${s.name}` === path.root)?.shape;
			else base = TEMPLATE_SHAPE.kind === 'object' && Object.hasOwn(TEMPLATE_SHAPE.fields, path.root) ? TEMPLATE_SHAPE.fields[path.root] : undefined;
			if (!base) {
				fail(cmd.raw, path.root.startsWith('$') ? `biến «${path.root}» chỉ dùng được bên trong vòng lặp FOR tương ứng` : `không có trường «${path.root}» trong dữ liệu đại hội`);
				continue;
			}
			const r = resolvePath(base, path.keys);
			if ('missing' in r) {
				fail(cmd.raw, `không có trường «${[path.root, ...path.keys.slice(0, r.at + 1)].join('.')}» trong dữ liệu đại hội`);
				continue;
			}
			reached = r.shape;
			if (role === 'INS' && expr.type === 'path' && r.shape.kind !== 'leaf') {
				fail(cmd.raw, `«${exprToString(expr)}» là một nhóm trường, không chèn thẳng được; hãy chọn một trường con hoặc dùng FOR`);
			}
		}
		return reached;
	};

	for (const cmd of commands) {
		const type = cmd.type.toUpperCase();
		if (!ALLOWED.has(type)) {
			fail(cmd.raw, `lệnh ${type} không được phép trong biểu mẫu; chỉ dùng chèn trường, FOR/END-FOR và IF/END-IF`);
			continue;
		}
		if (type === 'INS') check(cmd, cmd.code, 'INS');
		else if (type === 'IF') {
			check(cmd, cmd.code, 'IF');
			ifDepth++;
		} else if (type === 'END-IF') {
			if (ifDepth === 0) fail(cmd.raw, 'END-IF không có IF tương ứng');
			else ifDepth--;
		} else if (type === 'FOR') {
			const m = /^(\S+)\s+IN\s+(.+)$/i.exec(cmd.code.trim());
			if (!m || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(m[1]!)) {
				fail(cmd.raw, 'FOR ghi dạng «FOR tên IN danh_sách», ví dụ FOR person IN presidium');
				scopes.push({ name: m?.[1] ?? '?', shape: { kind: 'leaf' } });
				continue;
			}
			const shape = check(cmd, m[2]!, 'FOR');
			if (shape && shape.kind !== 'array') fail(cmd.raw, `«${m[2]!.trim()}» không phải một danh sách, không lặp được`);
			scopes.push({ name: m[1]!, shape: shape?.kind === 'array' ? shape.element : { kind: 'leaf' } });
		} else if (type === 'END-FOR') {
			const name = cmd.code.trim();
			const top = scopes.pop();
			if (!top) fail(cmd.raw, 'END-FOR không có FOR tương ứng');
			else if (top.name !== name) fail(cmd.raw, `END-FOR ${name} không khớp vòng lặp đang mở (FOR ${top.name})`);
		}
	}
	for (const s of scopes) problems.push({ template, command: `FOR ${s.name}`, message: 'vòng lặp thiếu END-FOR' });
	if (ifDepth > 0) problems.push({ template, message: `có ${ifDepth} lệnh IF thiếu END-IF` });
	if (problems.length) throw new TemplateError(problems);
	return roles;
}
