import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { ContentError, type ContentProblem } from '../../src/lib/content/errors.ts';

/**
 * A throw-away copy of the project's content/ with some files changed, for bad-input tests.
 * `edit` maps a path inside content/ to new text, or to a function of the current text.
 */
export function contentFixture(edit: Record<string, string | ((current: string) => string)> = {}) {
	const root = mkdtempSync(join(tmpdir(), 'cndh-content-'));
	const dir = join(root, 'content');
	cpSync('content', dir, { recursive: true });
	for (const [path, change] of Object.entries(edit)) {
		const file = join(dir, path);
		mkdirSync(dirname(file), { recursive: true });
		const current = (() => {
			try {
				return readFileSync(file, 'utf8');
			} catch {
				return '';
			}
		})();
		writeFileSync(file, typeof change === 'function' ? change(current) : change);
	}
	return { root, dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The problems the content check reports on a fixture with `edit` applied; fails the test when the
 * check passes. The fixture is removed before returning.
 */
export function contentProblems(edit: Parameters<typeof contentFixture>[0]): ContentProblem[] {
	const fx = contentFixture(edit);
	try {
		checkContent(fx.root, fx.dir);
	} catch (e) {
		if (e instanceof ContentError) return e.problems;
		throw e;
	} finally {
		fx.cleanup();
	}
	throw new Error('expected the content check to fail');
}
