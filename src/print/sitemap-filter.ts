import { printEditionPath } from './print-edition.ts';

/**
 * Whether a page belongs in the sitemap: every page but the print edition, which repeats the whole
 * handbook on one page and is marked noindex. Passed as `filter` to @astrojs/sitemap.
 * @param pageUrl the absolute URL the integration offers; @param base the site's base path
 */
export function isInSitemap(pageUrl: string, base: string): boolean {
	const path = new URL(pageUrl).pathname;
	const print = `${base.endsWith('/') ? base : `${base}/`}${printEditionPath}`;
	return path !== print && path !== print.slice(0, -1);
}
