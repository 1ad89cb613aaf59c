import { describe, expect, it } from 'vitest';
import { partRuns } from '../../../scripts/pdf/step.ts';

describe('partRuns (how the first PDF rendering groups the book’s parts)', () => {
	it('keeps a book under the limit in one piece', () => {
		expect(partRuns([200, 2000, 30000, 20000], 100_000)).toEqual([[0, 1, 2, 3]]);
	});

	it('groups consecutive parts in order, each run within the limit, a longer part alone', () => {
		expect(partRuns([100, 500, 600, 2000, 300, 300, 300], 1000)).toEqual([[0, 1], [2], [3], [4, 5, 6]]);
	});
});
