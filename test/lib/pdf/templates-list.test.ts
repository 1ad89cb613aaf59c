import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listTemplates } from '../../../src/lib/pdf/templates-list.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('listTemplates', () => {
	it('lists the templates with a title, in their order, with their page on the site', () => {
		root = mkdtempSync(join(tmpdir(), 'cndh-templates-'));
		mkdirSync(join(root, 'templates'));
		writeFileSync(join(root, 'templates/bien-ban-dai-hoi.yaml'), 'id: bien-ban-dai-hoi\ntitle: Biên bản đại hội\norder: 2\n');
		writeFileSync(join(root, 'templates/chuong-trinh-dai-hoi.yaml'), 'title: Chương trình đại hội\norder: 1\n');
		writeFileSync(join(root, 'templates/_ghi-chu.yaml'), 'title: Không phải biểu mẫu\n');
		writeFileSync(join(root, 'templates/chung.yaml'), 'font: Times New Roman\n');
		expect(listTemplates(root)).toEqual([
			{ id: 'chuong-trinh-dai-hoi', title: 'Chương trình đại hội', href: '/bieu-mau/chuong-trinh-dai-hoi/' },
			{ id: 'bien-ban-dai-hoi', title: 'Biên bản đại hội', href: '/bieu-mau/bien-ban-dai-hoi/' },
		]);
	});

	it('is empty when there is no templates/ folder, so the book shows no templates appendix', () => {
		root = mkdtempSync(join(tmpdir(), 'cndh-templates-'));
		expect(listTemplates(root)).toEqual([]);
	});
});
