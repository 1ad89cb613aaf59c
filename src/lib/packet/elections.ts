import { electionBase, type BaseInput } from '../content/election-threshold.ts';
import { tally, type BallotCount, type Tally } from '../election/tally.ts';
import { getPath } from './data.ts';

/**
 * Bridges one `elections[]` entry of the congress data and the vote tally: the tally runs once the
 * seats, the base, the four ballot figures and every candidate's votes are entered. The base comes
 * from `electionBase`, as in the schema check and the documents.
 */

interface ElectionData {
	seats?: unknown;
	base?: unknown;
	ballots?: Record<string, unknown>;
	candidates?: { name?: unknown; votes?: unknown; elected?: unknown }[];
}

const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/** The fields of the (unchecked) form data the base depends on. */
function baseInput(congress: unknown): BaseInput {
	const kind = getPath(congress, 'congress.kind');
	return {
		organization: { members: int(getPath(congress, 'organization.members')) },
		congress: { kind: kind === 'dai-bieu' || kind === 'toan-the' ? kind : undefined },
		delegates: { elected: int(getPath(congress, 'delegates.elected')) },
	};
}

/** What to enter for the base, worded for the kind of congress chosen. */
function missingBase(input: BaseInput): string {
	const own = 'hoặc số làm căn cứ tính trúng cử';
	if (input.congress.kind === 'dai-bieu') return `số đại biểu được triệu tập (${own})`;
	if (input.congress.kind === 'toan-the') return `số đảng viên của tổ chức (${own})`;
	return `hình thức đại hội và số đại biểu được triệu tập / số đảng viên chính thức, ${own}`;
}

/**
 * The figures for the tally of `election` within `congress` (the whole form data), or the names of
 * what is still missing.
 */
export function ballotCount(congress: unknown, election: unknown): BallotCount | { missing: string[] } {
	const e = (election ?? {}) as ElectionData;
	const missing: string[] = [];
	const seats = int(e.seats);
	if (seats === undefined) missing.push('số người cần bầu');
	// A base typed but not a whole number is not replaced by the default: the tally refuses it.
	const input = baseInput(congress);
	const base = electionBase(input, { base: e.base === undefined ? undefined : (int(e.base) ?? Number.NaN) });
	if (!base) missing.push(missingBase(input));
	const figures = {} as Record<'issued' | 'received' | 'valid' | 'invalid', number>;
	const names = { issued: 'số phiếu phát ra', received: 'số phiếu thu vào', valid: 'số phiếu hợp lệ', invalid: 'số phiếu không hợp lệ' };
	for (const key of ['issued', 'received', 'valid', 'invalid'] as const) {
		const v = int(getPath(e.ballots, key));
		if (v === undefined) missing.push(names[key]);
		else figures[key] = v;
	}
	const candidates = e.candidates ?? [];
	if (!candidates.length) missing.push('danh sách bầu cử');
	else if (candidates.some((c) => int(c.votes) === undefined)) missing.push('số phiếu của từng người');
	if (missing.length) return { missing };
	return {
		seats: seats!,
		base: base!.value,
		baseSource: base!.source,
		...figures,
		candidates: candidates.map((c) => ({ name: String(c.name ?? '').trim(), votes: int(c.votes)! })),
	};
}

/**
 * The election with each candidate's `elected` set from the tally (candidates tied at the last
 * seat are not elected until the further vote). Expects the data the tally ran on.
 */
export function withResult(election: ElectionData, result: Tally): ElectionData {
	if (!result.ok || !election.candidates) return election;
	const outcome = new Map(result.candidates.map((c) => [c.index, c.outcome]));
	return {
		...election,
		candidates: election.candidates.map((c, i) => ({ ...c, elected: outcome.get(i) === 'elected' })),
	};
}

export { tally };
