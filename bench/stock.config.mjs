// @ts-check
// The handbook's content built with stock Starlight, for `npm run bench` to compare against: same
// title and sidebar, default Markdown (Mermaid fences stay code blocks), no overrides, no custom CSS.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebarSections } from '../src/config/sections.ts';

export default defineConfig({
	outDir: './dist-stock',
	// Its own cache, so a stock build never reuses or replaces the handbook build's rendered pages.
	cacheDir: './node_modules/.astro-stock',
	integrations: [
		starlight({
			title: 'Backend Interview Handbook',
			sidebar: sidebarSections.map((section) => ({
				label: section.label,
				items: [{ autogenerate: { directory: section.directory } }],
			})),
		}),
	],
});
