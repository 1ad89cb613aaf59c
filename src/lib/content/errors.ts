import type { z } from 'zod';

/** One problem in one content file, phrased for editors (Vietnamese). */
export interface ContentProblem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line, when known. */
	line?: number;
	/** Dotted path of the offending field, when the problem is about a field. */
	field?: string;
	message: string;
}

export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export function formatProblem(p: ContentProblem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	const field = p.field ? ` — trường «${p.field}»` : '';
	return `${where}${field}: ${p.message}`;
}

export function formatProblems(problems: ContentProblem[]): string {
	const head =
		problems.length === 1 ? 'Có 1 lỗi trong nội dung:' : `Có ${problems.length} lỗi trong nội dung:`;
	return [head, ...problems.map((p) => `  • ${formatProblem(p)}`)].join('\n');
}

/** Turns zod issues into editor-facing problems for `file`. */
export function problemsFromZod(file: string, error: z.ZodError, prefix: string[] = []): ContentProblem[] {
	return error.issues.map((issue) => {
		const path = [...prefix, ...issue.path.map(String)];
		const problem: ContentProblem = { file, message: issue.message };
		if (path.length) problem.field = path.join('.');
		if (issue.code === 'invalid_type' && issue.input === undefined) {
			problem.message = `thiếu trường bắt buộc (${issue.message})`;
		}
		return problem;
	});
}
