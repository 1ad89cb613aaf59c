import type { Resolve } from '../citations/find.ts';
import type { Directive, ValidityStatus } from '../content/directives.ts';
import { VALIDITY_STATUSES } from '../content/directives.ts';
import { replacedBy } from './relations.ts';

/** How each validity status reads: the badge, and the sentence on the document's page. */
export const VALIDITY_LABELS: Record<ValidityStatus, { badge: string; sentence: string }> = {
	'con-hieu-luc': { badge: 'Còn hiệu lực', sentence: 'Văn bản còn hiệu lực.' },
	'bi-thay-the': { badge: 'Đã bị thay thế', sentence: 'Văn bản đã được một văn bản khác thay thế.' },
	'het-nhiem-ky': {
		badge: 'Hết nhiệm kỳ áp dụng',
		sentence: 'Văn bản chỉ đạo riêng một đợt đại hội; đợt đó đã qua.',
	},
	'chua-xac-minh': {
		badge: 'Chưa xác minh',
		sentence: 'Cẩm nang chưa kiểm chứng được văn bản này còn hiệu lực hay không; đừng coi là còn hiệu lực khi chưa đối chiếu.',
	},
};

/** Statuses in the order the list's filter offers them, with how many documents have each. */
export function statusCounts(directives: Directive[]): { status: ValidityStatus; label: string; count: number }[] {
	return VALIDITY_STATUSES.map((status) => ({
		status,
		label: VALIDITY_LABELS[status].badge,
		count: directives.filter((d) => d.validity.status === status).length,
	})).filter((s) => s.count > 0);
}

export interface ReplacedCitation {
	old: Directive;
	replacement: Directive;
}

/**
 * The replaced documents among those a page cites, each with what replaced it, in the order
 * given; a document cited twice is listed once.
 */
export function replacedAmong(cited: Directive[], all: Directive[], resolve: Resolve): ReplacedCitation[] {
	const out: ReplacedCitation[] = [];
	for (const d of cited) {
		if (d.validity.status !== 'bi-thay-the' || out.some((r) => r.old.id === d.id)) continue;
		const replacement = replacedBy(d, all, resolve);
		if (replacement) out.push({ old: d, replacement });
	}
	return out;
}
