import { z } from 'zod';
import { deepNfc, isoDate, text } from './common.ts';
import { TEMPLATE_IDS } from '../documents/ids.ts';
import { ContentError, problemsFromZod } from './errors.ts';
import { baseLabel, electionBase, minimumVotes, passes } from './election-threshold.ts';
import { formatNumber } from '../vi/format.ts';

/**
 * Structured data of one congress (`content/congresses/*.md` front matter): the input of every
 * generated document. Shared by the build, the `documents` CLI and the in-browser form, so this
 * module must stay free of Node APIs.
 *
 * Only `organization` and `congress.term` are required: the example congresses come from news
 * reports that give some figures and not others, and a field the sources do not give is left out
 * (documents print a dotted line for it) rather than invented.
 */
export const ORGANIZATION_TYPES = ['chi-bo-co-so', 'dang-bo-co-so', 'dang-bo-cap-tren-co-so'] as const;
export const CONGRESS_KINDS = ['dai-bieu', 'toan-the'] as const;
export const SESSIONS = ['tru-bi', 'chinh-thuc'] as const;
/**
 * `secretary` and `deputy-secretary` are elected by the congress itself where the rules allow it:
 * a party cell of fewer than nine official members elects its secretary and, if needed, one deputy
 * secretary (Điều lệ Đảng, Điều 24 khoản 4; Quy định 29-QĐ/TW, mục 24); seed 002 records a cell
 * congress electing both.
 */
export const ELECTION_KINDS = ['committee', 'delegation', 'secretary', 'deputy-secretary'] as const;
export const TARGET_BOUNDS = ['at-least', 'at-most', 'exactly'] as const;

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** How each organization type is named on pages and in the form. */
export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
	'chi-bo-co-so': 'Chi bộ cơ sở',
	'dang-bo-co-so': 'Đảng bộ cơ sở',
	'dang-bo-cap-tren-co-so': 'Đảng bộ cấp trên cơ sở',
};
export type ElectionKind = (typeof ELECTION_KINDS)[number];

const count = z
	.number({ error: 'cần một số nguyên không âm' })
	.int({ error: 'cần một số nguyên không âm' })
	.min(0, { error: 'cần một số nguyên không âm' });
const positive = count.min(1, { error: 'cần một số nguyên lớn hơn 0' });

const person = z.strictObject({
	name: text,
	/** Role inside the body, e.g. «Trưởng ban», «Ủy viên». */
	role: text.optional(),
});

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
	z.enum(values, { error: (issue) => `«${String(issue.input)}» không phải ${what}; dùng một trong: ${values.join(', ')}` });

export const organizationSchema = z.strictObject({
	/** Full name as printed: «Đảng bộ xã Thanh Chăn». */
	name: text,
	type: enumOf(ORGANIZATION_TYPES, 'loại tổ chức đảng'),
	/** The directly superior party body: «Đảng bộ huyện Điện Biên». */
	upperBody: text,
	/** Place name for the date line: «Thanh Chăn, ngày …». */
	place: text,
	/**
	 * Official party members of the organization. At a `toan-the` congress this is the base of
	 * every election (see `elections[].base`) unless the election gives its own.
	 */
	members: positive.optional(),
});

export const agendaItemSchema = z.strictObject({
	session: enumOf(SESSIONS, 'phiên đại hội'),
	/** «07:30» */
	time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'giờ ghi dạng GIỜ:PHÚT, ví dụ 07:30' }).optional(),
	item: text,
	presenter: text.optional(),
	/** The congress votes on this item (agenda, rules, resolution…). */
	vote: z.boolean().optional(),
});

export const targetSchema = z.strictObject({
	/** What is measured: «Tổng sản lượng lương thực toàn xã đến năm 2025». */
	indicator: text,
	value: z.number({ error: 'cần một số' }).min(0, { error: 'cần một số không âm' }).optional(),
	/** «tấn», «%», «triệu đồng/người/năm», «thôn, bản»… */
	unit: text.optional(),
	/** at-least: «từ … trở lên»; at-most: «từ … trở xuống»; exactly (default): «đạt …». */
	bound: enumOf(TARGET_BOUNDS, 'kiểu chỉ tiêu').optional(),
	/** A target stated in words (no figure), or a remark after the figure. */
	note: text.optional(),
});

export const candidateSchema = z.strictObject({
	name: text,
	votes: count.optional(),
	elected: z.boolean().optional(),
});

