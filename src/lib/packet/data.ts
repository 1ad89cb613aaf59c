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

/** Parses what a user typed in a count field: digits become a number, anything else stays text for the schema to refuse. */
export function parseCount(raw: string): number | string | undefined {
	const s = raw.trim().replace(/\./g, '');
	if (s === '') return undefined;
	return /^\d+$/.test(s) ? Number(s) : raw.trim();
}

/** Decimal figures as Vietnamese write them: "6,5" or "6.5" → 6.5; "3.880" → 3880. */
export function parseDecimal(raw: string): number | string | undefined {
	const s = raw.trim();
	if (s === '') return undefined;
	if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
	const n = s.replace(',', '.');
	return /^\d+(\.\d+)?$/.test(n) ? Number(n) : s;
}

const ELECTIONS_BY_TYPE: Record<string, string[]> = {
	'chi-bo-co-so': ['committee', 'secretary', 'delegation'],
	'dang-bo-co-so': ['committee', 'delegation'],
	'dang-bo-cap-tren-co-so': ['committee', 'delegation'],
};

/**
 * A fresh congress for an organization type: the current term, the congress form (a party cell
 * meets as all its members) and the elections such a congress holds. Only fills what is empty.
 */
export function applyDefaults(data: Data, type: string, term = '2020-2025'): Data {
	const out = structuredClone(data);
	setPath(out, 'organization.type', type);
	if (!getPath(out, 'congress.term')) setPath(out, 'congress.term', term);
	if (!getPath(out, 'congress.kind')) setPath(out, 'congress.kind', type === 'chi-bo-co-so' ? 'toan-the' : 'dai-bieu');
	const elections = getPath(out, 'elections');
	if (!Array.isArray(elections) || elections.length === 0) {
		setPath(
			out,
			'elections',
			(ELECTIONS_BY_TYPE[type] ?? []).map((kind) => (kind === 'secretary' ? { kind, seats: 1 } : { kind }))
		);
	}
	return out;
}
