import type { Congress, Election, ElectionKind, Person } from '../content/congress.ts';
import type { ElectionRules } from '../content/election-rules.ts';
import { electedByVotes, electionBase, minimumVotes, shareOfBase } from '../content/election-threshold.ts';
import { largestCommitteeList } from '../rules/list-size.ts';
import type { Rule } from '../rules/schema.ts';
import { formatDateLong, formatNumber } from '../vi/format.ts';
import { DOTS } from './format.ts';
import { arr, leaf, obj, type Shape } from './shape.ts';

/**
 * Wording derived from the congress data, so templates stay plain text with field insertions:
 * titles, the date line, the document number, the standard agenda… Every value falls back to a
 * dotted line (or dotted rows for lists) when the data does not give it, which is also how the
 * blank version of each template is made (no congress at all).
 */

export interface DocumentInfo {
	/** Template id, the key in `numbers`. */
	id: string;
	/** Symbol after the number: «NQ/ĐH» → «Số 01-NQ/ĐH». */
	symbol?: string | undefined;
}

type Row = Partial<Person>;

export interface AgendaRow {
	time?: string | undefined;
	item: string;
	presenter?: string | undefined;
	vote?: string | undefined;
}

export interface ElectionView {
	kind: ElectionKind | undefined;
	title: string;
	seats?: number | undefined;
	elected?: number | undefined;
	issued?: number | undefined;
	received?: number | undefined;
	valid?: number | undefined;
	invalid?: number | undefined;
	/** «Số làm căn cứ tính trúng cử» (see election-threshold.ts). */
	base?: number | undefined;
	/** What the base counts: «tổng số đại biểu chính thức được triệu tập»… */
	baseOf: string;
	/** Fewest votes that elect: more than half of the base. */
	minVotes?: number | undefined;
	/** Votes per candidate; `share` is of the base, not of the valid ballots. */
	results: { name?: string | undefined; votes?: number | undefined; share?: string | undefined }[];
	winners: { name?: string | undefined; votes?: number | undefined }[];
	/** Those tied at the last seat(s), who go to a further vote among themselves; empty otherwise. */
	tied: { name: string; votes?: number | undefined }[];
	/** `tied` as the minutes print them: «Trần Thị B, Lê Văn C». */
	tiedNames?: string | undefined;
	/** The votes they are tied on. */
	tieVotes?: number | undefined;
	/** Seats the further vote among `tied` fills. */
	tieSeats?: number | undefined;
	hasTie: boolean;
	/** Seats neither filled nor left to the tie vote: fewer passed half of the base than there are seats. */
	unfilled?: number | undefined;
	hasUnfilled: boolean;
}

export interface View {
	issuer: string;
	congressName: string;
	congressTitle: string;
	term: string;
	termEnd: string;
	dateLong: string;
	placeDate: string;
	venue?: string | undefined;
	number?: string | undefined;
	hasNumber: boolean;
	committee: string;
	committeeOf: string;
	isDelegateCongress: boolean;
	delegatesLabel: string;
	/** Who sits in the hall, at the start of a sentence: «Đại biểu», or «Đảng viên» at an all-members congress. */
	participants: string;
	/** What the election threshold is measured against, for the election rules. */
	baseTotal: string;
	/** The deductions the Quy chế bầu cử trong Đảng allows from it, for this kind of congress. */
	baseDeductions: string;
	/** Grounds on which a ballot is invalid (content/quy-che-bau-cu.yaml). */
	invalidBallots: string[];
	/** What the election rules propose for a tie at the last seat (same file). */
	tieRule: string;
	chair?: string | undefined;
	secretary?: string | undefined;
	countHead?: string | undefined;
	agendaPreparatory: AgendaRow[];
	agendaOfficial: AgendaRow[];
	presidium: Row[];
	secretariat: Row[];
	credentialsCommittee: Row[];
	voteCounters: Row[];
	targets: { indicator?: string | undefined; text?: string | undefined }[];
	recipients: (string | undefined)[];
	elections: ElectionView[];
	election?: ElectionView;
}

