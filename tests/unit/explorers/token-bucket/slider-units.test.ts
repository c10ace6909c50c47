import { describe, expect, it } from 'vitest';
import { sliderValueText } from '../../../../src/explorers/token-bucket/slider-units.ts';

const requestsPerSecond = { one: 'request/s', other: 'requests/s' };

describe('sliderValueText', () => {
	it('uses the singular for exactly one', () => {
		expect(sliderValueText(1, requestsPerSecond)).toBe('1 request/s');
		expect(sliderValueText(1, { one: 'token', other: 'tokens' })).toBe('1 token');
	});

	it('uses the plural for zero, fractions and more than one', () => {
		expect(sliderValueText(0, requestsPerSecond)).toBe('0 requests/s');
		expect(sliderValueText(0.5, requestsPerSecond)).toBe('0.5 requests/s');
		expect(sliderValueText(1.5, requestsPerSecond)).toBe('1.5 requests/s');
		expect(sliderValueText(20, requestsPerSecond)).toBe('20 requests/s');
	});
});
