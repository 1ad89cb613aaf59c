/**
 * The packet builder's form, as data: sections and fields addressed by their path in the congress
 * front matter (`content/congresses/*.md`). The page renders it; the congress schema validates what
 * it produces, so a field here is only a label and an input kind — the rules live in the schema.
 */

export interface Option {
	value: string;
	label: string;
}

interface Base {
	/** Dotted path relative to the enclosing object: `organization.name`, `ballots.valid`. */
	path: string;
	label: string;
	/** Another label while a field of the form has a given value (an all-members congress has no delegates). */
	labelWhen?: { path: string; equals: string; label: string };
	hint?: string;
	required?: boolean;
}

export type Field =
	| (Base & { kind: 'text' | 'textarea' | 'date' | 'time' | 'count' | 'number' })
	| (Base & { kind: 'select'; options: Option[] })
	| (Base & { kind: 'checkbox' })
	/**
	 * A list of objects, each with `fields`; `item` names one entry («Người», «Mục»). With
	 * `choose`, entries are not added one by one: the user ticks which of the options the list
	 * holds (one entry per option, its value at `choose.path`), with those usual for the
	 * organization type marked as proposed.
	 */
	| (Base & { kind: 'list'; item: string; fields: Field[]; tally?: boolean; choose?: { path: string; legend: string; hint: string; options: Option[] } })
	/** A list of plain strings or dates. */
	| (Base & { kind: 'strings'; item: string; of: 'text' | 'date' });

export interface Section {
	id: string;
	title: string;
	intro?: string;
	fields: Field[];
	/** Extra output shown under the fields: personnel rule checks. */
	rules?: boolean;
	/** Where the section's rule comes from, and the handbook page that explains it. */
	links?: Option[];
}

export const ORGANIZATION_TYPE_OPTIONS: Option[] = [
	{ value: 'chi-bo-co-so', label: 'Chi bộ cơ sở' },
	{ value: 'dang-bo-co-so', label: 'Đảng bộ cơ sở' },
	{ value: 'dang-bo-cap-tren-co-so', label: 'Đảng bộ cấp trên cơ sở (huyện và tương đương)' },
];

/** In the order a congress holds them, which is also the order of the documents. */
export const ELECTION_KIND_OPTIONS: Option[] = [
	{ value: 'committee', label: 'Bầu cấp ủy (ban chấp hành, chi ủy)' },
	{ value: 'secretary', label: 'Bầu bí thư tại đại hội' },
	{ value: 'deputy-secretary', label: 'Bầu phó bí thư tại đại hội' },
	{ value: 'delegation', label: 'Bầu đoàn đại biểu dự đại hội cấp trên' },
];

const people = (path: string, label: string, hint?: string): Field => ({
	kind: 'list',
	path,
	label,
	item: 'Người',
	...(hint ? { hint } : {}),
	fields: [
		{ kind: 'text', path: 'name', label: 'Họ và tên', required: true },
		{ kind: 'text', path: 'role', label: 'Nhiệm vụ', hint: 'Ví dụ: Chủ trì, Trưởng ban, Ủy viên' },
	],
});

