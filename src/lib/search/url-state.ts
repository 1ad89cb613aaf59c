/**
 * The state of the search page in its URL (`/tim-kiem/?q=bau+cu&cap=co-so&cap=huyen`), so a
 * filtered search can be bookmarked or sent to a colleague. Filter parameters repeat, one per
 * selected value; within a facet values are alternatives, across facets they all apply.
 */
import { FILTERS, type FilterName } from './filters.ts';

export interface SearchState {
	query: string;
	filters: Partial<Record<FilterName, string[]>>;
}

const NAMES = Object.values(FILTERS) as FilterName[];

export function stateFromParams(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const name of NAMES) {
		const values = [...new Set(params.getAll(name).filter(Boolean))];
		if (values.length) filters[name] = values;
	}
	return { query: (params.get('q') ?? '').normalize('NFC').trim(), filters };
}

export function paramsFromState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	for (const name of NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
	return params;
}

/** Pagefind's filter argument: any of the values of a facet, all facets at once. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	const out: Record<string, { any: string[] }> = {};
	for (const [name, values] of Object.entries(state.filters)) if (values?.length) out[name] = { any: values };
	return out;
}
