import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatDayOrMonth, formatMonth, formatNumber, formatPercent } from '../../../src/lib/vi/format.ts';

describe('Vietnamese formatting', () => {
	it('writes dates as official documents do', () => {
		expect(formatDateLong('2020-01-10')).toBe('ngày 10 tháng 01 năm 2020');
		expect(formatDateLong('2019-05-30')).toBe('ngày 30 tháng 5 năm 2019');
		expect(formatDateLong('2019-12-05')).toBe('ngày 05 tháng 12 năm 2019');
		expect(formatDateShort('2019-05-30')).toBe('30/05/2019');
	});
	it('writes months and day-or-month values the same way', () => {
		expect(formatMonth('2020-01')).toBe('tháng 01 năm 2020');
		expect(formatMonth('2019-10')).toBe('tháng 10 năm 2019');
		expect(formatDayOrMonth('2019-08')).toBe('tháng 8 năm 2019');
		expect(formatDayOrMonth('2019-10-01')).toBe('ngày 01 tháng 10 năm 2019');
	});
	it('writes numbers with . for thousands and , for decimals', () => {
		expect(formatNumber(3880)).toBe('3.880');
		expect(formatNumber(17945806)).toBe('17.945.806');
		expect(formatNumber(6.94)).toBe('6,94');
		expect(formatPercent(35 / 504.3)).toBe('6,94%');
		expect(formatPercent(0.15, 0)).toBe('15%');
	});
});
