import { baseLabel, electedByVotes, minimumVotes, passes, type BaseSource, type ElectionBase } from '../content/election-threshold.ts';
import { formatNumber } from '../vi/format.ts';

/**
 * Vote counting at a Party congress. Điều lệ Đảng Điều 12 điểm 3 and the Quy chế bầu cử trong Đảng
 * (244-QĐ/TW, Điều 32): a candidate is elected only with more than half of the base — the official
 * delegates convened (đại hội đại biểu) or the official members (đại hội đảng viên), less the cases
 * the Quy chế allows to deduct — never of the valid ballots. When more pass than there are seats,
 * the highest votes win; those tied at the last seat go to a further vote among themselves; when
 * fewer pass than there are seats the congress decides whether to vote again.
 *
 * Who passes and who wins comes from election-threshold.ts, the module the schema check and the
 * documents use, so the page cannot disagree with them. This module adds the arithmetic
 * cross-checks of the figures and the outcome of each candidate. Pure, integers only.
 */

export interface BallotCount {
	/** Seats to fill in this election. */
	seats: number;
	/** Số làm căn cứ tính trúng cử: what votes are measured against (see `electionBase`). */
	base: number;
	/** Where `base` comes from, for the messages; the editor's own figure when left out. */
	baseSource?: BaseSource;
	/** Ballots handed out (phiếu phát ra). */
	issued: number;
	/** Ballots collected (phiếu thu vào). */
	received: number;
	valid: number;
	invalid: number;
	candidates: { name: string; votes: number }[];
}

export type CandidateOutcome =
	/** Elected. */
	| 'elected'
	/** More than half of the base, tied at the last seat: goes to a further vote among the tied. */
	| 'tied'
	/** More than half of the base, but others with more votes took every seat. */
	| 'passed'
	/** Not more than half of the base. */
	| 'not-passed';

export interface CandidateResult {
	/** Position in the list entered. */
	index: number;
	name: string;
	votes: number;
	/** Votes as a share of the base, exactly. */
	share: { num: number; den: number };
	outcome: CandidateOutcome;
}

export interface TallyProblem {
	/** The figure at fault: `base`, `issued`, `received`, `valid`, `invalid`, `seats`, `candidates.<i>.votes`, `candidates`. */
	field: string;
	message: string;
}

export type Tally =
	| { ok: false; problems: TallyProblem[] }
	| {
			ok: true;
			/** What the votes were measured against. */
			base: ElectionBase;
			/** The fewest votes that pass the base. */
			minimum: number;
			/** Candidates in the order of votes (highest first), ties in the order entered. */
			candidates: CandidateResult[];
			elected: string[];
			/** Candidates tied at the last seat(s), for a further vote. */
			tied: string[];
			/** Seats left for the further vote among `tied`. */
			tieSeats: number;
			/** Seats neither filled nor in a tie vote: fewer passed half of the base than there are seats. */
			unfilled: number;
	  };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const n = formatNumber;

const baseOf = (c: BallotCount): ElectionBase => ({ value: c.base, source: c.baseSource ?? 'base' });

