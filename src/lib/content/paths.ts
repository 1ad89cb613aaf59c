import { resolve } from 'node:path';

/**
 * Where editors' content lives. Tests point `CNDH_CONTENT_DIR` at fixture copies to exercise
 * bad input without touching the real content.
 */
export function projectRoot(): string {
	return resolve(process.env.CNDH_ROOT ?? process.cwd());
}

export function contentDir(root = projectRoot()): string {
	return resolve(root, process.env.CNDH_CONTENT_DIR ?? 'content');
}
