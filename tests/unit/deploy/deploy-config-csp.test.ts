import { describe, expect, it } from 'vitest';
import {
	cspInNginx,
	cspInVercel,
	withCspInNginx,
	withCspInVercel,
} from '../../../src/deploy/deploy-config-csp.ts';

describe('the policy in committed host configurations', () => {
	it('is read from and replaced in an nginx server block', () => {
		const conf = 'server {\n\tadd_header Content-Security-Policy "old" always;\n}\n';
		expect(cspInNginx(conf)).toBe('old');
		const updated = withCspInNginx(conf, "default-src 'self'");
		expect(cspInNginx(updated)).toBe("default-src 'self'");
		expect(updated).toContain('server {');
		expect(() => withCspInNginx('server {}', 'x')).toThrow(/deploy\/nginx\.conf/);
	});

	it('is read from and replaced in vercel.json, other headers kept', () => {
		const json = JSON.stringify({
			headers: [
				{
					source: '/(.*)',
					headers: [
						{ key: 'X-A', value: '1' },
						{ key: 'Content-Security-Policy', value: 'old' },
					],
				},
			],
		});
		expect(cspInVercel(json)).toBe('old');
		const updated = withCspInVercel(json, 'new');
		expect(cspInVercel(updated)).toBe('new');
		expect(updated).toContain('"X-A"');
		expect(() => withCspInVercel('{}', 'x')).toThrow(/vercel\.json/);
	});
});
