import { describe, expect, it } from 'vitest';
import { makeRoutes, sitePathOf, sitePaths, withBase } from '../../src/lib/routes.ts';

describe('routes under a base path', () => {
	const routes = makeRoutes('/cam-nang/');

	it('puts every kind of link under the base', () => {
		expect(routes.home()).toBe('/cam-nang/');
		expect(routes.page('tong-quan/lo-trinh')).toBe('/cam-nang/tong-quan/lo-trinh/');
		expect(routes.directive('35-ct-tw')).toBe('/cam-nang/van-ban/35-ct-tw/');
		expect(routes.directiveById('35-CT/TW')).toBe('/cam-nang/van-ban/35-ct-tw/');
		expect(routes.report('hoan-kiem-2020-04-28')).toBe('/cam-nang/tu-lieu/#hoan-kiem-2020-04-28');
		expect(routes.glossaryTerm('TCCSĐ')).toBe('/cam-nang/thuat-ngu/#tccsd');
		expect(routes.blankTemplate('phieu-bau')).toBe('/cam-nang/bieu-mau/phieu-bau/phieu-bau-mau-trong.docx');
		expect(routes.congress('dong-xuan', 'bo-van-ban-dong-xuan.zip')).toBe('/cam-nang/bieu-mau/dai-hoi/dong-xuan/bo-van-ban-dong-xuan.zip');
		expect(routes.packetTemplate('phieu-bau')).toBe('/cam-nang/tao-bo-van-ban/mau/phieu-bau.docx');
		expect(routes.file('cam-nang.pdf')).toBe('/cam-nang/cam-nang.pdf');
		expect(routes.path('/nhan-su/co-cau-ty-le/#tre')).toBe('/cam-nang/nhan-su/co-cau-ty-le/#tre');
	});

	it('is the site path itself at the root', () => {
		expect(makeRoutes('/').directive('35-ct-tw')).toBe('/van-ban/35-ct-tw/');
		expect(sitePaths.template('phieu-bau')).toBe('/bieu-mau/phieu-bau/');
		expect(withBase('/cam-nang', '/van-ban/')).toBe('/cam-nang/van-ban/');
	});

	it('refuses what is not a site path', () => {
		expect(() => withBase('/cam-nang/', 'van-ban/')).toThrow(/not a site path/);
		expect(() => withBase('/cam-nang/', '//evil.example/')).toThrow(/not a site path/);
	});

	it('gives back the site path of a link under the base, and nothing for one outside it', () => {
		expect(sitePathOf('/cam-nang/', '/cam-nang/van-ban/35-ct-tw/')).toBe('/van-ban/35-ct-tw/');
		expect(sitePathOf('/cam-nang/', '/cam-nang')).toBe('/');
		expect(sitePathOf('/cam-nang/', '/cam-nang-khac/')).toBeUndefined();
		expect(sitePathOf('/cam-nang/', '/van-ban/')).toBeUndefined();
		expect(sitePathOf('/', '/van-ban/')).toBe('/van-ban/');
	});
});
