import { describe, expect, it } from 'vitest';
import { isPrintEdition, printEditionHref } from '../../../src/print/print-edition.ts';

describe('printEditionHref', () => {
	it('points at the whole handbook, or at one section under it', () => {
		expect(printEditionHref('/')).toBe('/print/');
		expect(printEditionHref('/handbook/', 'databases')).toBe('/handbook/print/databases/');
	});
});

describe('isPrintEdition', () => {
	it('is true on the whole edition and on every section edition', () => {
		expect(isPrintEdition('/print/', '/')).toBe(true);
		expect(isPrintEdition('/print', '/')).toBe(true);
		expect(isPrintEdition('/print/databases/', '/')).toBe(true);
		expect(isPrintEdition('/handbook/print/coding/', '/handbook/')).toBe(true);
		expect(isPrintEdition('/handbook/print/', '/handbook')).toBe(true);
	});

	it('is false on every other page, including one whose path starts like it', () => {
		expect(isPrintEdition('/printing-press/', '/')).toBe(false);
		expect(isPrintEdition('/databases/print/', '/')).toBe(false);
		expect(isPrintEdition('/print/', '/handbook/')).toBe(false);
	});
});
