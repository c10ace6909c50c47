import { describe, it, expect } from 'vitest';
import {
	hostOf,
	normalizePercentEncoding,
	normalizeUrl,
} from '../../../../src/reference/crawler/normalize-url.ts';

describe('normalizeUrl', () => {
	it('treats the case of scheme and host as irrelevant, but not the case of the path', () => {
		expect(normalizeUrl('HTTP://Example.COM/Docs')).toBe('http://example.com/Docs');
		expect(normalizeUrl('http://example.com/docs')).not.toBe(
			normalizeUrl('http://example.com/Docs'),
		);
	});

	it('drops default ports and keeps the others', () => {
		expect(normalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
		expect(normalizeUrl('https://example.com:443/a')).toBe('https://example.com/a');
		expect(normalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
		// 443 is only the default for https.
		expect(normalizeUrl('http://example.com:443/a')).toBe('http://example.com:443/a');
	});

	it('removes the fragment and a lone question mark', () => {
		expect(normalizeUrl('https://example.com/page#section-2')).toBe('https://example.com/page');
		expect(normalizeUrl('https://example.com/page?')).toBe('https://example.com/page');
		expect(normalizeUrl('https://example.com/page?#top')).toBe('https://example.com/page');
	});

	it('removes dot segments, including percent-encoded dots', () => {
		expect(normalizeUrl('http://example.com/a/./b/../c')).toBe('http://example.com/a/c');
		expect(normalizeUrl('http://example.com/a/%2e%2E/c')).toBe('http://example.com/c');
		expect(normalizeUrl('http://example.com/../../x')).toBe('http://example.com/x');
	});

	it('adds the root path and resolves relative links against the page they came from', () => {
		expect(normalizeUrl('http://example.com')).toBe('http://example.com/');
		expect(normalizeUrl('../img/logo.png', 'https://example.com/blog/post/')).toBe(
			'https://example.com/blog/img/logo.png',
		);
		expect(normalizeUrl('//cdn.example.com/x', 'https://example.com/')).toBe(
			'https://cdn.example.com/x',
		);
	});

	it('decodes unreserved escapes and upper-cases the rest, in path and query', () => {
		expect(normalizeUrl('http://example.com/%7euser/a%2fb?q=%41%3d')).toBe(
			'http://example.com/~user/a%2Fb?q=A%3D',
		);
		expect(normalizePercentEncoding('%2d%5F%2e%7E')).toBe('-_.~');
	});

	it('keeps query parameter order, because sites may treat it as meaningful', () => {
		expect(normalizeUrl('http://example.com/?a=1&b=2')).not.toBe(
			normalizeUrl('http://example.com/?b=2&a=1'),
		);
	});

	it('rejects schemes a web crawler does not fetch and text that is not a URL', () => {
		expect(normalizeUrl('mailto:someone@example.com')).toBeUndefined();
		expect(normalizeUrl('javascript:void(0)')).toBeUndefined();
		expect(normalizeUrl('ftp://example.com/file')).toBeUndefined();
		expect(normalizeUrl('not a url')).toBeUndefined();
	});

	it('keys politeness by host and non-default port', () => {
		expect(hostOf('http://example.com:8080/a')).toBe('example.com:8080');
		expect(hostOf(normalizeUrl('HTTPS://Example.com:443/') ?? '')).toBe('example.com');
	});
});
