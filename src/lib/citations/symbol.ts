/**
 * Party document numbers and symbols ("số, ký hiệu"): `35-CT/TW`, `26-HD/BTCTW`, `35-QĐ/TU`.
 * People type them as `35-ct/tw`, `35-QD/TU`, `07-HD/UBKTTW` or `7-HD/UBKTTW`; all of these
 * must lead to the same registry entry.
 */

/** A symbol-form directive id as written in the registry: number, kind letters, issuer letters. */
export const SYMBOL_ID = /^(\d{1,5})-([A-ZĐ]{2,4})((?:\/[A-ZĐ0-9]{2,})+)$/u;

/** Canonical lookup key: NFC, upper case, Đ for D in the kind part, no leading zeros, no spaces. */
export function symbolKey(raw: string): string {
	const compact = raw.normalize('NFC').toUpperCase().replace(/\s+/g, '');
	const m = /^0*(\d+)-([A-ZĐ]+)(\/.*)$/u.exec(compact);
	if (!m) return compact;
	const [, num, kind = '', rest = ''] = m;
	return `${num}-${kind === 'QD' ? 'QĐ' : kind}${rest}`;
}

/** Removes Vietnamese diacritics, đ included. */
export function foldDiacritics(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');
}

/** URL slug of a registry entry: `35-CT/TW` → `35-ct-tw`, `35-QĐ/TU` → `35-qd-tu`. */
export function directiveSlug(id: string): string {
	return foldDiacritics(id)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
