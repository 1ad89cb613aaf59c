
import { z } from 'zod';
import { SYMBOL_ID, directiveSlug, symbolKey } from '../citations/symbol.ts';
import { deepNfc, isoDate, oneOf, text } from './common.ts';
import { ContentError, problemsFromZod, type ContentProblem } from './errors.ts';
import { displayPath, listFiles, parseYaml, readText } from './files.ts';
import { ids, type Taxonomies } from './taxonomies.ts';

/** Declared relations; replacement is not one of them: it lives in `validity.replacedBy`. */
export const RELATION_TYPES = ['implements', 'specifies'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Whether a document still applies, as a reader of thuvienphapluat.vn expects to see it:
 * in force, replaced by another document, spent because it served one round of congresses only,
 * or not verified. Only «chưa xác minh» may be stated without a public source.
 */
export const VALIDITY_STATUSES = ['con-hieu-luc', 'bi-thay-the', 'het-nhiem-ky', 'chua-xac-minh'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];

const directiveId = z
	.string()
	.trim()
	.refine((v) => SYMBOL_ID.test(v.normalize('NFC')) || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), {
		error:
			'mã văn bản ghi theo số, ký hiệu, ví dụ «35-CT/TW», «35-QĐ/TU»; văn bản chưa rõ ký hiệu dùng mã chữ thường không dấu, ví dụ «ke-hoach-155-thanh-uy-ha-noi»',
	});

const statusSource = z.strictObject({
	url: z.url({ protocol: /^https?$/, error: 'cần địa chỉ trang công khai đã kiểm tra, bắt đầu bằng https:// hoặc http://' }),
	title: text,
	/** What the page confirms, in the editor's words. */
	confirms: text.optional(),
});

/** `validity:` of a registry file: the status and, unless «chưa xác minh», the pages that state it. */
function validityObject() {
	return z
		.strictObject(
			{
				status: z.enum(VALIDITY_STATUSES, {
					error: `tình trạng hiệu lực phải là một trong: ${VALIDITY_STATUSES.join(', ')} (chưa kiểm chứng được thì ghi chua-xac-minh)`,
				}),
				replacedBy: directiveId.optional(),
				endDate: isoDate.optional(),
				note: text.optional(),
				sources: z.array(statusSource).default([]),
			},
			{ error: 'cần mục validity với tình trạng hiệu lực (status); chưa kiểm chứng được thì ghi status: chua-xac-minh' }
		)
		.superRefine((v, ctx) => {
			if (v.status === 'bi-thay-the' && !v.replacedBy) {
				ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'văn bản bị thay thế cần mã văn bản thay thế nó (replacedBy)' });
			}
			if (v.status !== 'bi-thay-the' && v.replacedBy) {
				ctx.addIssue({ code: 'custom', path: ['status'], message: 'có replacedBy thì tình trạng phải là bi-thay-the' });
			}
			if (v.status !== 'chua-xac-minh' && v.sources.length === 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['sources'],
					message: 'tình trạng hiệu lực cần ít nhất một nguồn công khai đã kiểm tra (url, title); không có nguồn thì ghi status: chua-xac-minh',
				});
			}
		});
}

/** Schema of one registry file in `content/directives/`, over the declared taxonomies. */
export function directiveSchema(tax: Taxonomies) {
	return z.preprocess(deepNfc, directiveObject(tax));
}

function directiveObject(tax: Taxonomies) {
	return z.strictObject({
		id: directiveId,
		kind: oneOf(ids(tax.kinds), 'loại văn bản (kinds.yaml)'),
		number: text.optional(),
		issuer: oneOf(ids(tax.issuers), 'cơ quan ban hành (issuers.yaml)'),
		level: oneOf(ids(tax.levels), 'cấp (levels.yaml)'),
		locality: text.optional(),
		date: isoDate.optional(),
		title: text.optional(),
		/** What the sources call a document that has no number, e.g. «Nghị quyết Trung ương 4 khóa XI». */
		commonName: text.optional(),
		summary: text,
		term: oneOf(ids(tax.terms), 'nhiệm kỳ (terms.yaml)').optional(),
		validity: validityObject(),
		relations: z
			.array(
				z.strictObject({
					type: z.enum(RELATION_TYPES, {
						error: `quan hệ phải là một trong: ${RELATION_TYPES.join(', ')}`,
					}),
					target: directiveId,
				})
			)
			.default([]),
	});
}

