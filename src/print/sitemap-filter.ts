import { isPrintEdition } from './print-edition.ts';

/**
 * Whether a page belongs in the sitemap: every page but the print editions (the whole handbook
 * and each section's), which repeat other pages and are marked noindex. Passed as `filter` to
 * @astrojs/sitemap.
 * @param pageUrl the absolute URL the integration offers; @param base the site's base path
 */
export function isInSitemap(pageUrl: string, base: string): boolean {
	return !isPrintEdition(new URL(pageUrl).pathname, base);
}
