import { describe, expect, it } from 'vitest';
import { findCitations, makeResolver, matchCitations } from '../../../src/lib/citations/find.ts';
import { directiveSlug, symbolKey } from '../../../src/lib/citations/symbol.ts';
import { parseMarkdown } from '../../../src/lib/markdown/parse.ts';

const registry = ['35-CT/TW', '26-HD/BTCTW', '35-QĐ/TU', '04-KH/TCTU', '07-HD/UBKTTW', '244-QĐ/TW', '11977-CV/VPTW'].map((id) => ({
	id,
	key: symbolKey(id),
	slug: directiveSlug(id),
}));
registry.push({ id: 'ke-hoach-155-thanh-uy-ha-noi', key: 'ke-hoach-155-thanh-uy-ha-noi', slug: 'ke-hoach-155-thanh-uy-ha-noi' });
const resolve = makeResolver(registry);

const idsIn = (text: string) => matchCitations(text).map((m) => resolve(m.symbol)?.id);

describe('matchCitations', () => {
	it.each([
		['Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị', '35-CT/TW', 'Chỉ thị số 35-CT/TW'],
		['theo Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị', '35-CT/TW', 'Chỉ thị 35-CT/TW'],
		['theo Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019', '26-HD/BTCTW', 'Hướng dẫn số 26-HD/BTCTW'],
		['Quy định số 35-QĐ/TU, ngày 10/12/2019', '35-QĐ/TU', 'Quy định số 35-QĐ/TU'],
		['Quy định số 35-QD/TU (gõ không dấu)', '35-QĐ/TU', 'Quy định số 35-QD/TU'],
		['xây dựng Kế hoạch số 04-KH/TCTU về việc', '04-KH/TCTU', 'Kế hoạch số 04-KH/TCTU'],
		['triển khai Hướng dẫn số 07-HD/UBKTTW, ngày 12/12/2019', '07-HD/UBKTTW', 'Hướng dẫn số 07-HD/UBKTTW'],
		['ban hành kèm Quyết định 244-QĐ/TW', '244-QĐ/TW', 'Quyết định 244-QĐ/TW'],
		['chỉ nêu số hiệu 35-CT/TW thôi', '35-CT/TW', '35-CT/TW'],
		['viết thường: chỉ thị số 35-CT/TW', '35-CT/TW', 'chỉ thị số 35-CT/TW'],
		// Offices number their letters in five digits.
		['tại Công văn số 11977-CV/VPTW, ngày 23/4/2020', '11977-CV/VPTW', 'Công văn số 11977-CV/VPTW'],
	])('finds the citation in «%s»', (text, id, matched) => {
		const [m] = matchCitations(text);
		expect(m?.text).toBe(matched);
		expect(resolve(m!.symbol)?.id).toBe(id);
	});

	it('handles a citation broken across lines', () => {
		expect(idsIn('thực hiện Chỉ thị số\n35-CT/TW của Bộ Chính trị')).toEqual(['35-CT/TW']);
		expect(idsIn('Hướng dẫn số 26-HD/\nBTCTW')).toEqual(['26-HD/BTCTW']);
	});

	it('handles text typed in NFD', () => {
		const nfd = 'Quy định số 35-QĐ/TU'.normalize('NFD');
		expect(idsIn(nfd.normalize('NFC'))).toEqual(['35-QĐ/TU']);
		const tree = parseMarkdown(`Theo ${nfd} của tỉnh.`);
		expect(findCitations(tree, resolve).citations.map((c) => c.id)).toEqual(['35-QĐ/TU']);
	});

	it.each([
		'chiếm 35% tổng số',
		'có số 35 người dự',
		'đại hội lần thứ 35',
		'ngày 30/5/2019 và 10/12/2019',
		'gọi số 0215-3825-123 hoặc 0912.345.678',
		'tỷ lệ 6,94% và 3.880 tấn',
		'từ 28/3/2020 đến 25/4/2020',
		'giảm từ 312 xuống 47',
		'nhiệm kỳ 2020-2025',
	])('does not fire on «%s»', (text) => {
		expect(matchCitations(text)).toEqual([]);
	});
});

describe('findCitations', () => {
	it('links citations, numbers anchors per directive and keeps the sentence', () => {
		const tree = parseMarkdown(
			'Đầu tiên. Theo Chỉ thị số 35-CT/TW, đại hội có bốn nội dung. Sau đó.\n\nNhắc lại 35-CT/TW và [Kế hoạch số 155](vb:ke-hoach-155-thanh-uy-ha-noi).'
		);
		const { citations, unresolved } = findCitations(tree, resolve, { link: true });
		expect(unresolved).toEqual([]);
		expect(citations.map((c) => c.anchor)).toEqual(['vb-35-ct-tw-1', 'vb-35-ct-tw-2', 'vb-ke-hoach-155-thanh-uy-ha-noi-1']);
		expect(citations[0]!.context).toBe('Theo Chỉ thị số 35-CT/TW, đại hội có bốn nội dung.');
		expect(citations[0]!.line).toBe(1);
		expect(citations[1]!.line).toBe(3);
		const links: string[] = [];
		const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
			if (n.type === 'link') links.push(n.url!);
			n.children?.forEach((c) => walk(c as never));
		};
		walk(tree as never);
		expect(links).toEqual(['/van-ban/35-ct-tw/', '/van-ban/35-ct-tw/', '/van-ban/ke-hoach-155-thanh-uy-ha-noi/']);
	});

	it('reports unknown directives with their line, in text and in explicit links', () => {
		const tree = parseMarkdown('Dòng một.\n\nTheo Chỉ thị số 99-CT/TW nhé.\n\n[KH](vb:khong-co)');
		const { unresolved } = findCitations(tree, resolve);
		expect(unresolved.map((u) => [u.ref, u.line])).toEqual([
			['99-CT/TW', 3],
			['khong-co', 5],
		]);
	});

	it('leaves code alone', () => {
		const tree = parseMarkdown('Ví dụ `99-CT/TW` và\n\n```\n99-CT/TW\n```');
		expect(findCitations(tree, resolve).unresolved).toEqual([]);
	});
});

describe('symbolKey', () => {
	it('folds case, QD/QĐ and leading zeros', () => {
		expect(symbolKey('35-qd/tu')).toBe('35-QĐ/TU');
		expect(symbolKey('7-HD/UBKTTW')).toBe(symbolKey('07-HD/UBKTTW'));
		expect(directiveSlug('35-QĐ/TU')).toBe('35-qd-tu');
	});
});
