import { tally, type BallotCount, type Tally } from '../election/tally.ts';
import { getPath } from './data.ts';

/**
 * Bridges one `elections[]` entry of the congress data and the vote tally: the tally runs once the
 * seats, the four ballot figures and every candidate's votes are entered.
 */

interface ElectionData {
	seats?: unknown;
	ballots?: Record<string, unknown>;
	candidates?: { name?: unknown; votes?: unknown; elected?: unknown }[];
}

const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/** The figures for the tally, or the names of what is still missing. */
export function ballotCount(election: unknown): BallotCount | { missing: string[] } {
	const e = (election ?? {}) as ElectionData;
	const missing: string[] = [];
	const seats = int(e.seats);
	if (seats === undefined) missing.push('số người cần bầu');
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
		...figures,
		candidates: candidates.map((c) => ({ name: String(c.name ?? '').trim(), votes: int(c.votes)! })),
	};
}

/**
 * The election with each candidate's `elected` set from the tally (candidates tied at the last
 * seat are not elected until the further round). Expects the data the tally ran on.
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
