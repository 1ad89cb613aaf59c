/**
 * Vote counting under the Quy chế bầu cử trong Đảng (issued with Quyết định 244-QĐ/TW,
 * 09/6/2014): a candidate is elected only with more than half of the valid ballots; when more
 * candidates pass that mark than there are seats, the highest votes win; candidates tied at the
 * last seat go to a further round among themselves; when fewer pass than there are seats the
 * congress decides whether to vote again. Pure, integers only: the page, the document generator
 * and the tests share it.
 */

export interface BallotCount {
	/** Seats to fill in this election. */
	seats: number;
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
	/** Passed the half mark, tied at the last seat: goes to a further round among the tied. */
	| 'tied'
	/** Passed the half mark, but others with more votes took every seat. */
	| 'passed'
	/** Did not get more than half of the valid ballots. */
	| 'not-passed';

export interface CandidateResult {
	/** Position in the list entered. */
	index: number;
	name: string;
	votes: number;
	/** Votes as a share of valid ballots, exactly. */
	share: { num: number; den: number };
	outcome: CandidateOutcome;
}

export interface TallyProblem {
	/** The figure at fault: `issued`, `received`, `valid`, `invalid`, `seats`, `candidates.<i>.votes`, `candidates`. */
	field: string;
	message: string;
}

export type Tally =
	| { ok: false; problems: TallyProblem[] }
	| {
			ok: true;
			/** Candidates in the order of votes (highest first), ties in the order entered. */
			candidates: CandidateResult[];
			elected: string[];
			/** Candidates tied at the last seat(s), for a further round. */
			tied: string[];
			/** Seats left for the further round among `tied`. */
			tieSeats: number;
			/** Seats neither filled nor in a tie round: fewer passed the half mark than there are seats. */
			unfilled: number;
	  };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

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
			message: `số phiếu hợp lệ (${c.valid}) cộng số phiếu không hợp lệ (${c.invalid}) bằng ${c.valid + c.invalid}, phải bằng số phiếu thu vào (${c.received})`,
		});
	}
	if (c.received > c.issued) {
		problems.push({ field: 'received', message: `số phiếu thu vào (${c.received}) không được nhiều hơn số phiếu phát ra (${c.issued})` });
	}
	c.candidates.forEach((cand, i) => {
		if (cand.votes > c.valid) {
			problems.push({
				field: `candidates.${i}.votes`,
				message: `${cand.name} được ${cand.votes} phiếu, nhiều hơn số phiếu hợp lệ (${c.valid})`,
			});
		}
	});
	const total = c.candidates.reduce((n, cand) => n + cand.votes, 0);
	if (total > c.valid * c.seats) {
		problems.push({
			field: 'candidates',
			message: `tổng số phiếu bầu cho các ứng cử viên (${total}) vượt quá số phiếu hợp lệ nhân số người cần bầu (${c.valid} × ${c.seats} = ${c.valid * c.seats}): có phiếu bầu quá số lượng`,
		});
	}
	return problems;
}

export function tally(c: BallotCount): Tally {
	const problems = checkBallots(c);
	if (problems.length) return { ok: false, problems };

	const ranked = c.candidates
		.map((cand, i) => ({ ...cand, i }))
		.sort((a, b) => b.votes - a.votes || a.i - b.i);
	// More than half, strictly: votes > valid / 2 ⇔ 2·votes > valid.
	const passing = ranked.filter((r) => 2 * r.votes > c.valid);

	const outcome = new Map<number, CandidateOutcome>();
	let tieSeats = 0;
	if (passing.length <= c.seats) {
		for (const r of passing) outcome.set(r.i, 'elected');
	} else {
		const cutoff = passing[c.seats - 1]!.votes;
		const above = passing.filter((r) => r.votes > cutoff);
		const atCutoff = passing.filter((r) => r.votes === cutoff);
		for (const r of above) outcome.set(r.i, 'elected');
		const left = c.seats - above.length;
		// The last seat(s) go to the tied only when they outnumber the seats left.
		if (atCutoff.length <= left) for (const r of atCutoff) outcome.set(r.i, 'elected');
		else {
			tieSeats = left;
			for (const r of atCutoff) outcome.set(r.i, 'tied');
		}
		for (const r of passing) if (!outcome.has(r.i)) outcome.set(r.i, 'passed');
	}

	const candidates: CandidateResult[] = ranked.map((r) => ({
		index: r.i,
		name: r.name,
		votes: r.votes,
		share: { num: r.votes, den: c.valid },
		outcome: outcome.get(r.i) ?? 'not-passed',
	}));
	const elected = candidates.filter((r) => r.outcome === 'elected').map((r) => r.name);
	const tied = candidates.filter((r) => r.outcome === 'tied').map((r) => r.name);
	return {
		ok: true,
		candidates,
		elected,
		tied,
		tieSeats,
		unfilled: c.seats - elected.length - tieSeats,
	};
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
			`Còn thiếu ${result.unfilled} người so với số cần bầu vì không đủ người được quá một nửa số phiếu hợp lệ; đại hội thảo luận, quyết định có bầu tiếp hay không.`
		);
	}
	return parts.join(' ');
}