const row = arr(obj({ name: leaf, role: leaf }));
const electionShape = obj({
	kind: leaf,
	title: leaf,
	seats: leaf,
	elected: leaf,
	issued: leaf,
	received: leaf,
	valid: leaf,
	invalid: leaf,
	base: leaf,
	baseOf: leaf,
	minVotes: leaf,
	results: arr(obj({ name: leaf, votes: leaf, share: leaf })),
	winners: arr(obj({ name: leaf, votes: leaf })),
	tied: arr(obj({ name: leaf, votes: leaf })),
	tiedNames: leaf,
	tieVotes: leaf,
	tieSeats: leaf,
	hasTie: leaf,
	unfilled: leaf,
	hasUnfilled: leaf,
});
const agenda = arr(obj({ time: leaf, item: leaf, presenter: leaf, vote: leaf }));

/** What templates can read under `view`; the lint checks commands against it. */
export const VIEW_SHAPE: Shape = obj({
	issuer: leaf,
	congressName: leaf,
	congressTitle: leaf,
	term: leaf,
	termEnd: leaf,
	dateLong: leaf,
	placeDate: leaf,
	venue: leaf,
	number: leaf,
	hasNumber: leaf,
	committee: leaf,
	committeeOf: leaf,
	isDelegateCongress: leaf,
	delegatesLabel: leaf,
	participants: leaf,
	baseTotal: leaf,
	baseDeductions: leaf,
	invalidBallots: arr(leaf),
	tieRule: leaf,
	chair: leaf,
	secretary: leaf,
	countHead: leaf,
	agendaPreparatory: agenda,
	agendaOfficial: agenda,
	presidium: row,
	secretariat: row,
	credentialsCommittee: row,
	voteCounters: row,
	targets: arr(obj({ indicator: leaf, text: leaf })),
	recipients: arr(leaf),
	elections: arr(electionShape),
	election: electionShape,
});

const blankRows = <T>(n: number): Partial<T>[] => Array.from({ length: n }, () => ({}));
const rows = (list: Person[] | undefined, blank = 3): Row[] => (list?.length ? list : blankRows<Person>(blank));
const head = (list: Person[] | undefined) => list?.find((p) => p.role && /trưởng|chủ trì/i.test(p.role))?.name ?? list?.[0]?.name;

const VOTE = 'biểu quyết';

/**
 * The standard agenda (own wording over the four contents of a congress in the Điện Biên plan and
 * the pilot-congress lessons: vote on the agenda, the rules and the election rules; brief the
 * official session at the end of the preparatory one). Used when the data gives no agenda.
 */
