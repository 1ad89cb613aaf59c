/**
 * Looking a directive up by its number: "35-CT/TW", "35-qd/tu", "CT 35", "chỉ thị số 35".
 *
 * Each registry page carries lookup keys (a Pagefind filter, see SEARCH_FILTERS.documentKeys);
 * the browser turns a query into candidate keys the same way and asks Pagefind for the pages
 * that carry one, which the search shows first. Keys are folded (no diacritics, lower case) so
 * "QĐ" and "QD", "chỉ thị" and "chi thi" meet; numbers lose leading zeros ("07" = "7").
 */
import { SYMBOL_ID, symbolKey } from '../citations/symbol.ts';
import { foldVietnamese } from '../vi/fold.ts';

export interface NumberedDocument {
	/** Number and symbol as printed, e.g. `35-CT/TW`, when the sources give one. */
	symbol?: string | undefined;
	/** The document's number alone ("35", "02"), when known. */
	number?: string | undefined;
	/** Kind name ("Chỉ thị") and its abbreviation in symbols ("CT"), when it has one. */
	kindName: string;
	kindSymbol?: string | undefined;
}

const squash = (s: string) => foldVietnamese(s).replace(/\s+/g, ' ').trim();
const plainNumber = (n: string) => String(Number.parseInt(n, 10));

/** The lookup keys of one registry entry. */
export function documentKeys(doc: NumberedDocument): string[] {
	const keys = new Set<string>();
	if (doc.symbol && SYMBOL_ID.test(doc.symbol)) keys.add(squash(symbolKey(doc.symbol)));
	const raw = doc.number ?? doc.symbol?.split('-')[0];
	const number = raw && /^\d+$/.test(raw) ? plainNumber(raw) : undefined;
	if (number) {
		keys.add(`${squash(doc.kindName)} ${number}`);
		if (doc.kindSymbol) keys.add(`${squash(doc.kindSymbol)} ${number}`);
	}
	return [...keys];
}

/** "35 - CT / TW" inside a query, any case, with or without Đ. */
const SYMBOL_IN_QUERY = /(?<![\p{L}\d])0*(\d{1,5})\s*-\s*([a-z]{2,4})((?:\s*\/\s*[a-z0-9]{2,})+)/gu;
/** One or two words then a number ("ct 35", "chi thi 35", "huong dan so 26"). */
const KIND_NUMBER_IN_QUERY = /(?<![\p{L}\d])((?:[a-z]+ )?[a-z]+) (?:so )?0*(\d{1,5})(?![\p{L}\d])/gu;

/** Candidate lookup keys in what a reader typed; empty when the query names no document number. */
export function documentKeysInQuery(query: string): string[] {
	const q = squash(query);
	const keys = new Set<string>();
	for (const m of q.matchAll(SYMBOL_IN_QUERY)) {
		keys.add(`${plainNumber(m[1] ?? '')}-${m[2]}${(m[3] ?? '').replace(/\s+/g, '')}`);
	}
	if (keys.size) return [...keys];
	// "chi thi 35" also yields "thi 35"; harmless, since no key has a single-syllable kind name.
	for (let from = 0; from < q.length; ) {
		KIND_NUMBER_IN_QUERY.lastIndex = from;
		const m = KIND_NUMBER_IN_QUERY.exec(q);
		if (!m) break;
		const words = (m[1] ?? '').split(' ');
		const number = plainNumber(m[2] ?? '');
		keys.add(`${words.join(' ')} ${number}`);
		if (words.length === 2) keys.add(`${words[1]} ${number}`);
		from = m.index + (words[0]?.length ?? 0) + 1;
	}
	return [...keys];
}
