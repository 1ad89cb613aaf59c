import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture } from '../support/content-fixture.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function buildWith(edit: Parameters<typeof contentFixture>[0], previous: boolean, env: Record<string, string> = {}) {
	const fx = contentFixture(edit);
	cleanup = fx.cleanup;
	const outDir = join(fx.root, 'dist');
	if (previous) {
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'index.html'), 'bản dựng trước');
	}
	const run = spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, CNDH_CONTENT_DIR: fx.dir, CNDH_OUT_DIR: outDir, ...env },
	});
	return { run, outDir };
}

const PAGE = (front: string, body: string) =>
	`---\ntitle: Thử\ndescription: Thử.\ntopic: tong-quan\nlevels: [co-so]\nsources: [35-CT/TW]\n${front}---\n\n${body}\n`;

/** Each bad input the issue names: what to break, and what the message must name. */
const BAD_INPUTS: [string, Parameters<typeof contentFixture>[0], RegExp][] = [
	['a missing required field', { 'directives/35-ct-tw.yaml': (s) => s.replace('issuer: bo-chinh-tri\n', '') }, /35-ct-tw\.yaml — trường «issuer»: thiếu trường bắt buộc/],
	['a malformed date', { 'directives/35-ct-tw.yaml': (s) => s.replace('date: 2019-05-30', 'date: 2019-13-01') }, /35-ct-tw\.yaml — trường «date»: .*NĂM-THÁNG-NGÀY/],
	['an unknown level', { 'directives/35-ct-tw.yaml': (s) => s.replace('level: trung-uong', 'level: xa') }, /35-ct-tw\.yaml — trường «level»: «xa» không phải cấp/],
	['an unknown topic', { 'handbook/tong-quan/thu.mdx': PAGE('', 'Nội dung.').replace('topic: tong-quan', 'topic: khac') }, /thu\.mdx — trường «topic»: «khac»/],
	['an unknown kind', { 'directives/35-ct-tw.yaml': (s) => s.replace('kind: chi-thi', 'kind: to-trinh') }, /35-ct-tw\.yaml — trường «kind»: «to-trinh»/],
	['a duplicate directive id', { 'directives/zz.yaml': 'id: 35-CT/TW\nkind: chi-thi\nissuer: bo-chinh-tri\nlevel: trung-uong\nsummary: Trùng.\nvalidity:\n  status: chua-xac-minh\n' }, /zz\.yaml — trường «id»: mã văn bản «35-CT\/TW» trùng/],
	['a relation to an unknown id', { 'directives/26-hd-btctw.yaml': (s) => s.replace('target: 35-CT/TW', 'target: 36-CT/TW') }, /26-hd-btctw\.yaml — trường «relations\.0\.target»: văn bản «36-CT\/TW»/],
	['a site address that is not a web address', { 'site.yaml': (s) => s.replace(/^url: .*$/m, 'url: cong-thong-tin.example.gov.vn/cam-nang') }, /site\.yaml — trường «url»: cần địa chỉ đầy đủ bắt đầu bằng https:\/\/.*«cong-thong-tin\.example\.gov\.vn\/cam-nang»/],
	['a citation of an unknown id', { 'handbook/tong-quan/thu.mdx': PAGE('', 'Theo Chỉ thị số 53-CT/TW.') }, /thu\.mdx:9: dẫn chiếu «Chỉ thị số 53-CT\/TW»/],
];

describe('npm run build rejects bad input with file, field and expectation, exit ≠ 0, no output', () => {
	it.each(BAD_INPUTS)('%s', (_name, edit, message) => {
		const { run, outDir } = buildWith(edit, true);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(message);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản dựng trước');
	});
});

describe('npm run build with a bad SITE_URL', () => {
	it('names the variable and what is expected, and keeps the previous site', () => {
		const { run, outDir } = buildWith({}, true, { SITE_URL: 'https://example.gov.vn/cam-nang/?x=1' });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/biến môi trường SITE_URL: cần địa chỉ đầy đủ .*không có «\?» hay «#»/);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản dựng trước');
	});
});

describe('npm run build with bad content', () => {
	it('fails with the file and field, and keeps the previous site untouched', () => {
		const { run, outDir } = buildWith(
			{ 'directives/35-ct-tw.yaml': (s) => s.replace('date: 2019-05-30', 'date: 30/5/2019') },
			true
		);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('directives/35-ct-tw.yaml — trường «date»');
		expect(run.stderr).toContain('NĂM-THÁNG-NGÀY');
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản dựng trước');
	});

	it('writes nothing when there was no previous site', () => {
		const { run, outDir } = buildWith(
			{
				'handbook/tong-quan/thu-nghiem.mdx':
					'---\ntitle: Thử\ndescription: Thử.\ntopic: tong-quan\nlevels: [co-so]\nsources: [35-CT/TW]\n---\n\nTheo Chỉ thị số 53-CT/TW.\n',
			},
			false
		);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/thu-nghiem\.mdx:9: .*53-CT\/TW/);
		expect(existsSync(outDir)).toBe(false);
	});
});