export const electionSchema = z.strictObject({
	kind: enumOf(ELECTION_KINDS, 'loại cuộc bầu cử'),
	/** Number to be elected. */
	seats: positive.optional(),
	/** Number elected, when the sources give it without the list of candidates. */
	elected: count.optional(),
	/**
	 * «Số làm căn cứ tính trúng cử»: the number a candidate must get more than half of to be
	 * elected (Điều lệ Đảng, Điều 12 điểm 3; Quy chế bầu cử trong Đảng, 244-QĐ/TW, Điều 32) —
	 * official delegates convened (đại hội đại biểu) or official members of the organization (đại
	 * hội đảng viên), minus the cases the Quy chế allows to deduct: at a delegate congress, members
	 * of the convening committee and official delegates absent throughout without an alternate; at a
	 * members' congress, members temporarily transferred, exempted members not present, suspended,
	 * prosecuted or detained members, members absent throughout with a reason the convening
	 * committee accepted. Never the valid ballots.
	 *
	 * Give it when something is deducted. Left out, it defaults to `delegates.elected` at a
	 * `dai-bieu` congress and to `organization.members` at a `toan-the` one (see
	 * election-threshold.ts); with no `congress.kind` there is no default.
	 */
	base: positive.optional(),
	ballots: z
		.strictObject({
			issued: count.optional(),
			received: count.optional(),
			valid: count.optional(),
			invalid: count.optional(),
		})
		.optional(),
	candidates: z.array(candidateSchema).optional(),
});

export const personnelPlanSchema = z.strictObject({
	/** Planned size of the new committee. */
	seats: positive.optional(),
	/** Candidates on the list put to the vote. */
	candidates: count.optional(),
	women: count.optional(),
	under35: count.optional(),
	/** Candidates who are not members of the outgoing committee. */
	newcomers: count.optional(),
	/** The standing committee of a party organization that elects one (surplus rule, content/rules/). */
	standingCommittee: z
		.strictObject({
			seats: positive.optional(),
			candidates: count.optional(),
		})
		.optional(),
});

const congressObject = z.strictObject({
	organization: organizationSchema,
	congress: z.strictObject({
		/** Roman numeral as printed: «XXI». */
		number: z.string().trim().regex(/^[IVXLCDM]+$/, { error: 'số thứ tự đại hội ghi bằng chữ số La Mã, ví dụ XXI' }).optional(),
		kind: enumOf(CONGRESS_KINDS, 'hình thức đại hội').optional(),
		term: z.string().regex(/^(\d{4})-(\d{4})$/, { error: 'nhiệm kỳ ghi dạng 2020-2025' }),
		/** Days of the congress; the first is the date printed on its documents. */
		dates: z.array(isoDate).min(1, { error: 'cần ít nhất một ngày đại hội' }).optional(),
		venue: text.optional(),
	}),
	delegates: z
		.strictObject({
			/** Delegates called (all members at a «toàn thể» congress). */
			elected: count.optional(),
			attending: count.optional(),
		})
		.optional(),
	presidium: z.array(person).optional(),
	secretariat: z.array(person).optional(),
	credentialsCommittee: z.array(person).optional(),
	voteCounters: z.array(person).optional(),
	/** Leave out to use the standard agenda of the template. */
	agenda: z.array(agendaItemSchema).optional(),
	targets: z.array(targetSchema).optional(),
	personnelPlan: personnelPlanSchema.optional(),
	elections: z.array(electionSchema).optional(),
	/** «Nơi nhận» of the documents, e.g. «Ban Thường vụ Huyện ủy». */
	recipients: z.array(text).optional(),
	/** Source texts the figures come from (ids in content/reports/), so readers can check them. */
	reports: z.array(text).optional(),
	/** Document numbers by template id: `nghi-quyet-dai-hoi: "01"` → «Số 01-NQ/ĐH». */
	numbers: z
		.record(
			z.string(),
			z.string().trim().regex(/^\d+$/, { error: 'số văn bản chỉ gồm chữ số, ví dụ "01"' })
		)
		.optional(),
});

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

