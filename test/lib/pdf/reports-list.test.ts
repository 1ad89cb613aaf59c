import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listReports } from '../../../src/lib/pdf/reports-list.ts';
import { contentFixture } from '../../support/content-fixture.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('listReports', () => {
	it('reads content/reports/*.yaml (id = file name), oldest first, undated last', () => {
		const fx = contentFixture();
		cleanup = fx.cleanup;
		// Only these reports: the project's own are replaced.
		rmSync(join(fx.dir, 'reports'), { recursive: true, force: true });
		mkdirSync(join(fx.dir, 'reports'));
		writeFileSync(join(fx.dir, 'reports/bao-b.yaml'), 'title: Bài báo B\nshort: Báo B ngày 14 tháng 02 năm 2020\ndate: 2020-02-14\nlocality: Huyện X\n');
		writeFileSync(join(fx.dir, 'reports/bao-cao-a.yaml'), 'title: Báo cáo A\nlocality: Một tỉnh\n');
		writeFileSync(join(fx.dir, 'reports/tin-c.yaml'), 'title: Tin C\ndate: 2020-01-10\npublisher: Báo C\n');
		expect(listReports(fx.dir)).toEqual([
			{ id: 'tin-c', title: 'Tin C', date: '2020-01-10', publisher: 'Báo C' },
			{ id: 'bao-b', title: 'Bài báo B', short: 'Báo B ngày 14 tháng 02 năm 2020', date: '2020-02-14', locality: 'Huyện X' },
			{ id: 'bao-cao-a', title: 'Báo cáo A', locality: 'Một tỉnh' },
		]);
	});

	it('is empty without content/reports/, and the book has no reports appendix then', () => {
		const fx = contentFixture();
		cleanup = fx.cleanup;
		expect(listReports(`${fx.dir}/khong-co`)).toEqual([]);
	});
});
