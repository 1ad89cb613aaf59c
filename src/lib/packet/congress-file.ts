import yaml from 'js-yaml';
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

/** Reads a congress file, or bare YAML; the schema check is the caller's. */
export function readCongressFile(text: string): CongressFile {
	const src = text.normalize('NFC');
	const m = FRONT_MATTER.exec(src);
	const yamlText = m ? m[1]! : src;
	let data: unknown;
	try {
		// The build's reading: no YAML 1.1 timestamps, so a bad date stays text the schema can refuse.
		data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA });
	} catch (e) {
		const err = e as yaml.YAMLException;
		const line = err.mark ? ` (dòng ${err.mark.line + 1 + (m ? 1 : 0)})` : '';
		throw new CongressFileError(`Không đọc được tệp${line}: ${err.reason ?? err.message}`);
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new CongressFileError('Tệp không có phần khai báo đại hội (front matter YAML giữa hai dòng ---).');
	}
	return { data: data as Data, body: m ? src.slice(m[0].length).trim() : '' };
}
