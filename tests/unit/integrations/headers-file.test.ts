import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/integrations/content-security-policy.ts';
import {
	headerRules,
	headersForPath,
	immutableCache,
	parseHeadersFile,
	renderHeadersFile,
	revalidateCache,
	searchIndexCache,
} from '../../../src/integrations/headers-file.ts';

const topLevel = {
	files: ['index.html', '404.html', 'favicon.svg', '_headers'],
	folders: ['_astro', 'pagefind', 'coding'],
};

describe('contentSecurityPolicy', () => {
	it('allows our scripts by hash and WebAssembly for search, never inline scripts in general', () => {
		const csp = contentSecurityPolicy(["'sha256-b'", "'sha256-a'"]);
		const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src')) ?? '';
		expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
	});
});

describe('headerRules and the _headers file', () => {
	const rules = parseHeadersFile(renderHeadersFile(headerRules('/', 'default-src self', topLevel)));

	it('sends the security headers on every path', () => {
		for (const path of ['/', '/coding/heaps/', '/_astro/a.css', '/pagefind/pagefind.js']) {
			const headers = headersForPath(rules, path);
			expect(headers['Content-Security-Policy']).toBe('default-src self');
			expect(headers['X-Content-Type-Options']).toBe('nosniff');
			expect(headers['Referrer-Policy']).toBeDefined();
			expect(headers['Permissions-Policy']).toBeDefined();
		}
	});

	it('gives each path exactly one Cache-Control: immutable for hashed assets, short for the index', () => {
		expect(headersForPath(rules, '/_astro/page.abc123.js')['Cache-Control']).toBe(immutableCache);
		expect(headersForPath(rules, '/pagefind/pagefind-entry.json')['Cache-Control']).toBe(
			searchIndexCache,
		);
		expect(headersForPath(rules, '/')['Cache-Control']).toBe(revalidateCache);
		expect(headersForPath(rules, '/coding/heaps/')['Cache-Control']).toBe(revalidateCache);
		expect(headersForPath(rules, '/404.html')['Cache-Control']).toBe(revalidateCache);
	});

	it('does not publish the _headers file itself as a rule', () => {
		expect(rules.map((rule) => rule.pattern)).not.toContain('/_headers');
	});

	it('prefixes every pattern with the base path', () => {
		const based = headerRules('/handbook/', 'x', topLevel);
		expect(based.every((rule) => rule.pattern.startsWith('/handbook/'))).toBe(true);
		expect(headersForPath(based, '/handbook/_astro/a.js')['Cache-Control']).toBe(immutableCache);
	});

	it('reports a header line outside any rule', () => {
		expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/outside a rule/);
	});
});
