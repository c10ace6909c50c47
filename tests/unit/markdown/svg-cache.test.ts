import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { cachedSvg } from '../../../src/markdown/svg-cache.ts';

describe('cachedSvg', () => {
	afterEach(() => {
		delete process.env['HANDBOOK_DIAGRAM_CACHE'];
	});

	it('draws a body once and then returns the same SVG without drawing again', () => {
		const body = `flowchart LR\n  a --> b %% ${randomUUID()}`;
		let draws = 0;
		const draw = (text: string): string => `<svg data-n="${++draws}">${text.length}</svg>`;
		const first = cachedSvg(body, '1.0.0', draw);
		expect(cachedSvg(body, '1.0.0', draw)).toBe(first);
		expect(draws).toBe(1);
	});

	it('draws again for another renderer version or another body', () => {
		const body = `flowchart LR\n  a --> b %% ${randomUUID()}`;
		let draws = 0;
		const draw = (): string => `<svg data-n="${++draws}"></svg>`;
		cachedSvg(body, '1.0.0', draw);
		cachedSvg(body, '2.0.0', draw);
		cachedSvg(`${body} `, '1.0.0', draw);
		expect(draws).toBe(3);
	});

	it('always draws when the cache is switched off', () => {
		process.env['HANDBOOK_DIAGRAM_CACHE'] = 'off';
		const body = `flowchart LR\n  a --> b %% ${randomUUID()}`;
		let draws = 0;
		const draw = (): string => `<svg data-n="${++draws}"></svg>`;
		cachedSvg(body, '1.0.0', draw);
		cachedSvg(body, '1.0.0', draw);
		expect(draws).toBe(2);
	});
});
