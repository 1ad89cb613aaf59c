import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { siteAddress, siteSchema, type Site } from '../../../src/lib/content/site.ts';

const base = { name: 'Cẩm nang', tagline: 'Sổ tay', locality: 'Hà Nội', term: '2020-2025', edition: '2026-11-22', scope: 'Ấn bản theo các văn bản của nhiệm kỳ 2020 – 2025.' };

describe('the site address', () => {
	it('takes content/site.yaml `url`, with or without a path, always ending with /', () => {
		const site = siteSchema.parse({ ...base, url: 'https://portal.example.gov.vn/cam-nang' });
		expect(siteAddress(site, undefined)).toEqual({ url: 'https://portal.example.gov.vn/cam-nang/', base: '/cam-nang/' });
		const root = siteSchema.parse({ ...base, url: 'http://localhost:4321' });
		expect(siteAddress(root, undefined)).toEqual({ url: 'http://localhost:4321/', base: '/' });
	});

	it('lets SITE_URL override it for one build', () => {
		const site = siteSchema.parse({ ...base, url: 'http://localhost:4321/' }) as Site;
		expect(siteAddress(site, 'https://camnang.example.gov.vn/cam-nang/')).toEqual({ url: 'https://camnang.example.gov.vn/cam-nang/', base: '/cam-nang/' });
		expect(siteAddress(site, '')).toEqual({ url: 'http://localhost:4321/', base: '/' });
	});

	it('refuses an address a reader could not open, saying what is expected', () => {
		for (const url of ['camnang.example.gov.vn', 'ftp://example.gov.vn/', 'https://example.gov.vn/?a=1', 'https://example.gov.vn/#x']) {
			const r = siteSchema.safeParse({ ...base, url });
			expect(r.success, url).toBe(false);
			expect(r.error?.issues[0]?.message).toMatch(/cần địa chỉ đầy đủ bắt đầu bằng https:\/\//);
		}
		expect(siteSchema.safeParse(base).success).toBe(false);
		const site = siteSchema.parse({ ...base, url: 'http://localhost:4321/' });
		expect(() => siteAddress(site, 'example.gov.vn/cam-nang')).toThrow(ContentError);
		expect(() => siteAddress(site, 'example.gov.vn/cam-nang')).toThrow(/SITE_URL.*«example\.gov\.vn\/cam-nang»/s);
	});
});
