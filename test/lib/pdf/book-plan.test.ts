import { afterEach, describe, expect, it } from 'vitest';
import { loadTaxonomies } from '../../../src/lib/content/taxonomies.ts';
import { bookChapters } from '../../../src/lib/pdf/book-plan.ts';
import { contentFixture } from '../../support/content-fixture.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const page = (title: string, order?: number, extra = '') =>
	`---\ntitle: ${title}\ndescription: Mô tả.\ntopic: thu-in\nlevels: [co-so]\nsources: ["35-CT/TW"]\n${order === undefined ? '' : `sidebar:\n  order: ${order}\n`}${extra}---\n\nNội dung.\n`;

describe('bookChapters', () => {
	it('follows topics.yaml, then sidebar.order, then the file name; leaves out drafts and empty topics', () => {
		const fx = contentFixture({
			'taxonomies/topics.yaml': (s) => `${s}\n- id: trong\n  name: Chủ đề chưa có trang\n- id: thu-in\n  name: Chủ đề thử\n`,
			'handbook/thu-in/z-thu-hai.mdx': page('Thứ hai', 2),
			'handbook/thu-in/a-khong-so.mdx': page('Không số thứ tự'),
			'handbook/thu-in/b-thu-nhat.mdx': page('Thứ nhất', 1),
			'handbook/thu-in/c-nhap.mdx': page('Bản nháp', 0, 'draft: true\n'),
		});
		cleanup = fx.cleanup;
		const tax = loadTaxonomies(fx.root, fx.dir);
		const chapters = bookChapters(fx.dir, tax.topics);
		const topicsWithPages = tax.topics.map((t) => t.id).filter((id) => chapters.some((c) => c.topic === id));
		expect(chapters.map((c) => c.topic)).toEqual(topicsWithPages);
		expect(chapters.map((c) => c.number)).toEqual(chapters.map((_, i) => i + 1));
		expect(chapters.some((c) => c.topic === 'trong')).toBe(false);
		const last = chapters.at(-1)!;
		expect(last.topic).toBe('thu-in');
		expect(last.title).toBe('Chủ đề thử');
		expect(last.sections.map((s) => s.title)).toEqual(['Thứ nhất', 'Thứ hai', 'Không số thứ tự']);
		expect(last.sections.map((s) => s.href)).toEqual(['/thu-in/b-thu-nhat/', '/thu-in/z-thu-hai/', '/thu-in/a-khong-so/']);
		expect(last.sections[0]!.number).toBe(`${last.number}.1`);
	});
});
