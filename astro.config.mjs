// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import { siteOptionsFromEnv } from './src/config/site-options.ts';
import {
	diagramErrorsIntegration,
	handbookMarkdownProcessor,
} from './src/config/handbook-markdown.ts';
import { llmsTxtOptions } from './src/config/llms-txt.ts';
import { handbookSections, sidebarSections } from './src/config/sections.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { robotsTxtIntegration } from './src/integrations/robots-txt.ts';
import { mermaidBrowserBundleIntegration } from './src/integrations/mermaid-browser-bundle.ts';
import { sitemapStandInIntegration } from './src/integrations/sitemap-stand-in.ts';
import { quietKnownBuildNoise } from './src/config/build-warnings.ts';
import { isInSitemap } from './src/print/sitemap-filter.ts';
import { contentErrorsInDev } from './scripts/content-lint/dev-overlay.ts';
import { searchRanking } from './src/config/search-ranking.ts';

const { site, base, repositoryUrl, llmsTxt } = siteOptionsFromEnv(process.env);

export default defineConfig({
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	markdown: {
		processor: handbookMarkdownProcessor(base),
	},
	// One bundler warning per MDX page about Astro's own marker says nothing actionable; the rest pass.
	vite: {
		// The SQL exercises' worker imports PGlite, which loads its WebAssembly with dynamic imports
		// and `new URL(..., import.meta.url)`: that needs an ES module worker, and Vite must not
		// pre-bundle PGlite in development or the URLs point nowhere.
		worker: { format: 'es' },
		optimizeDeps: { exclude: ['@electric-sql/pglite'] },
		build: {
			rolldownOptions: { onwarn: quietKnownBuildNoise },
			// Vite warns about any chunk over 500 kB. The only ones are Mermaid's own lazily loaded code
			// (its ELK layout engine, 1.5 MB, and the 0.6 MB grammar runtime its parsers share), fetched
			// only on a page with a diagram drawn in the browser; what a reader downloads is held by the
			// page-weight budgets (tests/e2e/budgets.test.ts), so the warning would repeat every build.
			chunkSizeWarningLimit: 1600,
		},
		resolve: {
			// Starlight's search imports the Pagefind UI when the browser is first idle; this stand-in
			// loads it only when the reader shows intent to search (src/components/starlight/Search.astro).
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(
						new URL('./src/client/search/deferred-pagefind-ui.ts', import.meta.url),
					),
				},
			],
		},
	},
	integrations: [
		diagramErrorsIntegration(),
		// In `npm run dev` only: content-lint problems in the browser's error overlay.
		contentErrorsInDev(),
		// Mermaid's browser build for the diagrams drawn in the browser, copied rather than bundled.
		mermaidBrowserBundleIntegration(),
		starlight({
			title: 'Backend Interview Handbook',
			description:
				'A deep, searchable handbook for backend engineering interviews: the 2026 market, company loops, coding, API design, databases and system design.',
			favicon: '/favicon.svg',
			lastUpdated: true,
			// The site has no preview image, so link previews use the small card.
			head: [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } }],
			...(repositoryUrl ? { editLink: { baseUrl: `${repositoryUrl}/edit/main/` } } : {}),
			customCss: [
				'./src/styles/theme.css',
				'./src/styles/diagrams.css',
				'./src/styles/data-table.css',
				'./src/styles/wide-tables.css',
				'./src/styles/print.css',
				'./src/styles/two-column-layout.css',
			],
			routeMiddleware: './src/route-middleware.ts',
			// Pages' `searchTerms` rank as high as their titles (src/config/search-ranking.ts).
			pagefind: { ranking: searchRanking },
			// src/pages/404.astro is the 404 page; Starlight's own route would collide with it.
			disable404Route: true,
			components: {
				Search: './src/components/starlight/Search.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Footer: './src/components/starlight/Footer.astro',
			},
			// Every group starts closed except the one holding the current page, which Starlight opens
			// (SidebarSublist: open when the group has the current page or is not collapsed), so the
			// sidebar stays one screen of section names however many pages the sections grow. The
			// contributor guide is not a reader's section: the footer links it instead.
			sidebar: sidebarSections.map((section) => ({
				label: section.label,
				collapsed: true,
				items: [{ autogenerate: { directory: section.directory } }],
			})),
			plugins: [
				starlightLinksValidator({ errorOnRelativeLinks: true }),
				// llms.txt and its full-text files link with absolute URLs, so the plugin needs `site`: they
				// are published when SITE_URL is set, as the sitemap is, unless LLMS_TXT=off (a build that
				// does not need them, such as a preview deploy; src/config/site-options.ts).
				...(llmsTxt ? [starlightLlmsTxt(llmsTxtOptions(handbookSections))] : []),
			],
		}),
		// Declared here, so Starlight does not add its own, to leave the noindex print edition out.
		// A sitemap lists absolute URLs, so without SITE_URL a stand-in of the same name takes its
		// place: neither this one nor Starlight's is left to warn that it is skipping.
		site ? sitemap({ filter: (page) => isInSitemap(page, base) }) : sitemapStandInIntegration(),
		robotsTxtIntegration(),
		// Last, so it hashes the inline scripts of the final HTML.
		securityHeadersIntegration(),
	],
});
