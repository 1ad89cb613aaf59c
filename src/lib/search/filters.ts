/**
 * The search's filters: their Pagefind filter names (also the URL parameters of /tim-kiem/,
 * so a filtered search can be shared), labels, and the page types the index holds.
 * Filter values are taxonomy ids (content/taxonomies/*.yaml); labels come from there too.
 */

/** Pagefind filter name of each facet, in the order the search page shows them. */
export const FILTERS = {
	type: 'trang',
	level: 'cap',
	topic: 'chu-de',
	kind: 'loai',
	issuer: 'co-quan',
	term: 'nhiem-ky',
} as const;

export type FilterField = keyof typeof FILTERS;
export type FilterName = (typeof FILTERS)[FilterField];

/** Lookup keys of document numbers (see document-number.ts); a filter, never shown as one. */
export const DOCUMENT_KEY_FILTER = 'so-hieu';

export const FILTER_LABELS: Record<FilterField, string> = {
	type: 'Loại trang',
	level: 'Cấp',
	topic: 'Chủ đề',
	kind: 'Loại văn bản',
	issuer: 'Cơ quan ban hành',
	term: 'Nhiệm kỳ',
};

/** What an indexed page is; the value of the `trang` filter. */
export const PAGE_TYPES = {
	'cam-nang': 'Cẩm nang',
	'van-ban': 'Văn bản chỉ đạo',
	'bieu-mau': 'Biểu mẫu',
} as const;

export type PageType = keyof typeof PAGE_TYPES;

/** Pagefind metadata a result shows besides title and excerpt. */
export const META = {
	title: 'title',
	breadcrumb: 'breadcrumb',
	levels: 'levels',
} as const;

/** Separator of breadcrumb parts in the `breadcrumb` metadata. */
export const BREADCRUMB_SEPARATOR = ' › ';
