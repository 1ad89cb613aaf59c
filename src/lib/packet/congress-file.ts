import yaml from 'js-yaml';
import { checkSize, loadYaml, YamlReadError } from '../content/yaml.ts';
import { prune, type Data } from './data.ts';

/**
 * The exchange file of the packet builder: exactly a `content/congresses/*.md` file (YAML front
 * matter between `---` lines, then an optional description), so an office can hand it to the
 * site's editors as is. Browser-safe.
 */

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface CongressFile {
	data: Data;
	body: string;
}

export class CongressFileError extends Error {}

export function writeCongressFile(data: Data, body = ''): string {
	const clean = (prune(data) ?? {}) as Data;
	// Default schema: ISO dates come out quoted, so every YAML reader keeps them as text.
	const front = yaml.dump(clean, { lineWidth: -1, noRefs: true });
	const text = body.trim() ? `\n${body.trim()}\n` : '';
	return `---\n${front}---\n${text}`;
}

/**
 * Reads a congress file, or bare YAML, within the shared size and structure limits (yaml.ts); the
 * shape and schema checks are the caller's. Messages are plain Vietnamese for the office staff who
 * open files here («không đọc được tệp (dòng 4): thụt lề không đúng…»), no format jargon.
 */
export function readCongressFile(text: string): CongressFile {
	let data: unknown;
	let m: RegExpExecArray | null = null;
	let src = text;
	try {
		checkSize(text.length);
		src = text.normalize('NFC');
		m = FRONT_MATTER.exec(src);
		data = loadYaml(m ? m[1]! : src);
	} catch (e) {
		if (!(e instanceof YamlReadError)) throw e;
		const line = e.line ? ` (dòng ${e.line + (m ? 1 : 0)})` : '';
		throw new CongressFileError(`không đọc được tệp${line}: ${e.message}.`);
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new CongressFileError('tệp này không phải tệp hồ sơ đại hội: phần đầu tệp không có thông tin đại hội. Hãy chọn tệp đã lưu bằng nút «Lưu ra tệp».');
	}
	return { data: data as Data, body: m ? src.slice(m[0].length).trim() : '' };
}
