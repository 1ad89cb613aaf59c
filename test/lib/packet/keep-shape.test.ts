import { describe, expect, it } from 'vitest';
import { keepCongressShape } from '../../../src/lib/packet/keep-shape.ts';

describe('packet builder data cut to the form\'s shape (reliability review: wrong-shaped import and storage)', () => {
	it('a YAML mapping of another kind (foo: bar): nothing kept, foo named', () => {
		expect(keepCongressShape({ foo: 'bar' })).toEqual({ data: {}, dropped: ['foo'] });
	});

	it('wrong types (elections: 5, presidium: "abc"): dropped, the rest kept', () => {
		const got = keepCongressShape({ organization: { name: 'Chi bộ Thôn 1' }, elections: 5, presidium: 'abc' });
		expect(got.data).toEqual({ organization: { name: 'Chi bộ Thôn 1' } });
		expect(got.dropped.sort()).toEqual(['elections', 'presidium']);
	});

	it('stored {"data": null}, [] and a list item of the wrong kind: never throws, keeps what fits', () => {
		expect(keepCongressShape(null)).toEqual({ data: {}, dropped: [] });
		expect(keepCongressShape([])).toEqual({ data: {}, dropped: ['(toàn bộ)'] });
		const got = keepCongressShape({ elections: [{ kind: 'committee', seats: 14 }, 7, null], recipients: ['Như trên', { a: 1 }] });
		expect(got.data).toEqual({ elections: [{ kind: 'committee', seats: 14 }, undefined, undefined], recipients: ['Như trên', undefined] });
		expect(got.dropped.sort()).toEqual(['elections.1', 'recipients.1']);
	});

	it('keeps values of the right shape but wrong content for the schema to name (a word where a number goes)', () => {
		expect(keepCongressShape({ organization: { members: 'ba mươi' } }).data).toEqual({ organization: { members: 'ba mươi' } });
	});

	it('keeps a whole example congress as it is', async () => {
		const { readFileSync } = await import('node:fs');
		const { readCongressFile } = await import('../../../src/lib/packet/congress-file.ts');
		const { data } = readCongressFile(readFileSync('content/congresses/thanh-chan.md', 'utf8'));
		expect(keepCongressShape(data)).toEqual({ data, dropped: [] });
	});
});
