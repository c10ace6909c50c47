import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The text of robots.txt: every crawler welcome, and the sitemap's absolute URL when the site's
 * origin is known (a sitemap entry must be absolute, so without `SITE_URL` there is none).
 * @param site origin such as `https://you.github.io`, or undefined
 * @param base base path with leading and trailing slash
 */
export function robotsTxt(site: string | undefined, base: string): string {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${new URL(`${base}sitemap-index.xml`, site).href}`);
	return `${lines.join('\n')}\n`;
}

/** Writes `robots.txt` into the build output, pointing at the sitemap Starlight generates. */
export function robotsTxtIntegration(): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	return {
		name: 'handbook:robots-txt',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(join(fileURLToPath(dir), 'robots.txt'), robotsTxt(site, base));
			},
		},
	};
}
