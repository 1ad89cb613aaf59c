import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deepNfc } from './common.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { checkSize, loadYaml, YamlReadError } from './yaml.ts';

/** Project-relative path with forward slashes, for messages. */
export function displayPath(root: string, file: string): string {
	return relative(root, file).split(sep).join('/');
}

/**
 * Parses YAML without the YAML 1.1 timestamp type, so `2019-13-01` stays a string our schema
 * can reject instead of silently rolling over to another date; size and structure limits as in
 * yaml.ts (the same for the build, the CLIs and the packet builder).
 */
export function parseYaml(source: string, file: string): unknown {
	try {
		return deepNfc(loadYaml(source.normalize('NFC')));
	} catch (e) {
		if (!(e instanceof YamlReadError)) throw e;
		const problem: ContentProblem = {
			file,
			message: e.detail ? `không đọc được YAML: ${e.message} (${e.detail})` : `không đọc được YAML: ${e.message}`,
		};
		if (e.line) problem.line = e.line;
		throw new ContentError([problem]);
	}
}

export interface FrontMatterFile {
	data: unknown;
	body: string;
	/** Line in the file where the body starts (1-based), to map body positions to file lines. */
	bodyLine: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseFrontMatter(source: string, file: string): FrontMatterFile {
	// A runaway file is refused before it is normalized or searched.
	try {
		checkSize(source.length);
	} catch (e) {
		throw new ContentError([{ file, message: `không đọc được tệp: ${(e as Error).message}` }]);
	}
	const text = source.normalize('NFC');
	const m = FRONT_MATTER.exec(text);
	if (!m) {
		throw new ContentError([
			{ file, line: 1, message: 'thiếu phần khai báo đầu tệp (front matter) nằm giữa hai dòng ---' },
		]);
	}
	const data = parseYaml(m[1] ?? '', file);
	return { data: data ?? {}, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

export function readText(path: string): string {
	return readFileSync(path, 'utf8');
}

/** Files under `dir` (recursively) whose names match `pattern`, skipping `_`-prefixed names. */
export function listFiles(dir: string, pattern: RegExp): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	const out: string[] = [];
	for (const name of names.sort()) {
		if (name.startsWith('_') || name.startsWith('.')) continue;
		const full = join(dir, name);
		if (statSync(full).isDirectory()) out.push(...listFiles(full, pattern));
		else if (pattern.test(name)) out.push(full);
	}
	return out;
}
