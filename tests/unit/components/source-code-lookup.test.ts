import { describe, expect, it } from 'vitest';
import {
	sourceCodeUses,
	unknownReferenceMessage,
} from '../../../src/components/source-code-lookup.ts';

describe('the <SourceCode> error for a missing file', () => {
	const pages = [
		{ file: 'src/content/docs/a/one.mdx', text: 'x\n\n<SourceCode path="cache/lru.ts" />\n' },
		{ file: 'src/content/docs/b/two.mdx', text: '<SourceCode path="cache/lru-cache.ts" />\n' },
	];

	it('names the .mdx file and line that use the path, not the route', () => {
		const message = unknownReferenceMessage(
			'cache/lru.ts',
			sourceCodeUses('cache/lru.ts', pages),
			'/print/',
			['cache/lru-cache.ts'],
		);
		expect(message).toMatch(
			/^src\/content\/docs\/a\/one\.mdx:3: <SourceCode path="cache\/lru\.ts" \/>/,
		);
		expect(message).not.toContain('/print/');
		expect(message).toContain('one of: cache/lru-cache.ts');
	});

	it('falls back to the route when no page file names the path', () => {
		expect(unknownReferenceMessage('x.ts', sourceCodeUses('x.ts', pages), '/a/one/', [])).toMatch(
			/^the page rendered at \/a\/one\/:/,
		);
	});
});