export type DirectiveData = z.infer<ReturnType<typeof directiveSchema>>;

export interface Directive extends DirectiveData {
	slug: string;
	/** Lookup key for citations; equals `id` for entries without a symbol. */
	key: string;
	/** Number and symbol as printed (`35-CT/TW`), when the sources give one. */
	symbol?: string;
	file: string;
}

/** Enriches parsed registry data with derived fields (slug, symbol, number). */
export function toDirective(data: DirectiveData, file: string): Directive {
	const isSymbol = SYMBOL_ID.test(data.id);
	const d: Directive = { ...data, slug: directiveSlug(data.id), key: isSymbol ? symbolKey(data.id) : data.id, file };
	if (isSymbol) {
		d.symbol = data.id;
		d.number ??= data.id.split('-')[0];
	}
	return d;
}

/**
 * Registry checks that need every entry: duplicate ids/slugs, relations to unknown entries.
 * `alsoKnown` are ids of entries that failed validation: relations to them are not reported
 * again, so one broken file gives one message.
 */
export function checkRegistry(directives: Directive[], alsoKnown: string[] = []): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byKey = new Map<string, Directive>();
	const bySlug = new Map<string, Directive>();
	for (const d of directives) {
		const dupe = byKey.get(d.key) ?? bySlug.get(d.slug);
		if (dupe) {
			problems.push({ file: d.file, field: 'id', message: `mã văn bản «${d.id}» trùng với ${dupe.file}` });
			continue;
		}
		byKey.set(d.key, d);
		bySlug.set(d.slug, d);
	}
	const known = new Set(alsoKnown.map(keyOf));
	for (const d of directives) {
		d.relations.forEach((r, i) => {
			const target = byKey.get(keyOf(r.target));
			if (!target && !known.has(keyOf(r.target))) {
				problems.push({
					file: d.file,
					field: `relations.${i}.target`,
					message: `văn bản «${r.target}» không có trong danh mục văn bản (content/directives/)`,
				});
			} else if (target === d) {
				problems.push({ file: d.file, field: `relations.${i}.target`, message: 'văn bản không thể liên hệ với chính nó' });
			}
		});
		const by = d.validity.replacedBy;
		if (by !== undefined) {
			const target = byKey.get(keyOf(by));
			if (!target && !known.has(keyOf(by))) {
				problems.push({
					file: d.file,
					field: 'validity.replacedBy',
					message: `văn bản thay thế «${by}» không có trong danh mục văn bản (content/directives/); thêm văn bản đó vào danh mục trước`,
				});
			} else if (target === d) {
				problems.push({ file: d.file, field: 'validity.replacedBy', message: 'văn bản không thể tự thay thế chính nó' });
			}
		}
	}
	return problems;
}

const keyOf = (id: string) => (SYMBOL_ID.test(symbolKey(id)) ? symbolKey(id) : id);

export interface RegistryReadResult {
	directives: Directive[];
	problems: ContentProblem[];
	/** Ids declared by entries that failed validation, so citations of them are not reported twice. */
	invalidIds: string[];
}

/** Reads, validates and cross-checks the whole registry, collecting every problem. */
export function readDirectives(root: string, contentDir: string, tax: Taxonomies): RegistryReadResult {
	const schema = directiveSchema(tax);
	const problems: ContentProblem[] = [];
	const directives: Directive[] = [];
	const invalidIds: string[] = [];
	for (const path of listFiles(`${contentDir}/directives`, /\.ya?ml$/)) {
		const file = displayPath(root, path);
		try {
			const raw = parseYaml(readText(path), file);
			const parsed = schema.safeParse(raw);
			if (parsed.success) {
				directives.push(toDirective(parsed.data, file));
			} else {
				problems.push(...problemsFromZod(file, parsed.error));
				const id = (raw as { id?: unknown } | null)?.id;
				if (typeof id === 'string') invalidIds.push(id);
			}
		} catch (e) {
			if (e instanceof ContentError) problems.push(...e.problems);
			else throw e;
		}
	}
	problems.push(...checkRegistry(directives, invalidIds));
	return { directives, problems, invalidIds };
}

/** The registry, or a ContentError listing every problem in it. */
export function loadDirectives(root: string, contentDir: string, tax: Taxonomies): Directive[] {
	const { directives, problems } = readDirectives(root, contentDir, tax);
	if (problems.length) throw new ContentError(problems);
	return directives;
}
