import { afterEach, describe, expect, it } from 'vitest';
import { loadTaxonomies } from '../../../src/lib/content/taxonomies.ts';
import { bookChapters } from '../../../src/lib/pdf/book-plan.ts';
import { contentFixture } from '../../support/content-fixture.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const page = (title: string, order?: number, extra = '') =>
	`---\ntitle: ${title}\ndescription: Mô tả.\ntopic: bau-cu\nlevels: [co-so]\nsources: ["35-CT/TW"]\n${order === undefined ? '' : `sidebar:\n  order: ${order}\n`}${extra}---\n\nNội dung.\n`;

describe('bookChapters', () => {
	it('follows topics.yaml, then sidebar.order, then the file name; leaves out drafts and empty topics', () => {
		const fx = contentFixture({
			'handbook/bau-cu/z-thu-hai.mdx': page('Thứ hai', 2),
			'handbook/bau-cu/a-khong-so.mdx': page('Không số thứ tự'),
			'handbook/bau-cu/b-thu-nhat.mdx': page('Thứ nhất', 1),
			'handbook/bau-cu/c-nhap.mdx': page('Bản nháp', 0, 'draft: true\n'),
		});
		cleanup = fx.cleanup;
		const tax = loadTaxonomies(fx.root, fx.dir);
		const chapters = bookChapters(fx.dir, tax.topics);
		const topicsWithPages = tax.topics.map((t) => t.id).filter((id) => chapters.some((c) => c.topic === id));
		expect(chapters.map((c) => c.topic)).toEqual(topicsWithPages);
		expect(chapters.map((c) => c.number)).toEqual(chapters.map((_, i) => i + 1));
		const bauCu = chapters.find((c) => c.topic === 'bau-cu')!;
		expect(bauCu.title).toBe(tax.topics.find((t) => t.id === 'bau-cu')!.name);
		expect(bauCu.sections.map((s) => s.title)).toEqual(['Thứ nhất', 'Thứ hai', 'Không số thứ tự']);
		expect(bauCu.sections.map((s) => s.href)).toEqual(['/bau-cu/b-thu-nhat/', '/bau-cu/z-thu-hai/', '/bau-cu/a-khong-so/']);
		expect(bauCu.sections[0]!.number).toBe(`${bauCu.number}.1`);
	});
});
