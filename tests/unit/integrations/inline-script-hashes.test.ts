import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { inlineScriptHashes } from '../../../src/integrations/inline-script-hashes.ts';

const sha = (text: string): string =>
	`'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
	it('hashes the exact text of classic and module inline scripts, once each', () => {
		const html =
			'<script>\n\tlet a = 1;\n</script><script type="module">import "x";</script><script>\n\tlet a = 1;\n</script>';
		expect(inlineScriptHashes(html)).toEqual([sha('\n\tlet a = 1;\n'), sha('import "x";')]);
	});

	it('skips external scripts and data blocks the browser does not run', () => {
		const html =
			'<script src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script><script aria-hidden="true">run()</script>';
		expect(inlineScriptHashes(html)).toEqual([sha('run()')]);
	});
});
