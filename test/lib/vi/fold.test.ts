import { describe, expect, it } from 'vitest';
import { canonicalTones, foldVietnamese, fromSearchForm, toSearchForm } from '../../../src/lib/vi/fold.ts';

describe('canonicalTones', () => {
	it('puts the tone on the first vowel of a final oa, oe, uy, as the project writes', () => {
		expect(canonicalTones('hoà hoá hoả hoã hoạ')).toBe('hòa hóa hỏa hõa họa');
		expect(canonicalTones('uỷ ban, thuỷ lợi, khoẻ, Hoà Bình, UỶ BAN')).toBe('ủy ban, thủy lợi, khỏe, Hòa Bình, ỦY BAN');
	});
	it('leaves syllables that are written one way only', () => {
		for (const word of ['hoàng', 'toán', 'quý', 'Quỳnh', 'khuỷu', 'ngoài', 'thủy', 'hóa', 'quyết', 'hoạch']) {
			expect(canonicalTones(word)).toBe(word);
		}
	});
	it('accepts NFD input and returns NFC', () => {
		const nfd = 'Đảng ủy xã hoà'.normalize('NFD');
		expect(canonicalTones(nfd)).toBe('Đảng ủy xã hòa'.normalize('NFC'));
		expect(canonicalTones(nfd)).toBe(canonicalTones(nfd).normalize('NFC'));
	});
});

describe('search form', () => {
	it('writes đ as d plus a combining mark, so a search without diacritics finds it', () => {
		const form = toSearchForm('Đảng bộ tổ chức đại hội');
		expect(form).toBe('D\u0335ảng bộ tổ chức d\u0335ại hội');
		// What Pagefind does to a word before comparing: NFD, marks stripped.
		expect(form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('dang bo to chuc dai hoi');
	});
	it('keeps the word count, so excerpts stay aligned with the original text', () => {
		const text = 'Ủy ban Kiểm tra Trung ương hướng dẫn (số 07-HD/UBKTTW), đồng chí Nguyễn Văn A.';
		expect(toSearchForm(text).split(/\s+/).length).toBe(text.split(/\s+/).length);
	});
	it('comes back to the original text', () => {
		for (const text of ['Đảng ủy', 'đ', 'Đ', 'Quyết định 35-QĐ/TU', 'đồng đội, Điện Biên', 'abc d\u0335']) {
			expect(fromSearchForm(toSearchForm(text))).toBe(text.replace('d\u0335', 'đ'));
		}
	});
	it('gives both tone styles and NFD input the same form', () => {
		expect(toSearchForm('uỷ ban hoà giải')).toBe(toSearchForm('ủy ban hòa giải'));
		expect(toSearchForm('Đảng ủy'.normalize('NFD'))).toBe(toSearchForm('Đảng ủy'));
	});
});

describe('foldVietnamese', () => {
	it('removes every diacritic, đ included', () => {
		expect(foldVietnamese('Đảng ủy ĐẠI HỘI Điện Biên')).toBe('dang uy dai hoi dien bien');
		expect(foldVietnamese('35-QĐ/TU')).toBe('35-qd/tu');
	});
});
