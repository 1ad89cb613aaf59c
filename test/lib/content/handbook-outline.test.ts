import { afterEach, describe, expect, it } from 'vitest';
import { handbookOutline } from '../../../src/lib/content/handbook-outline.ts';
import { loadTaxonomies } from '../../../src/lib/content/taxonomies.ts';
import { contentFixture } from '../../support/content-fixture.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const page = (title: string, extra = '') =>
	`---\ntitle: ${title}\ndescription: Mô tả.\ntopic: thu\nlevels: [co-so]\nsources: ["35-CT/TW"]\n${extra}---\n\nNội dung.\n`;

describe('handbookOutline', () => {
	it('gives the menu its label, leaves out hidden pages and carries each page’s stage', () => {
		const fx = contentFixture({
			'taxonomies/topics.yaml': (s) => `${s}\n- id: thu\n  name: Chủ đề thử\n`,
			'handbook/thu/mot.mdx': page('Một trang có tên rất dài', 'stage: khoi-dong\nsidebar:\n  order: 1\n  label: Tên ngắn\n'),
			'handbook/thu/hai.mdx': page('Trang hai', 'sidebar:\n  order: 2\n'),
			'handbook/thu/an.mdx': page('Trang ẩn', 'sidebar:\n  order: 0\n  hidden: true\n'),
		});
		cleanup = fx.cleanup;
		const outline = handbookOutline(fx.dir, loadTaxonomies(fx.root, fx.dir).topics);
		const chapter = outline.find((c) => c.topic.id === 'thu')!;
		expect(chapter.pages).toEqual([
			{ id: 'thu/mot', href: '/thu/mot/', title: 'Một trang có tên rất dài', label: 'Tên ngắn', description: 'Mô tả.', stage: 'khoi-dong' },
			{ id: 'thu/hai', href: '/thu/hai/', title: 'Trang hai', label: 'Trang hai', description: 'Mô tả.' },
		]);
		expect(outline.at(-1)).toBe(chapter);
	});
});