/** Arithmetic cross-checks of the figures, every problem at once (Vietnamese messages). */
export function checkBallots(c: BallotCount): TallyProblem[] {
	const problems: TallyProblem[] = [];
	const counts: [keyof BallotCount, string][] = [
		['seats', 'số người cần bầu'],
		['issued', 'số phiếu phát ra'],
		['received', 'số phiếu thu vào'],
		['valid', 'số phiếu hợp lệ'],
		['invalid', 'số phiếu không hợp lệ'],
	];
	for (const [field, name] of counts) {
		if (!isCount(c[field])) problems.push({ field, message: `${name} phải là số nguyên không âm` });
	}
	if (!isCount(c.base) || c.base < 1) problems.push({ field: 'base', message: 'số làm căn cứ tính trúng cử phải là số nguyên dương' });
	c.candidates.forEach((cand, i) => {
		if (!cand.name.trim()) problems.push({ field: `candidates.${i}.name`, message: `người thứ ${i + 1} chưa có họ và tên` });
		if (!isCount(cand.votes)) problems.push({ field: `candidates.${i}.votes`, message: `số phiếu bầu của ${cand.name || `người thứ ${i + 1}`} phải là số nguyên không âm` });
	});
	if (problems.length) return problems;

	if (c.seats < 1) problems.push({ field: 'seats', message: 'số người cần bầu phải từ 1 trở lên' });
	if (c.candidates.length === 0) problems.push({ field: 'candidates', message: 'chưa có người nào trong danh sách bầu cử' });
	if (c.valid + c.invalid !== c.received) {
		problems.push({
			field: 'received',
			message: `số phiếu hợp lệ (${n(c.valid)}) cộng số phiếu không hợp lệ (${n(c.invalid)}) bằng ${n(c.valid + c.invalid)}, phải bằng số phiếu thu vào (${n(c.received)})`,
		});
	}
	if (c.received > c.issued) {
		problems.push({ field: 'received', message: `số phiếu thu vào (${n(c.received)}) không được nhiều hơn số phiếu phát ra (${n(c.issued)})` });
	}
	// Everyone handed a ballot counts in the base: only those the Quy chế allows to deduct are left
	// out of it, and they do not vote. The same rule as the schema's check of `elections[].base`.
	if (c.issued > c.base) {
		const base = baseOf(c);
		problems.push(
			base.source === 'base'
				? { field: 'base', message: `số làm căn cứ tính trúng cử (${n(c.base)}) nhỏ hơn số phiếu phát ra (${n(c.issued)}): người có mặt bỏ phiếu không thuộc các trường hợp được trừ` }
				: { field: 'issued', message: `số phiếu phát ra (${n(c.issued)}) nhiều hơn ${baseLabel(base)}` }
		);
	}
	c.candidates.forEach((cand, i) => {
		if (cand.votes > c.valid) {
			problems.push({
				field: `candidates.${i}.votes`,
				message: `${cand.name} được ${n(cand.votes)} phiếu, nhiều hơn số phiếu hợp lệ (${n(c.valid)})`,
			});
		}
	});
	const total = c.candidates.reduce((sum, cand) => sum + cand.votes, 0);
	if (total > c.valid * c.seats) {
		problems.push({
			field: 'candidates',
			message: `tổng số phiếu bầu cho các ứng cử viên (${n(total)}) vượt quá số phiếu hợp lệ nhân số người cần bầu (${n(c.valid)} × ${n(c.seats)} = ${n(c.valid * c.seats)}): có phiếu bầu quá số lượng`,
		});
	}
	return problems;
}

export function tally(c: BallotCount): Tally {
	const problems = checkBallots(c);
	if (problems.length) return { ok: false, problems };

	const entered = c.candidates.map((cand, index) => ({ ...cand, index }));
	const { elected, tied } = electedByVotes(entered, c.base, c.seats);
	const outcome = new Map<number, CandidateOutcome>();
	for (const r of elected) outcome.set(r.index, 'elected');
	for (const r of tied) outcome.set(r.index, 'tied');
	const tieSeats = tied.length ? c.seats - elected.length : 0;

	const candidates: CandidateResult[] = [...entered]
		.sort((a, b) => b.votes - a.votes || a.index - b.index)
		.map((r) => ({
			index: r.index,
			name: r.name,
			votes: r.votes,
			share: { num: r.votes, den: c.base },
			outcome: outcome.get(r.index) ?? (passes(r.votes, c.base) ? 'passed' : 'not-passed'),
		}));
	const electedNames = candidates.filter((r) => r.outcome === 'elected').map((r) => r.name);
	return {
		ok: true,
		base: baseOf(c),
		minimum: minimumVotes(c.base),
		candidates,
		elected: electedNames,
		tied: candidates.filter((r) => r.outcome === 'tied').map((r) => r.name),
		tieSeats,
		unfilled: c.seats - electedNames.length - tieSeats,
	};
}

/** What the votes are measured against, in a line: «Căn cứ tính trúng cử: 106 đại biểu được triệu tập — cần ít nhất 54 phiếu.» */
export function describeBase(base: ElectionBase): string {
	const what =
		base.source === 'base'
			? `${n(base.value)} (đã trừ các trường hợp Quy chế bầu cử trong Đảng cho phép trừ)`
			: baseLabel(base);
	return `Căn cứ tính trúng cử: ${what} — cần ít nhất ${n(minimumVotes(base.value))} phiếu.`;
}

/** One-paragraph summary of the outcome in Vietnamese, for the page and the vote-count minutes. */
export function describeTally(result: Extract<Tally, { ok: true }>, seats: number): string {
	const parts: string[] = [];
	parts.push(
		result.elected.length
			? `Trúng cử (${result.elected.length}/${seats}): ${result.elected.join(', ')}.`
			: 'Chưa có người trúng cử.'
	);
	if (result.tied.length) {
		parts.push(
			`${result.tied.join(', ')} bằng phiếu nhau ở vị trí cuối: bầu tiếp trong số những người này để chọn ${result.tieSeats} người.`
		);
	}
	if (result.unfilled > 0) {
		parts.push(
			`Còn thiếu ${result.unfilled} người so với số cần bầu vì chưa đủ người được quá một nửa so với ${baseLabel(result.base)}; đại hội thảo luận, quyết định có bầu tiếp hay không.`
		);
	}
	return parts.join(' ');
}
