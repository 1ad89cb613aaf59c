/**
 * The form's working copy of a congress: a plain object shaped like the front matter, edited by
 * path. Nothing here touches the DOM or storage, so it is tested in Node.
 */

export type Data = Record<string, unknown>;

const segments = (path: string) => path.split('.').filter(Boolean);

export function getPath(obj: unknown, path: string): unknown {
	let cur = obj;
	for (const key of segments(path)) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[key];
	}
	return cur;
}

/** Sets a value by path, creating objects (or arrays for numeric keys) on the way; undefined deletes. */
export function setPath(obj: Data, path: string, value: unknown): void {
	const keys = segments(path);
	let cur: Record<string, unknown> = obj;
	keys.slice(0, -1).forEach((key, i) => {
		const next = cur[key];
		if (next === null || typeof next !== 'object') cur[key] = /^\d+$/.test(keys[i + 1]!) ? [] : {};
		cur = cur[key] as Record<string, unknown>;
	});
	const last = keys.at(-1)!;
	if (value === undefined) {
		if (Array.isArray(cur)) cur[Number(last)] = undefined;
		else delete cur[last];
	} else cur[last] = value;
}

/**
 * What the congress file holds: no empty strings, no undefined, no empty objects or lists. A list
 * entry left wholly blank is dropped; a half-filled one stays so the schema can say what is missing.
 */
export function prune(value: unknown): unknown {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.normalize('NFC');
	if (Array.isArray(value)) {
		const items = value.map(prune).filter((v) => v !== undefined);
		return items.length ? items : undefined;
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.map(([k, v]) => [k, prune(v)] as const)
			.filter(([, v]) => v !== undefined);
		return entries.length ? Object.fromEntries(entries) : undefined;
	}
	return value ?? undefined;
}

/**
 * Parses what a user typed in a count field: «21», « 21 », «3.880» and «21,0» become numbers;
 * anything else stays text for the form to explain (see `notANumber`).
 */
export function parseCount(raw: string): number | string | undefined {
	const s = raw.trim().replace(/\s+/g, '');
	if (s === '') return undefined;
	if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
	const whole = /^(\d+)(?:,0*)?$/.exec(s);
	return whole ? Number(whole[1]) : raw.trim();
}

/** What to say about text typed where a figure is expected («ba mươi»): figures only, with an example. */
export const notANumber = (typed: string) => `«${typed}» chưa phải là số: cần nhập chữ số, ví dụ 30`;

/** A term typed «2020 - 2025», «2020–2025» or «2020 — 2025» as the congress file writes it: «2020-2025». */
export function normalizeTerm(raw: string): string {
	const m = /^\s*(\d{4})\s*[-‐‑–—]\s*(\d{4})\s*$/.exec(raw);
	return m ? `${m[1]}-${m[2]}` : raw;
}

/** A name as people compare names: NFC, spaces collapsed, case ignored (tone marks count). */
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi-VN');

/**
 * Entries of a list that repeat an earlier name: index → index of the first entry with that name.
 * Two people of the same name on a ballot cannot be told apart, so the form asks for a detail.
 */
export function duplicateNames(names: readonly unknown[]): Map<number, number> {
	const first = new Map<string, number>();
	const out = new Map<number, number>();
	names.forEach((n, i) => {
		if (typeof n !== 'string' || !n.trim()) return;
		const key = nameKey(n);
		const at = first.get(key);
		if (at === undefined) first.set(key, i);
		else out.set(i, at);
	});
	return out;
}

/** Decimal figures as Vietnamese write them: "6,5" or "6.5" → 6.5; "3.880" → 3880. */
export function parseDecimal(raw: string): number | string | undefined {
	const s = raw.trim();
	if (s === '') return undefined;
	if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
	const n = s.replace(',', '.');
	return /^\d+(\.\d+)?$/.test(n) ? Number(n) : s;
}

/**
 * The elections a congress of each organization type usually holds, proposed to the user who
 * ticks those the congress actually holds. A party cell of fewer than nine official members
 * elects its secretary and, if needed, a deputy at the congress (Điều lệ Đảng, Điều 24 khoản 4).
 */
const ELECTIONS_BY_TYPE: Record<string, string[]> = {
	'chi-bo-co-so': ['committee', 'secretary', 'deputy-secretary', 'delegation'],
	'dang-bo-co-so': ['committee', 'delegation'],
	'dang-bo-cap-tren-co-so': ['committee', 'delegation'],
};

export const proposedElections = (type: unknown): string[] => (typeof type === 'string' ? (ELECTIONS_BY_TYPE[type] ?? []) : []);

/** A new election entry of this kind: a secretary or deputy is one person. */
export const newElection = (kind: string): Data => (kind === 'secretary' || kind === 'deputy-secretary' ? { kind, seats: 1 } : { kind });

/**
 * A fresh congress for an organization type: the current term and the congress form (a party cell
 * meets as all its members). Only fills what is empty. Elections are not added: the form proposes
 * them (`proposedElections`) and the user ticks those the congress holds.
 */
export function applyDefaults(data: Data, type: string, term = '2020-2025'): Data {
	const out = structuredClone(data);
	setPath(out, 'organization.type', type);
	if (!getPath(out, 'congress.term')) setPath(out, 'congress.term', term);
	if (!getPath(out, 'congress.kind')) setPath(out, 'congress.kind', type === 'chi-bo-co-so' ? 'toan-the' : 'dai-bieu');
	return out;
}
