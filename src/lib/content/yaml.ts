import yaml from 'js-yaml';
import { formatNumber } from '../vi/format.ts';

/**
 * The one YAML reader for content, the documents CLI and the packet builder's file import, with
 * limits that refuse a hostile or runaway file before anything walks it: a file that is too big is
 * refused before it is parsed, nesting is capped while parsing, and anchors/aliases, list lengths
 * and the size of the data once aliases are expanded are measured on the parsed tree without
 * expanding it (js-yaml shares one object per anchor, so a «billion laughs» file parses in
 * microseconds; only a consumer walking it — NFC, the schema, JSON — would pay for the expansion).
 * Browser-safe: no Node modules.
 *
 * The limits sit far above any real file: the largest content file has 14 kB, 266 values, lists
 * of 23 and depth 6; a province's congress with every candidate listed stays under a few thousand
 * values.
 */
export const YAML_LIMITS = {
	/** Characters of YAML (and bytes of a file the browser reads). */
	maxChars: 1_000_000,
	/** Values (scalars, lists, mappings), counting every alias as a full copy of its anchor. */
	maxValues: 50_000,
	/** Items in one list. */
	maxListItems: 1_000,
	/** Nesting of lists and mappings. */
	maxDepth: 20,
	/** Uses of `*alias`; files this project writes have none. */
	maxAliases: 50,
} as const;

export type YamlLimits = typeof YAML_LIMITS;

/**
 * A file this reader refuses. `message` is plain Vietnamese for anyone (no «YAML»), `line` is
 * 1-based within the text given, when known.
 */
export class YamlReadError extends Error {
	readonly line: number | undefined;
	/** js-yaml's own wording, for editors' build messages. */
	readonly detail: string | undefined;
	constructor(message: string, line?: number, detail?: string) {
		super(message);
		this.name = 'YamlReadError';
		this.line = line;
		this.detail = detail;
	}
}

/** Refuses a text over the size limit before any parsing. Also used on a File's size in bytes. */
export function checkSize(length: number, limits: YamlLimits = YAML_LIMITS): void {
	if (length > limits.maxChars) {
		const mb = (n: number) => formatNumber(Math.round(n / 100_000) / 10);
		throw new YamlReadError(`tệp quá lớn (${mb(length)} MB; tối đa ${mb(limits.maxChars)} MB), không phải một tệp hồ sơ thông thường`);
	}
}

/** Plain words for js-yaml's most common complaints; anything else gets the generic sentence. */
function plainReason(reason: string): string {
	if (/maxDepth/.test(reason)) return `các mục lồng nhau quá sâu (tối đa ${YAML_LIMITS.maxDepth} tầng)`;
	if (/null byte|valid JSON character|non-printable/i.test(reason)) return 'có ký tự điều khiển không in được (không phải chữ, số hay dấu câu)';
	if (/duplicated mapping key/.test(reason)) return 'một mục được khai báo hai lần';
	if (/bad indentation|indentation/.test(reason)) return 'thụt lề không đúng: các mục cùng cấp phải thẳng cột với nhau';
	if (/unidentified alias/.test(reason)) return 'có tham chiếu «*…» tới một mục không tồn tại';
	if (/end of the stream|unexpected end/.test(reason)) return 'tệp kết thúc giữa chừng (thiếu dấu ngoặc hoặc dấu nháy đóng)';
	return 'cách viết không đúng định dạng tệp hồ sơ';
}

interface Measure {
	values: number;
	aliases: number;
}

/** Measures the parsed tree once per distinct object; a second visit of one object is an alias. */
function measure(root: unknown, limits: YamlLimits): void {
	const sizes = new Map<object, number>();
	const state: Measure = { values: 0, aliases: 0 };
	const visit = (value: unknown): number => {
		if (value === null || typeof value !== 'object') return 1;
		const known = sizes.get(value);
		if (known !== undefined) {
			state.aliases++;
			if (state.aliases > limits.maxAliases) {
				throw new YamlReadError(`tệp có quá nhiều tham chiếu «*…» (hơn ${limits.maxAliases}), điều tệp lưu từ công cụ này không bao giờ có; nếu tự soạn tệp, hãy ghi thẳng giá trị`);
			}
			return known;
		}
		// Reserve the slot first, so a self-referencing anchor counts as an alias, not a loop.
		sizes.set(value, 1);
		const children = Array.isArray(value) ? value : Object.values(value);
		if (Array.isArray(value) && value.length > limits.maxListItems) {
			throw new YamlReadError(`một danh sách trong tệp có ${formatNumber(value.length)} mục (tối đa ${formatNumber(limits.maxListItems)})`);
		}
		let size = 1;
		for (const child of children) size += visit(child);
		sizes.set(value, size);
		return size;
	};
	state.values = visit(root);
	if (state.values > limits.maxValues) {
		throw new YamlReadError(`tệp chứa quá nhiều mục (${state.values > 1e9 ? 'hơn một tỷ' : formatNumber(state.values)}; tối đa ${formatNumber(limits.maxValues)})`);
	}
}

/**
 * Parses YAML as the build reads it — without the YAML 1.1 timestamp type, so `2019-13-01` stays a
 * string the schema can refuse instead of rolling over to another date — within the limits above.
 * Throws YamlReadError.
 */
export function loadYaml(source: string, limits: YamlLimits = YAML_LIMITS): unknown {
	checkSize(source.length, limits);
	let data: unknown;
	let parsed = 0;
	const tooMany = () => new YamlReadError(`tệp chứa quá nhiều mục (tối đa ${formatNumber(limits.maxValues)})`);
	try {
		data = yaml.load(source, {
			schema: yaml.CORE_SCHEMA,
			// js-yaml 4.3's nesting cap (not in @types/js-yaml yet).
			maxDepth: limits.maxDepth,
			// Values as written (aliases not expanded) can only be fewer than the expanded count:
			// past the limit the parse stops here instead of reading the rest of the file.
			listener: (event: string) => {
				if (event === 'open' && ++parsed > limits.maxValues) throw tooMany();
			},
		} as yaml.LoadOptions);
	} catch (e) {
		if (!(e instanceof yaml.YAMLException)) throw e;
		const reason = e.reason ?? e.message;
		throw new YamlReadError(plainReason(reason), e.mark ? e.mark.line + 1 : undefined, reason);
	}
	measure(data, limits);
	return data;
}
