import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { parseFrontMatter } from '../../../src/lib/content/files.ts';
import { loadYaml, YamlReadError } from '../../../src/lib/content/yaml.ts';
import { readCongressFile } from '../../../src/lib/packet/congress-file.ts';

/** The review's «billion laughs»: 12 lines, 9 aliases per level, 9^9 ≈ 387 million strings once expanded. */
const ALIAS_BOMB = [
	'a: &a ["x","x","x","x","x","x","x","x","x"]',
	...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

const refusal = (source: string) => {
	try {
		loadYaml(source);
	} catch (e) {
		if (e instanceof YamlReadError) return e.message;
		throw e;
	}
	throw new Error('expected the file to be refused');
};

describe('YAML limits (reliability review: alias bomb, 20 MB file, 168k list items)', () => {
	it('alias bomb: refused with a plain message, before anything walks the expansion', () => {
		expect(refusal(ALIAS_BOMB)).toMatch(/tham chiếu «\*…»/);
		// The browser import and the CLI/build readers refuse it the same way.
		expect(() => readCongressFile(`---\n${ALIAS_BOMB}\n---\n`)).toThrow(/không đọc được tệp: tệp có quá nhiều tham chiếu/);
		expect(() => parseFrontMatter(`---\n${ALIAS_BOMB}\n---\n`, 'bom.md')).toThrow(ContentError);
	});

	it('alias bomb with few aliases: refused by the expanded size', () => {
		// 6 levels of 8 aliases = 48 aliases (under the alias limit), 8^6 ≈ 262 thousand values.
		const lines = ['a: &a [1,2,3,4,5,6,7,8]', ...'bcdef'.split('').map((n, i) => `${n}: &${n} [${Array(8).fill(`*${'abcde'[i]}`).join(',')}]`)];
		expect(refusal(lines.join('\n'))).toMatch(/quá nhiều mục/);
	});

	it('20 MB file: refused by size before parsing', () => {
		const big = `a: "${'x'.repeat(20_000_000)}"`;
		expect(refusal(big)).toMatch(/tệp quá lớn \(20 MB; tối đa 1 MB\)/);
		expect(() => parseFrontMatter(`---\n${big}\n---\n`, 'lon.md')).toThrow(/lon\.md: không đọc được tệp: tệp quá lớn/);
	});

	it('168k list items: refused while parsing, once the values pass the limit', () => {
		expect(refusal(`elections:\n${'  - {}\n'.repeat(168_000)}`.slice(0, 990_000))).toBe('tệp chứa quá nhiều mục (tối đa 50.000)');
	});

	it('a list of 1.001 items: refused by list length', () => {
		expect(refusal(`recipients: [${Array(1_001).fill('a').join(',')}]`)).toBe('một danh sách trong tệp có 1.001 mục (tối đa 1.000)');
	});

	it('nesting: refused by depth', () => {
		expect(refusal(`${'['.repeat(30)}${']'.repeat(30)}`)).toMatch(/lồng nhau quá sâu/);
	});

	it('keeps ordinary files as they were: a congress file and a few anchors', () => {
		expect(loadYaml('a: &x {b: 1}\nc: *x\nd: 2020-01-10')).toEqual({ a: { b: 1 }, c: { b: 1 }, d: '2020-01-10' });
	});
});
