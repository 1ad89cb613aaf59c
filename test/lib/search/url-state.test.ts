import { describe, expect, it } from 'vitest';
import { pagefindFilters, paramsFromState, stateFromParams } from '../../../src/lib/search/url-state.ts';

describe('search state in the URL', () => {
	it('round-trips a query with filters', () => {
		const state = { query: 'bầu cử', filters: { cap: ['co-so', 'huyen'], 'chu-de': ['bau-cu'] } };
		const params = paramsFromState(state);
		expect(params.toString()).toBe('q=b%E1%BA%A7u+c%E1%BB%AD&cap=co-so&cap=huyen&chu-de=bau-cu');
		expect(stateFromParams(new URLSearchParams(params.toString()))).toEqual(state);
	});
	it('ignores unknown parameters, empty values and repeats; normalises the query to NFC', () => {
		const s = stateFromParams(new URLSearchParams(`q=${encodeURIComponent(' Đảng '.normalize('NFD'))}&cap=&cap=tinh&cap=tinh&x=1`));
		expect(s).toEqual({ query: 'Đảng', filters: { cap: ['tinh'] } });
	});
	it('asks Pagefind for any value within a facet and all facets together', () => {
		expect(pagefindFilters({ query: '', filters: { cap: ['tinh', 'huyen'], loai: ['chi-thi'] } })).toEqual({
			cap: { any: ['tinh', 'huyen'] },
			loai: { any: ['chi-thi'] },
		});
	});
});