function standardAgenda(delegateCongress: boolean, committee: string, hasSecretary: boolean, hasDeputy: boolean): { preparatory: AgendaRow[]; official: AgendaRow[] } {
	const preparatory: AgendaRow[] = [
		{ item: 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu' },
		{ item: delegateCongress ? 'Bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu' : 'Bầu Đoàn Chủ tịch, Đoàn Thư ký', vote: VOTE },
		{ item: 'Thông qua Chương trình đại hội', vote: VOTE },
		{ item: 'Thông qua Nội quy đại hội và Quy chế làm việc của đại hội', vote: VOTE },
		{ item: 'Quán triệt nội dung, yêu cầu của phiên chính thức' },
	];
	const official: AgendaRow[] = [
		{ item: 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu' },
		...(delegateCongress ? [{ item: 'Báo cáo thẩm tra tư cách đại biểu', vote: VOTE }] : []),
		{ item: 'Trình bày báo cáo chính trị và báo cáo kiểm điểm của cấp ủy' },
		{ item: 'Thảo luận báo cáo chính trị, dự thảo chương trình hành động; góp ý dự thảo văn kiện Đại hội XIII của Đảng và văn kiện đại hội cấp trên' },
		{ item: 'Phát biểu chỉ đạo của đại diện cấp ủy cấp trên' },
		{ item: `Thông qua Quy chế bầu cử; bầu ${committee} khóa mới`, vote: VOTE },
		...(hasSecretary || hasDeputy ? [{ item: `Bầu ${[hasSecretary && 'bí thư', hasDeputy && 'phó bí thư'].filter(Boolean).join(', ')} tại đại hội`, vote: VOTE }] : []),
		{ item: 'Bầu đoàn đại biểu dự đại hội cấp trên' },
		{ item: 'Thông qua báo cáo tổng hợp ý kiến góp ý vào dự thảo văn kiện cấp trên', vote: VOTE },
		{ item: 'Thông qua nghị quyết đại hội; bế mạc', vote: VOTE },
	];
	return { preparatory, official };
}

function targetText(t: NonNullable<Congress['targets']>[number]): string | undefined {
	if (t.value === undefined) return t.note;
	const unit = t.unit ? (t.unit === '%' ? '%' : ` ${t.unit}`) : '';
	const figure = `${formatNumber(t.value)}${unit}`;
	const text = t.bound === 'at-least' ? `từ ${figure} trở lên` : t.bound === 'at-most' ? `từ ${figure} trở xuống` : figure;
	return t.note ? `${text} (${t.note})` : text;
}

function committeeNames(c: Congress | undefined) {
	const org = c?.organization;
	if (!org) return { committee: 'cấp ủy', committeeOf: `cấp ủy ${DOTS}`, secretaryOf: `Bí thư ${DOTS}` };
	if (org.type === 'chi-bo-co-so') return { committee: 'Chi ủy', committeeOf: `Chi ủy ${org.name}`, secretaryOf: `Bí thư ${org.name}` };
	return {
		committee: 'Ban Chấp hành',
		committeeOf: `Ban Chấp hành ${org.name}`,
		secretaryOf: `Bí thư ${org.name.replace(/^Đảng bộ/, 'Đảng ủy')}`,
	};
}

/**
 * The base of the election threshold in words (Quy chế bầu cử trong Đảng, Điều 32), for the kind of
 * congress — both kinds when it is not known (blank documents). The wording and the deductions come
 * from content/quy-che-bau-cu.yaml, which the vote counters' page shows too.
 */
function baseWording(c: Congress | undefined, rules: ElectionRules): { total: string; deductions: string } {
	const d = rules['can-cu-dai-hoi-dai-bieu'];
	const m = rules['can-cu-dai-hoi-dang-vien'];
	const delegates = { total: d.total, deductions: d.items.join(', ') };
	const unit = c?.organization.type === 'chi-bo-co-so' ? 'chi bộ' : c ? 'đảng bộ' : 'đảng bộ, chi bộ';
	const members = { total: `${m.total} của ${unit}`, deductions: m.items.join(', ') };
	if (c?.congress.kind === 'dai-bieu') return { total: delegates.total, deductions: `như ${delegates.deductions}` };
	if (c?.congress.kind === 'toan-the') return { total: members.total, deductions: `như ${members.deductions}` };
	// Items within a list are separated by commas, so the semicolon separates the two kinds.
	return {
		total: `${delegates.total} (đại hội đại biểu) hoặc ${members.total} (đại hội đảng viên)`,
		deductions: `ở đại hội đại biểu, như ${delegates.deductions}; ở đại hội đảng viên, như ${members.deductions}`,
	};
}

/** A rule's points as sentences of a list in a document: no final full stop, the template adds «;». */
const listItems = (items: string[]) => items.map((x) => x.replace(/\.$/, ''));

/**
 * Seats of an election: as given; a secretary is one person; a committee without its own figure
 * takes the personnel plan's.
 */
function seatsOf(c: Congress | undefined, e: Partial<Election> | undefined): number | undefined {
	if (e?.seats !== undefined) return e.seats;
	if (e?.kind === 'secretary' || e?.kind === 'deputy-secretary') return 1;
	if (e?.kind === 'committee') return c?.personnelPlan?.seats;
	return undefined;
}

/**
 * Rows a ballot and the vote-count table print when no candidates are entered: the personnel
 * plan's list for the committee when known, otherwise the seats plus the largest surplus the
 * rules allow (src/lib/rules/list-size.ts), never fewer than the seats. Undefined without seats.
 */
function listRows(c: Congress | undefined, e: Partial<Election> | undefined, seats: number | undefined, rules: readonly Rule[]): number | undefined {
	if (seats === undefined) return undefined;
	if (e?.kind !== 'committee' || !c) return seats;
	const planned = c.personnelPlan?.candidates;
	if (planned !== undefined) return Math.max(seats, planned);
	const limit = largestCommitteeList(rules, { organizationType: c.organization.type, term: c.congress.term }, seats);
	return Math.max(seats, limit?.size ?? seats);
}

/** Rows printed for a list whose size nothing tells (blank templates, an election without seats). */
const UNKNOWN_LIST_ROWS = 5;
const UNKNOWN_WINNER_ROWS = 3;

function electionView(c: Congress | undefined, e: Partial<Election> | undefined, term: string, rules: ElectionRules, personnelRules: readonly Rule[]): ElectionView {
	const names = committeeNames(c);
	const upper = c?.organization.upperBody ?? DOTS;
	const title =
		e?.kind === 'committee'
			? `Bầu ${names.committeeOf} nhiệm kỳ ${term}`
			: e?.kind === 'delegation'
				? `Bầu đoàn đại biểu dự Đại hội ${upper}`
				: e?.kind === 'secretary'
					? `Bầu ${names.secretaryOf} nhiệm kỳ ${term} tại đại hội`
					: e?.kind === 'deputy-secretary'
						? `Bầu Phó ${names.secretaryOf} nhiệm kỳ ${term} tại đại hội`
						: `Bầu ${DOTS}`;
	const valid = e?.ballots?.valid;
	const base = c ? electionBase(c, e) : undefined;
	const candidates = e?.candidates ?? [];
	const seats = seatsOf(c, e);
	const results = candidates.length
		? candidates.map((x) => ({
				name: x.name,
				votes: x.votes,
				share: x.votes !== undefined && base ? shareOfBase(x.votes, base.value) : undefined,
			}))
		: blankRows<{ name: string }>(listRows(c, e, seats, personnelRules) ?? UNKNOWN_LIST_ROWS);
	// The data's own marks when it has them (the schema checks each passes the base); otherwise the
	// outcome the votes give against the base. Those tied at the last seat await a further vote.
	const hasMarks = candidates.some((x) => x.elected !== undefined);
	const byVotes = base ? electedByVotes(candidates, base.value, seats) : { elected: [], tied: [] };
	const marked = hasMarks ? candidates.filter((x) => x.elected) : byVotes.elected;
	// Votes not all entered yet say nothing about open seats: the minutes stay silent then.
	const known = candidates.length > 0 && (hasMarks || (base !== undefined && candidates.every((x) => x.votes !== undefined)));
	const outcome = remainingSeats(seats, marked.length, hasMarks ? byVotes.tied.filter((x) => !x.elected) : byVotes.tied, known);
	const winners = marked.length
		? [...marked].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0)).map((x) => ({ name: x.name, votes: x.votes }))
		: blankRows<{ name: string }>(seats ?? UNKNOWN_WINNER_ROWS);
	const wording = baseWording(c, rules);
	const baseOf = base?.source === 'delegates' || base?.source === 'members' ? wording.total : `${wording.total}, sau khi trừ các trường hợp được trừ`;
	return {
		kind: e?.kind,
		title,
		seats,
		elected: marked.length || e?.elected,
		issued: e?.ballots?.issued,
		received: e?.ballots?.received,
		valid,
		invalid: e?.ballots?.invalid,
		base: base?.value,
		baseOf,
		minVotes: base ? minimumVotes(base.value) : undefined,
		results,
		winners,
		tied: outcome.tied.map((x) => ({ name: x.name, votes: x.votes })),
		tiedNames: outcome.tied.length ? outcome.tied.map((x) => x.name).join(', ') : undefined,
		tieVotes: outcome.tied[0]?.votes,
		tieSeats: outcome.tieSeats || undefined,
		hasTie: outcome.tied.length > 0,
		unfilled: outcome.unfilled || undefined,
		hasUnfilled: outcome.unfilled > 0,
	};
}