export const SECTIONS: Section[] = [
	{
		id: 'to-chuc',
		title: 'Tổ chức đảng',
		fields: [
			{ kind: 'text', path: 'organization.name', label: 'Tên tổ chức đảng', hint: 'Ghi đầy đủ như trên văn bản, ví dụ: Đảng bộ xã Thanh Chăn', required: true },
			{ kind: 'select', path: 'organization.type', label: 'Loại tổ chức đảng', options: ORGANIZATION_TYPE_OPTIONS, required: true },
			{ kind: 'text', path: 'organization.upperBody', label: 'Cấp ủy cấp trên trực tiếp', hint: 'Ví dụ: Đảng bộ huyện Điện Biên', required: true },
			{ kind: 'text', path: 'organization.place', label: 'Địa danh ghi ở dòng ngày tháng', hint: 'Ví dụ: Thanh Chăn', required: true },
			{ kind: 'count', path: 'organization.members', label: 'Số đảng viên của tổ chức', hint: 'Đảng viên chính thức; ở đại hội đảng viên (toàn thể), người trúng cử phải được quá một nửa số này' },
		],
	},
	{
		id: 'dai-hoi',
		title: 'Đại hội',
		fields: [
			{ kind: 'text', path: 'congress.number', label: 'Đại hội lần thứ (chữ số La Mã)', hint: 'Ví dụ: XXI' },
			{
				kind: 'select',
				path: 'congress.kind',
				label: 'Hình thức đại hội',
				options: [
					{ value: 'dai-bieu', label: 'Đại hội đại biểu' },
					{ value: 'toan-the', label: 'Đại hội toàn thể đảng viên' },
				],
			},
			{ kind: 'text', path: 'congress.term', label: 'Nhiệm kỳ', hint: 'Ghi dạng 2020-2025', required: true },
			{ kind: 'strings', path: 'congress.dates', label: 'Ngày họp đại hội', item: 'Ngày', of: 'date' },
			{ kind: 'text', path: 'congress.venue', label: 'Địa điểm' },
			{
				kind: 'count',
				path: 'delegates.elected',
				label: 'Số đại biểu được triệu tập',
				labelWhen: { path: 'congress.kind', equals: 'toan-the', label: 'Số đảng viên được triệu tập' },
				hint: 'Ở đại hội đại biểu, đây là căn cứ tính trúng cử. Ở đại hội toàn thể, căn cứ là số đảng viên chính thức (ô «Số đảng viên của tổ chức»)',
			},
			{ kind: 'count', path: 'delegates.attending', label: 'Số đại biểu có mặt', labelWhen: { path: 'congress.kind', equals: 'toan-the', label: 'Số đảng viên có mặt' } },
		],
	},
	{
		id: 'chuong-trinh',
		title: 'Chương trình đại hội',
		intro: 'Để trống thì dùng chương trình mẫu. Nhớ đưa chương trình, nội quy và quy chế bầu cử ra biểu quyết.',
		fields: [
			{
				kind: 'list',
				path: 'agenda',
				label: 'Các mục trong chương trình',
				item: 'Mục',
				fields: [
					{
						kind: 'select',
						path: 'session',
						label: 'Phiên',
						required: true,
						options: [
							{ value: 'tru-bi', label: 'Phiên trù bị' },
							{ value: 'chinh-thuc', label: 'Phiên chính thức' },
						],
					},
					{ kind: 'time', path: 'time', label: 'Giờ' },
					{ kind: 'text', path: 'item', label: 'Nội dung', required: true },
					{ kind: 'text', path: 'presenter', label: 'Người trình bày' },
					{ kind: 'checkbox', path: 'vote', label: 'Đại hội biểu quyết nội dung này' },
				],
			},
		],
	},
	{
		id: 'dieu-hanh',
		title: 'Đoàn chủ tịch, đoàn thư ký và các ban',
		fields: [
			people('presidium', 'Đoàn chủ tịch'),
			people('secretariat', 'Đoàn thư ký'),
			people('credentialsCommittee', 'Ban thẩm tra tư cách đại biểu'),
			people('voteCounters', 'Ban kiểm phiếu', 'Chọn người đã được hướng dẫn nghiệp vụ kiểm phiếu'),
		],
	},
	{
		id: 'chi-tieu',
		title: 'Chỉ tiêu nhiệm kỳ',
		fields: [
			{
				kind: 'list',
				path: 'targets',
				label: 'Các chỉ tiêu trong nghị quyết',
				item: 'Chỉ tiêu',
				fields: [
					{ kind: 'text', path: 'indicator', label: 'Chỉ tiêu', required: true },
					{ kind: 'number', path: 'value', label: 'Con số' },
					{ kind: 'text', path: 'unit', label: 'Đơn vị', hint: 'Ví dụ: tấn, %, triệu đồng/người/năm' },
					{
						kind: 'select',
						path: 'bound',
						label: 'Mức',
						options: [
							{ value: 'exactly', label: 'Đạt' },
							{ value: 'at-least', label: 'Từ … trở lên' },
							{ value: 'at-most', label: 'Từ … trở xuống' },
						],
					},
					{ kind: 'text', path: 'note', label: 'Ghi chú' },
				],
			},
		],
	},
	{
		id: 'nhan-su',
		title: 'Đề án nhân sự cấp ủy',
		intro: 'Số liệu của đề án nhân sự được đối chiếu ngay với các tỷ lệ mà văn bản hướng dẫn nêu.',
		rules: true,
		fields: [
			{ kind: 'count', path: 'personnelPlan.seats', label: 'Số cấp ủy viên khóa mới dự kiến' },
			{ kind: 'count', path: 'personnelPlan.candidates', label: 'Số người trong danh sách bầu cử' },
			{ kind: 'count', path: 'personnelPlan.women', label: 'Số nữ', hint: 'Tỷ lệ tính trên số cấp ủy viên dự kiến' },
			{ kind: 'count', path: 'personnelPlan.under35', label: 'Số người dưới 35 tuổi', hint: 'Tỷ lệ tính trên số cấp ủy viên dự kiến' },
			{ kind: 'count', path: 'personnelPlan.newcomers', label: 'Số người lần đầu tham gia cấp ủy', hint: 'Người chưa là cấp ủy viên khóa trước' },
			{ kind: 'count', path: 'personnelPlan.standingCommittee.seats', label: 'Số ủy viên ban thường vụ dự kiến', hint: 'Chỉ điền khi đảng bộ bầu ban thường vụ' },
			{ kind: 'count', path: 'personnelPlan.standingCommittee.candidates', label: 'Số người trong danh sách bầu ban thường vụ' },
		],
	},
	{
		id: 'bau-cu',
		title: 'Bầu cử và kiểm phiếu',
		intro:
			'Nhập số phiếu để xem ngay ai trúng cử. Người trúng cử phải được số phiếu quá một nửa so với tổng số đại biểu chính thức được triệu tập (đại hội đại biểu) hoặc tổng số đảng viên chính thức (đại hội đảng viên), trừ các trường hợp Quy chế bầu cử trong Đảng cho phép trừ — không phải so với số phiếu hợp lệ.',
		links: [
			{ value: '/van-ban/244-qd-tw/', label: 'Quy chế bầu cử trong Đảng (Quyết định số 244-QĐ/TW)' },
			{ value: '/bau-cu/ban-kiem-phieu/', label: 'Ban kiểm phiếu: cách kiểm phiếu, xác định người trúng cử' },
		],
		fields: [
			{
				kind: 'list',
				path: 'elections',
				label: 'Các cuộc bầu cử',
				item: 'Cuộc bầu',
				tally: true,
				choose: {
					path: 'kind',
					legend: 'Đại hội bầu những gì?',
					hint: 'Đánh dấu các cuộc bầu đại hội tiến hành; bộ văn bản chỉ có phiếu bầu và biên bản kiểm phiếu của các cuộc bầu này.',
					options: ELECTION_KIND_OPTIONS,
				},
				fields: [
					{ kind: 'count', path: 'seats', label: 'Số người cần bầu' },
					{ kind: 'count', path: 'elected', label: 'Số người trúng cử', hint: 'Chỉ cần khi không nhập danh sách và số phiếu từng người' },
					{
						kind: 'count',
						path: 'base',
						label: 'Số làm căn cứ tính trúng cử',
						hint: 'Chỉ điền khi có trường hợp được trừ theo Quy chế bầu cử trong Đảng; bỏ trống thì lấy số đại biểu được triệu tập (đại hội đại biểu) hoặc số đảng viên (đại hội đảng viên)',
					},
					{ kind: 'count', path: 'ballots.issued', label: 'Số phiếu phát ra' },
					{ kind: 'count', path: 'ballots.received', label: 'Số phiếu thu vào' },
					{ kind: 'count', path: 'ballots.valid', label: 'Số phiếu hợp lệ' },
					{ kind: 'count', path: 'ballots.invalid', label: 'Số phiếu không hợp lệ' },
					{
						kind: 'list',
						path: 'candidates',
						label: 'Danh sách bầu cử',
						item: 'Người',
						fields: [
							{ kind: 'text', path: 'name', label: 'Họ và tên', required: true },
							{ kind: 'count', path: 'votes', label: 'Số phiếu bầu' },
						],
					},
				],
			},
		],
	},
	{
		id: 'noi-nhan',
		title: 'Nơi nhận văn bản',
		fields: [{ kind: 'strings', path: 'recipients', label: 'Nơi nhận', item: 'Nơi nhận', of: 'text' }],
	},
];

/**
 * «Số văn bản»: the number printed before each numbered template's symbol («Số 01-NQ/ĐH»), one
 * field per template that has a symbol. Built from the template metadata the page receives.
 */
export function numbersSection(templates: { id: string; title: string; symbol?: string | undefined }[]): Section {
	return {
		id: 'so-van-ban',
		title: 'Số văn bản',
		intro: 'Số thứ tự in trước ký hiệu của từng văn bản. Để trống thì in dòng chấm để điền tay.',
		fields: templates
			.filter((t) => t.symbol)
			.map((t) => ({ kind: 'text' as const, path: `numbers.${t.id}`, label: `${t.title} (…-${t.symbol})`, hint: 'Ví dụ: 01' })),
	};
}
