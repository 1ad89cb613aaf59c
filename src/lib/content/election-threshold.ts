import { formatNumber, formatPercent } from '../vi/format.ts';

/**
 * Who is elected at a Party congress. Điều lệ Đảng, Điều 12 điểm 3, detailed in the Quy chế bầu
 * cử trong Đảng (244-QĐ/TW, Điều 32): a person is elected with more than half of the total number
 * of official delegates convened (đại hội đại biểu) or of the organization's official members
 * (đại hội đảng viên), minus the cases the Quy chế allows to deduct — never «more than half of the
 * valid ballots», which is the State's rule for National Assembly and People's Council elections.
 * Invalid ballots and people who do not vote do not lower the base.
 *
 * One module for the schema check, the documents and the in-browser tally, so they cannot
 * disagree. Free of Node APIs.
 */

/** Where the base of an election comes from. */
export type BaseSource =
	/** `elections[].base`, given by the editor (the total after the allowed deductions). */
	| 'base'
	/** `delegates.elected`: official delegates convened, at a `dai-bieu` congress. */
	| 'delegates'
	/** `organization.members`: official party members, at a `toan-the` congress. */
	| 'members';

export interface ElectionBase {
	value: number;
	source: BaseSource;
}

/** The fields of a congress the base depends on (structural, so the schema can use it before parsing ends). */
export interface BaseInput {
	organization: { members?: number | undefined };
	congress: { kind?: 'dai-bieu' | 'toan-the' | undefined };
	delegates?: { elected?: number | undefined } | undefined;
}

/**
 * The number votes are measured against («số làm căn cứ tính trúng cử»): the election's own `base`
 * when given; otherwise delegates convened at a `dai-bieu` congress or the organization's members at
 * a `toan-the` one. Undefined when the data does not say (no kind, or the figure is missing): then
 * nobody can be declared elected from the figures, and documents leave a dotted line.
 */
export function electionBase(c: BaseInput, e: { base?: number | undefined } | undefined): ElectionBase | undefined {
	if (e?.base !== undefined) return { value: e.base, source: 'base' };
	if (c.congress.kind === 'dai-bieu' && c.delegates?.elected !== undefined) return { value: c.delegates.elected, source: 'delegates' };
	if (c.congress.kind === 'toan-the' && c.organization.members !== undefined) return { value: c.organization.members, source: 'members' };
	return undefined;
}

/** More than half, in integers: with a base of 106, 53 votes is not enough and 54 is. */
export const passes = (votes: number, base: number): boolean => 2 * votes > base;

/** The fewest votes that pass: 54 of 106, 54 of 107. */
export const minimumVotes = (base: number): number => Math.floor(base / 2) + 1;

/** The base as the error messages name it: «106 đại biểu được triệu tập». */
export function baseLabel(b: ElectionBase): string {
	const n = formatNumber(b.value);
	if (b.source === 'delegates') return `${n} đại biểu được triệu tập`;
	if (b.source === 'members') return `${n} đảng viên chính thức`;
	return `số làm căn cứ tính trúng cử là ${n}`;
}

/**
 * The outcome from the votes alone: those who pass the base, highest first; when more pass than
 * there are seats, the highest win, and those tied at the last seat are not elected but go to a
 * further vote among themselves (`tied`). Without `seats`, everyone who passes is elected.
 */
export function electedByVotes<C extends { votes?: number | undefined }>(candidates: readonly C[], base: number, seats: number | undefined): { elected: C[]; tied: C[] } {
	const passing = candidates
		.filter((c): c is C & { votes: number } => c.votes !== undefined && passes(c.votes, base))
		.sort((a, b) => b.votes - a.votes);
	if (seats === undefined || passing.length <= seats) return { elected: passing, tied: [] };
	const last = passing[seats - 1]!.votes;
	if (passing[seats]!.votes < last) return { elected: passing.slice(0, seats), tied: [] };
	return { elected: passing.filter((c) => c.votes > last), tied: passing.filter((c) => c.votes === last) };
}

/**
 * A candidate's votes as a share of the base, as the page's tally and the vote-count minutes both
 * print it: two decimals («53,85%»). Only exactly half reads «50%»: above a base of 10,000, two
 * decimals would round one vote more or less than half to «50%» too, hiding who passed.
 */
export function shareOfBase(votes: number, base: number): string {
	const share = formatPercent(votes / base);
	return share === '50%' && 2 * votes !== base ? formatPercent(votes / base, 6) : share;
}