/**
 * What the minutes must say beyond the winners, as the in-browser tally does (src/lib/election/tally.ts):
 * the candidates tied at the last seat and how many seats their further vote fills, and the seats
 * left when fewer passed half of the base than there are seats. `known` is false when the data
 * cannot tell (no candidates, or neither marks nor a base): then nothing is said. A tie whose
 * candidates the data already marks elected (the further vote held) is no longer a tie.
 */
function remainingSeats<C extends { name: string; votes?: number | undefined }>(
	seats: number | undefined,
	elected: number,
	tiedByVotes: C[],
	known: boolean
): { tied: C[]; tieSeats: number; unfilled: number } {
	if (seats === undefined || !known) return { tied: [], tieSeats: 0, unfilled: 0 };
	const open = Math.max(seats - elected, 0);
	const tied = open > 0 && tiedByVotes.length > open ? tiedByVotes : [];
	const tieSeats = tied.length ? open : 0;
	return { tied, tieSeats, unfilled: open - tieSeats };
}

/**
 * Builds the `view` a template reads next to the congress data. `congress` undefined makes the
 * blank version; `rules` is content/quy-che-bau-cu.yaml; `election` selects the election of
 * per-election documents (vote-count minutes, ballot).
 */
export function buildView(congress: Congress | undefined, doc: DocumentInfo, rules: ElectionRules, election?: Partial<Election>, personnelRules: readonly Rule[] = []): View {
	const c = congress;
	const org = c?.organization;
	// «2020 – 2025» with no-break spaces: a title never breaks inside the term.
	const term = c ? c.congress.term.replace('-', '\u00a0–\u00a0') : DOTS;
	const delegateCongress = c?.congress.kind !== 'toan-the';
	const kindName = c?.congress.kind === 'dai-bieu' ? 'Đại hội đại biểu' : 'Đại hội';
	const ordinal = c?.congress.number ? ` lần thứ ${c.congress.number}` : c ? '' : ` lần thứ ${DOTS}`;
	const date = c?.congress.dates?.[0];
	const dateLong = date ? formatDateLong(date) : 'ngày …… tháng …… năm ……';
	const names = committeeNames(c);
	const kinds = new Set((c?.elections ?? []).map((e) => e.kind));
	const standard = standardAgenda(delegateCongress, names.committee, !c || kinds.has('secretary'), kinds.has('deputy-secretary'));
	const agendaOf = (session: 'tru-bi' | 'chinh-thuc') =>
		c?.agenda?.filter((a) => a.session === session).map((a) => ({ time: a.time, item: a.item, presenter: a.presenter, vote: a.vote ? VOTE : undefined }));
	const number = doc.symbol ? `Số ${c?.numbers?.[doc.id] ?? '……'}-${doc.symbol}` : undefined;
	const elections = (c?.elections?.length ? c.elections : c ? [] : [{ kind: 'committee' as const }, { kind: 'delegation' as const }]).map((e) =>
		electionView(c, e, term, rules, personnelRules)
	);
	const view: View = {
		issuer: org?.name ?? DOTS,
		congressName: `${kindName}${ordinal}`,
		congressTitle: `${kindName} ${org?.name ?? DOTS}${ordinal}, nhiệm kỳ ${term}`,
		term,
		termEnd: c ? c.congress.term.slice(5) : DOTS,
		dateLong,
		placeDate: `${org?.place ?? DOTS}, ${dateLong}`,
		venue: c?.congress.venue,
		number,
		hasNumber: number !== undefined,
		committee: names.committee,
		committeeOf: names.committeeOf,
		isDelegateCongress: delegateCongress,
		delegatesLabel: c?.congress.kind === 'toan-the' ? 'đảng viên' : 'đại biểu',
		participants: c?.congress.kind === 'toan-the' ? 'Đảng viên' : 'Đại biểu',
		baseTotal: baseWording(c, rules).total,
		baseDeductions: baseWording(c, rules).deductions,
		invalidBallots: listItems(rules['phieu-khong-hop-le'].items),
		tieRule: rules['bang-phieu'].items.join(' '),
		chair: head(c?.presidium),
		secretary: head(c?.secretariat),
		countHead: head(c?.voteCounters),
		agendaPreparatory: agendaOf('tru-bi') ?? standard.preparatory,
		agendaOfficial: agendaOf('chinh-thuc') ?? standard.official,
		presidium: rows(c?.presidium),
		secretariat: rows(c?.secretariat, 2),
		credentialsCommittee: rows(c?.credentialsCommittee),
		voteCounters: rows(c?.voteCounters),
		targets: c?.targets?.length ? c.targets.map((t) => ({ indicator: t.indicator, text: targetText(t) })) : blankRows(4),
		recipients: recipientLines(c?.recipients),
		elections,
	};
	if (election) view.election = electionView(c, election, term, rules, personnelRules);
	return view;
}

/**
 * «Nơi nhận» lines as the templates print them («- Ban Thường vụ Huyện ủy,»): the dash and comma
 * typed by the user are dropped, and «Lưu hồ sơ đại hội», which every template ends the list with,
 * is not printed twice. Two dotted lines when nothing is given.
 */
function recipientLines(list: string[] | undefined): (string | undefined)[] {
	const lines = (list ?? [])
		.map((r) => r.trim().replace(/^[-–•+]\s*/, '').replace(/[\s,;.]+$/, ''))
		.filter((r) => r && !/^lưu(\s+hồ\s+sơ)?(\s+đại\s+hội)?$/iu.test(r));
	return lines.length ? lines : [undefined, undefined];
}

/** The data object a template is rendered with: the congress fields, `view`, and `election`. */
export function templateData(congress: Congress | undefined, doc: DocumentInfo, rules: ElectionRules, election?: Partial<Election>, personnelRules: readonly Rule[] = []): Record<string, unknown> {
	return { ...(congress ?? {}), election: election ?? {}, view: buildView(congress, doc, rules, election, personnelRules) };
}

