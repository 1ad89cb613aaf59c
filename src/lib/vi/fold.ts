/**
 * Vietnamese text normalisation for search, shared by the index step (scripts/steps/search-index.ts)
 * and the browser, so that what is indexed and what is typed meet in the same form.
 *
 * Pagefind (1.5+) already matches across combining marks (NFD, marks stripped) and ranks a match
 * with the exact marks above a folded one. Two things defeat it for Vietnamese:
 *  - "đ" is a letter of its own, not "d" plus a mark, so "dang" never finds "Đảng";
 *  - the same syllable is written in two tone-mark styles ("hoà"/"hòa", "uỷ"/"ủy"), so the
 *    exact-diacritic ranking treats one style as a mere folded match of the other.
 * The search form fixes both at the character level: tone marks move to one place (the
 * project's style: "hòa, ủy, thủy") and đ/Đ become d/D followed by U+0335 COMBINING SHORT
 * STROKE OVERLAY, a combining mark Pagefind strips like any other. Every change is one
 * character for one character (plus a mark), so word positions — and thus excerpts and
 * highlights — stay aligned with the original text, and `fromSearchForm` restores it exactly.
 */

const STROKE = '\u0335';
/** The five Vietnamese tone marks in NFD: grave, acute, tilde, hook above, dot below. */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/** A letter or mark may not follow: the rule applies to the end of a syllable only. */
const END = '(?![\\p{L}\\p{M}])';

/**
 * "oà, oá…", "oè…" and "uỳ…" at the end of a syllable: the new style puts the tone on the second
 * vowel, the project's on the first. In "qu" the u is part of the consonant, so "quý" keeps its tone.
 */
const NEW_STYLE_TONE = [
	new RegExp(`([oO])([aAeE])(${TONE})${END}`, 'gu'),
	new RegExp(`(?<![qQ])([uU])([yY])(${TONE})${END}`, 'gu'),
];

/** NFC text with tone marks placed in one style ("hoà" → "hòa", "thuỷ" → "thủy", "quý" unchanged). */
export function canonicalTones(text: string): string {
	let s = text.normalize('NFD');
	for (const re of NEW_STYLE_TONE) s = s.replace(re, '$1$3$2');
	return s.normalize('NFC');
}

/** The form in which text is indexed and queries are searched (see the module comment). */
export function toSearchForm(text: string): string {
	return canonicalTones(text).replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Back from the search form to normal Vietnamese, for showing titles and excerpts. */
export function fromSearchForm(text: string): string {
	return text.replace(/([dD])\u0335/g, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

/** Lower case without any diacritics, đ included: "Đảng ủy" → "dang uy". */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase();
}
