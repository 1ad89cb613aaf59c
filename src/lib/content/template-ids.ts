/**
 * The Word templates of the kit (/bieu-mau/<id>/), by id, with the name readers see. Checklist
 * items link to the template that prevents a mistake; the templates themselves are built from
 * templates/ by the templates feature, which should own this list once merged.
 */
export const TEMPLATES = [
	{ id: 'chuong-trinh-dai-hoi', name: 'Chương trình đại hội' },
	{ id: 'noi-quy-dai-hoi', name: 'Nội quy đại hội' },
	{ id: 'quy-che-lam-viec', name: 'Quy chế làm việc của đại hội' },
	{ id: 'quy-che-bau-cu', name: 'Quy chế bầu cử tại đại hội' },
	{ id: 'bien-ban-dai-hoi', name: 'Biên bản đại hội' },
	{ id: 'bien-ban-kiem-phieu', name: 'Biên bản kiểm phiếu' },
	{ id: 'nghi-quyet-dai-hoi', name: 'Nghị quyết đại hội' },
	{ id: 'bao-cao-tong-hop-gop-y', name: 'Báo cáo tổng hợp ý kiến góp ý văn kiện cấp trên' },
	{ id: 'phieu-bau', name: 'Phiếu bầu' },
] as const;

export type TemplateId = (typeof TEMPLATES)[number]['id'];
export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((t) => t.id);
export const templateHref = (id: string) => `/bieu-mau/${id}/`;
export const templateName = (id: string) => TEMPLATES.find((t) => t.id === id)?.name ?? id;
