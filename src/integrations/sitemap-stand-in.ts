import type { AstroIntegration } from 'astro';

/**
 * Takes the place of @astrojs/sitemap in a build without SITE_URL. A sitemap is a list of absolute
 * URLs, so without an origin the real integration can only warn that it is skipping; and Starlight
 * adds one of its own unless an integration of that name is present. With SITE_URL set,
 * astro.config.mjs declares the real one instead.
 */
export function sitemapStandInIntegration(): AstroIntegration {
	return { name: '@astrojs/sitemap', hooks: {} };
}
