import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import type { ChecklistItem } from '../../../src/lib/content/checklists.ts';

/**
 * Every mistake the pilot congresses in the sources recorded is an item of a checklist, marked
 * as a lesson, citing the report it comes from and, where one helps, the template that prevents
 * it. [what went wrong, checklist, item id, report, template]
 */
const LESSONS: [string, string, string, string, string | undefined][] = [
	// Đảng bộ xã Thanh Chăn (Báo Điện Biên Phủ, 14/02/2020)
	['task assignment unreasonable', 'truoc-dai-hoi', 'phan-cong-hop-ly', 'bao-dien-bien-phu-2020-02-14', 'quy-che-lam-viec'],
	['documents too long', 'truoc-dai-hoi', 'van-kien-ngan-gon', 'bao-dien-bien-phu-2020-02-14', 'chuong-trinh-dai-hoi'],
	['documents too long (at the congress)', 'trong-dai-hoi', 'trinh-bay-tom-tat', 'bao-dien-bien-phu-2020-02-14', undefined],
	['no congress rules', 'truoc-dai-hoi', 'soan-noi-quy', 'bao-dien-bien-phu-2020-02-14', 'noi-quy-dai-hoi'],
	['vote counters inexperienced', 'truoc-dai-hoi', 'chon-ban-kiem-phieu', 'bao-dien-bien-phu-2020-02-14', 'bien-ban-kiem-phieu'],
	['vote counters inexperienced (at the congress)', 'trong-dai-hoi', 'ban-kiem-phieu', 'bao-dien-bien-phu-2020-02-14', 'bien-ban-kiem-phieu'],
	['discussion spent recounting results', 'trong-dai-hoi', 'thao-luan-giai-phap', 'bao-dien-bien-phu-2020-02-14', undefined],
	// Chi bộ Phòng Giáo dục và Đào tạo huyện Điện Biên (same article)
	['agenda not voted', 'trong-dai-hoi', 'bieu-quyet-chuong-trinh', 'bao-dien-bien-phu-2020-02-14', 'chuong-trinh-dai-hoi'],
	['no briefing at the end of the preparatory session', 'trong-dai-hoi', 'quan-triet-cuoi-tru-bi', 'bao-dien-bien-phu-2020-02-14', 'chuong-trinh-dai-hoi'],
	['no summary report of comments on upper-level drafts', 'truoc-dai-hoi', 'du-thao-bao-cao-tong-hop-gop-y', 'bao-dien-bien-phu-2020-02-14', 'bao-cao-tong-hop-gop-y'],
	['election steering hesitant', 'trong-dai-hoi', 'dieu-hanh-bau-cu', 'bao-dien-bien-phu-2020-02-14', 'quy-che-bau-cu'],
	['no introduction of personnel before electing secretary and deputy', 'trong-dai-hoi', 'gioi-thieu-nhan-su-bi-thu', 'bao-dien-bien-phu-2020-02-14', 'quy-che-bau-cu'],
	// Provincial report's shortcomings
	['few comments on the political report from cell congresses', 'truoc-dai-hoi', 'goi-y-gop-y', 'bao-cao-tinh-2020', undefined],
	['speeches recount achievements', 'truoc-dai-hoi', 'dat-tham-luan', 'bao-cao-tinh-2020', undefined],
	['no appendix of socio-economic indicators', 'truoc-dai-hoi', 'phu-luc-chi-tieu', 'bao-cao-tinh-2020', undefined],
	['action programme new, preparation hesitant', 'truoc-dai-hoi', 'du-thao-chuong-trinh-hanh-dong', 'bao-cao-tinh-2020', undefined],
	['action programme discussed but not voted', 'trong-dai-hoi', 'thao-luan-chuong-trinh-hanh-dong', 'bao-cao-tinh-2020', undefined],
	['old personnel procedure used, had to redo', 'truoc-dai-hoi', 'cap-nhat-van-ban', 'bao-cao-tinh-2020', undefined],
	['followers rotated, lost track', 'truoc-dai-hoi', 'khong-luan-phien-nguoi-theo-doi', 'bao-cao-tinh-2020', undefined],
	['resolution waiting for the action programme', 'sau-dai-hoi', 'trien-khai-nghi-quyet-ngay', 'bao-cao-tinh-2020', undefined],
	// Quận ủy Hoàn Kiếm's seven points after its pilot congresses
	['1. political tasks and epidemic control alongside', 'truoc-dai-hoi', 'nhiem-vu-chinh-tri', 'hoan-kiem-2020-04-28', undefined],
	['2. propaganda and ideological work', 'truoc-dai-hoi', 'tuyen-truyen', 'hoan-kiem-2020-04-28', undefined],
	['3. documents prepared with wide consultation', 'truoc-dai-hoi', 'lay-y-kien-du-thao', 'hoan-kiem-2020-04-28', undefined],
	['4. personnel: standards, women ≥ 15%, under-35 ≥ 10%', 'truoc-dai-hoi', 'ty-le-nu-tre', 'hoan-kiem-2020-04-28', undefined],
	['4. personnel: no lowering of standards for structure', 'truoc-dai-hoi', 'tieu-chuan-truoc-co-cau', 'hoan-kiem-2020-04-28', undefined],
	['5. inspection and complaints before the congress', 'truoc-dai-hoi', 'kiem-tra-giam-sat', 'hoan-kiem-2020-04-28', undefined],
	['6. grasp the local situation, settle complaints', 'truoc-dai-hoi', 'nam-tinh-hinh', 'hoan-kiem-2020-04-28', undefined],
	['7. working groups led by standing-committee members, answerable for results', 'truoc-dai-hoi', 'to-cong-tac-chiu-trach-nhiem', 'hoan-kiem-2020-04-28', undefined],
];

describe('pilot-congress lessons in the checklists', () => {
	const content = checkContent(process.cwd(), 'content');
	const items = new Map<string, ChecklistItem>();
	for (const c of content.checklists) for (const s of c.data.sections) for (const it of s.items) items.set(`${c.id}/${it.id}`, it);

	it.each(LESSONS)('%s → %s/%s', (_what, checklist, id, report, template) => {
		const item = items.get(`${checklist}/${id}`);
		expect(item, `${checklist}/${id}`).toBeDefined();
		expect(item!.lesson).toBe(true);
		expect(item!.report).toBe(report);
		if (template) expect(item!.template).toBe(template);
	});

	it('marks as lessons only items that cite where the lesson was learned', () => {
		const lessonsWithoutReport = [...items].filter(([, it]) => it.lesson && !it.report).map(([k]) => k);
		expect(lessonsWithoutReport).toEqual([]);
	});
});