/** Figures that must add up; each problem names the field to fix. */
function crossCheck(c: z.infer<typeof congressObject>, ctx: Ctx): void {
	const [from, to] = c.congress.term.split('-').map(Number) as [number, number];
	if (to <= from) issue(ctx, ['congress', 'term'], `năm kết thúc nhiệm kỳ (${to}) phải sau năm bắt đầu (${from})`);
	const d = c.delegates;
	// At a members' congress those present are members, and no more can attend than the organization has.
	const who = c.congress.kind === 'toan-the' ? 'đảng viên' : 'đại biểu';
	if (d?.attending !== undefined && d.elected !== undefined && d.attending > d.elected) {
		issue(ctx, ['delegates', 'attending'], `số ${who} có mặt (${d.attending}) lớn hơn số ${who} được triệu tập (${d.elected})`);
	} else if (d?.attending !== undefined && c.organization.members !== undefined && d.attending > c.organization.members) {
		issue(ctx, ['delegates', 'attending'], `số ${who} có mặt (${d.attending}) lớn hơn số đảng viên của tổ chức (${c.organization.members})`);
	}
	if (d?.elected !== undefined && c.organization.members !== undefined && d.elected > c.organization.members) {
		issue(ctx, ['delegates', 'elected'], `số đại biểu (${d.elected}) lớn hơn số đảng viên của tổ chức (${c.organization.members})`);
	}
	const seen = new Set<string>();
	c.elections?.forEach((e, i) => {
		const at = (...p: (string | number)[]) => ['elections', i, ...p];
		if (seen.has(e.kind)) issue(ctx, at('kind'), `cuộc bầu «${e.kind}» được khai báo hai lần`);
		seen.add(e.kind);
		if (e.kind === 'secretary' && e.seats !== undefined && e.seats !== 1) issue(ctx, at('seats'), 'bầu bí thư tại đại hội chỉ bầu 1 người');
		if (e.kind === 'deputy-secretary' && e.seats !== undefined && e.seats !== 1) issue(ctx, at('seats'), 'bầu phó bí thư tại đại hội chỉ bầu 1 người');
		const b = e.ballots;
		if (b) {
			if (b.valid !== undefined && b.invalid !== undefined && b.received !== undefined && b.valid + b.invalid !== b.received) {
				issue(ctx, at('ballots', 'received'), `số phiếu hợp lệ (${b.valid}) cộng số phiếu không hợp lệ (${b.invalid}) phải bằng số phiếu thu vào (${b.received})`);
			}
			if (b.received !== undefined && b.issued !== undefined && b.received > b.issued) {
				issue(ctx, at('ballots', 'received'), `số phiếu thu vào (${b.received}) lớn hơn số phiếu phát ra (${b.issued})`);
			}
			if (b.issued !== undefined && d?.attending !== undefined && b.issued > d.attending) {
				issue(ctx, at('ballots', 'issued'), `số phiếu phát ra (${b.issued}) lớn hơn số ${who} có mặt (${d.attending})`);
			}
		}
		const valid = b?.valid;
		const base = electionBase(c, e);
		if (e.base !== undefined) {
			const total = electionBase(c, undefined);
			if (total && e.base > total.value) {
				issue(ctx, at('base'), `số làm căn cứ tính trúng cử (${e.base}) lớn hơn ${baseLabel(total)}: chỉ được trừ bớt các trường hợp Quy chế bầu cử trong Đảng cho phép trừ, không được cộng thêm`);
			}
			const voted = b?.issued ?? b?.received;
			if (voted !== undefined && e.base < voted) {
				issue(ctx, at('base'), `số làm căn cứ tính trúng cử (${e.base}) nhỏ hơn số phiếu ${b?.issued !== undefined ? 'phát ra' : 'thu vào'} (${voted}): người có mặt bỏ phiếu không thuộc các trường hợp được trừ`);
			}
		}
		const candidates = e.candidates ?? [];
		candidates.forEach((cand, j) => {
			if (cand.votes !== undefined && valid !== undefined && cand.votes > valid) {
				issue(ctx, at('candidates', j, 'votes'), `${cand.name} được ${cand.votes} phiếu, nhiều hơn số phiếu hợp lệ (${valid})`);
			} else if (cand.elected && cand.votes !== undefined && base && !passes(cand.votes, base.value)) {
				// Điều lệ Đảng Điều 12.3, Quy chế 244 Điều 32: more than half of the base, not of the valid ballots.
				issue(
					ctx,
					at('candidates', j, 'elected'),
					`${cand.name} được ${formatNumber(cand.votes)} phiếu, chưa quá một nửa so với ${baseLabel(base)} nên không thể trúng cử (cần ít nhất ${formatNumber(minimumVotes(base.value))} phiếu)`
				);
			}
		});
		const electedCount = candidates.some((x) => x.elected !== undefined)
			? candidates.filter((x) => x.elected).length
			: e.elected;
		if (e.seats !== undefined && electedCount !== undefined && electedCount > e.seats) {
			issue(ctx, at(candidates.some((x) => x.elected) ? 'candidates' : 'elected'), `số người trúng cử (${electedCount}) nhiều hơn số lượng cần bầu (${e.seats})`);
		}
		if (e.elected !== undefined && candidates.some((x) => x.elected !== undefined) && e.elected !== electedCount) {
			issue(ctx, at('elected'), `số trúng cử (${e.elected}) khác số ứng cử viên được đánh dấu trúng cử (${electedCount})`);
		}
	});
	for (const key of Object.keys(c.numbers ?? {})) {
		if (!(TEMPLATE_IDS as readonly string[]).includes(key)) issue(ctx, ['numbers', key], `«${key}» không phải mã biểu mẫu; dùng một trong: ${TEMPLATE_IDS.join(', ')}`);
	}
	const p = c.personnelPlan;
	if (p?.candidates !== undefined) {
		for (const key of ['women', 'under35', 'newcomers'] as const) {
			const v = p[key];
			if (v !== undefined && v > p.candidates) issue(ctx, ['personnelPlan', key], `(${v}) lớn hơn tổng số người trong danh sách (${p.candidates})`);
		}
	}
}

export const congressSchema = z.preprocess(deepNfc, congressObject.superRefine(crossCheck));

export type Congress = z.infer<typeof congressSchema>;
export type Election = NonNullable<Congress['elections']>[number];
export type Person = z.infer<typeof person>;

/** The schema of the data itself (without NFC preprocessing), for tools that walk its shape. */
export const congressShapeSchema = congressObject;

/**
 * Validates one congress (front matter already parsed) and returns it NFC-normalized, or throws a
 * ContentError naming `file` and each field. Used by the build, the CLI and the browser form.
 */
export function parseCongress(data: unknown, file: string): Congress {
	const result = congressSchema.safeParse(data);
	if (!result.success) throw new ContentError(problemsFromZod(file, result.error));
	return result.data;
}
