/**
 * The expression language allowed inside template commands: a safe subset with no JavaScript.
 *
 *   path      organization.name · $item.votes · $idx · congress.dates.0
 *   call      helper(path) — only the helpers named in HELPERS
 *
 * Commands are `{{expr}}` (insert), `{{FOR x IN path}}` … `{{END-FOR x}}`, `{{IF path}}` … `{{END-IF}}`.
 * Everything is parsed here, and the renderer evaluates the parsed form itself: template text is never
 * handed to `eval`, `new Function` or a VM, so a template cannot run code.
 */

export type Expr =
	| { type: 'path'; root: string; keys: string[] }
	| { type: 'call'; helper: string; args: Expr[] };

export class ExprError extends Error {}

const IDENT = /^\$?[A-Za-z_][A-Za-z0-9_]*$/;
const KEY = /^([A-Za-z_][A-Za-z0-9_]*|\d+)$/;

/** Parses one expression; throws ExprError with a Vietnamese explanation of what is allowed. */
export function parseExpr(source: string): Expr {
	const code = source.trim();
	const call = /^([A-Za-z_][A-Za-z0-9_]*)\s*\(([\s\S]*)\)$/.exec(code);
	if (call) {
		const inner = call[2]!.trim();
		const args = inner === '' ? [] : splitArgs(inner).map(parseExpr);
		return { type: 'call', helper: call[1]!, args };
	}
	const parts = code.split('.').map((p) => p.trim());
	const [root, ...keys] = parts;
	if (!root || !IDENT.test(root) || keys.some((k) => !KEY.test(k))) {
		throw new ExprError(
			`«${code}» không phải lệnh hợp lệ: chỉ được ghi tên trường (ví dụ organization.name), biến vòng lặp ($item.name) hoặc hàm định dạng (ví dụ upper(organization.name))`
		);
	}
	return { type: 'path', root, keys };
}

function splitArgs(inner: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < inner.length; i++) {
		const ch = inner[i];
		if (ch === '(') depth++;
		else if (ch === ')') depth--;
		else if (ch === ',' && depth === 0) {
			out.push(inner.slice(start, i));
			start = i + 1;
		}
	}
	out.push(inner.slice(start));
	return out;
}

/** Every path an expression reads, for the lint. */
export function pathsOf(expr: Expr): Extract<Expr, { type: 'path' }>[] {
	return expr.type === 'path' ? [expr] : expr.args.flatMap(pathsOf);
}

export function exprToString(expr: Expr): string {
	return expr.type === 'path' ? [expr.root, ...expr.keys].join('.') : `${expr.helper}(${expr.args.map(exprToString).join(', ')})`;
}
