/** The template ids, fixed by the site map (/bieu-mau/<id>/). No imports: both schemas use it. */
export const TEMPLATE_IDS = [
	'chuong-trinh-dai-hoi',
	'noi-quy-dai-hoi',
	'quy-che-lam-viec',
	'quy-che-bau-cu',
	'bien-ban-dai-hoi',
	'bien-ban-kiem-phieu',
	'nghi-quyet-dai-hoi',
	'bao-cao-tong-hop-gop-y',
	'phieu-bau',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
