import { describe, expect, it } from 'vitest';
import { documentKeys, documentKeysInQuery } from '../../../src/lib/search/document-number.ts';

const ct35 = documentKeys({ symbol: '35-CT/TW', kindName: 'Chỉ thị', kindSymbol: 'CT' });
const qd35 = documentKeys({ symbol: '35-QĐ/TU', kindName: 'Quy định', kindSymbol: 'QĐ' });
const hd26 = documentKeys({ symbol: '26-HD/BTCTW', kindName: 'Hướng dẫn', kindSymbol: 'HD' });
const hd02 = documentKeys({ number: '02', kindName: 'Hướng dẫn', kindSymbol: 'HD' });

/** The entries a query leads to, as the browser does it: any shared key. */
const finds = (query: string) =>
	Object.entries({ ct35, qd35, hd26, hd02 })
		.filter(([, keys]) => documentKeysInQuery(query).some((k) => keys.includes(k)))
		.map(([name]) => name);

describe('document numbers', () => {
	it('gives a registry entry keys for its symbol and for kind + number', () => {
		expect(ct35).toEqual(['35-ct/tw', 'chi thi 35', 'ct 35']);
		expect(hd02).toEqual(['huong dan 2', 'hd 2']);
	});
	it.each([
		['35-CT/TW', ['ct35']],
		['35-ct/tw', ['ct35']],
		['35 - CT / TW', ['ct35']],
		['Chỉ thị số 35-CT/TW về đại hội', ['ct35']],
		['26-HD/BTCTW', ['hd26']],
		['35-QĐ/TU', ['qd35']],
		['35-QD/TU', ['qd35']],
		['35-qđ/tu', ['qd35']],
		['CT 35', ['ct35']],
		['chỉ thị 35', ['ct35']],
		['chi thi so 35', ['ct35']],
		['Chỉ thị 35'.normalize('NFD'), ['ct35']],
		['hướng dẫn 02', ['hd02']],
		['huong dan 26', ['hd26']],
	])('%s → %j', (query, expected) => {
		expect(finds(query)).toEqual(expected);
	});
	it('finds nothing in ordinary queries or bare numbers', () => {
		for (const q of ['đại hội', '35', 'số 35 người', 'tỷ lệ 35%', 'năm 2020', 'dai hoi dang bo']) {
			expect(finds(q)).toEqual([]);
		}
	});
});
