import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Which configuration a generated site is built with. */
export type SiteFlavour = 'ours' | 'stock';

/** Pages per sidebar section, so the sidebar grows the way the handbook's does. */
const pagesPerSection = 25;

/** One generated page: prose, a flowchart, a sequence diagram and two code blocks. */
function pageText(index: number): string {
	return `---
title: Generated topic ${index}
description: A generated page with diagrams and code, number ${index}.
---

## How requests flow

Page ${index} explains a service that accepts a request, checks a cache and falls back to a
database. The numbers worth knowing are the cache hit rate and the tail latency of the store.

\`\`\`mermaid
flowchart LR
  accTitle: Request path of service ${index}
  accDescr: A client calls the API, which reads the cache and falls back to the database on a miss.
  Client --> API
  API --> Cache{Cache hit?}
  Cache -->|yes| Reply
  Cache -->|no| DB[(Database)]
  DB --> Reply
\`\`\`

## The exchange

\`\`\`mermaid
sequenceDiagram
  accTitle: Write path of service ${index}
  accDescr: The client writes through the API, which stores the row and then invalidates the cache.
  participant C as Client
  participant A as API
  participant D as Database
  C->>A: PUT /items/${index}
  A->>D: UPDATE items
  D-->>A: ok
  A-->>C: 200 OK
\`\`\`

## Code

\`\`\`ts
export function cacheKey(id: number): string {
	return \`item:\${id}:v${index}\`;
}
\`\`\`

\`\`\`sql
SELECT id, name, updated_at FROM items WHERE id = ${index} FOR UPDATE;
\`\`\`

A strong answer names the failure modes: a stale cache after a failed invalidation, a thundering
herd on a hot key, and a slow replica serving old rows.
`;
}

/** The handbook's configuration, pointed at the project's own plugins, styles and overrides. */
function oursConfig(projectRoot: string, sections: string[]): string {
	const src = (path: string): string => JSON.stringify(join(projectRoot, path));
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { diagramErrorsIntegration, handbookMarkdownProcessor } from ${src('src/config/handbook-markdown.ts')};
export default defineConfig({
	trailingSlash: 'always',
	markdown: { processor: handbookMarkdownProcessor('/') },
	integrations: [diagramErrorsIntegration(), starlight({
		title: 'Generated handbook',
		lastUpdated: true,
		customCss: [${src('src/styles/theme.css')}, ${src('src/styles/diagrams.css')}],
		routeMiddleware: ${src('src/route-middleware.ts')},
		components: {
			Search: ${src('src/components/starlight/Search.astro')},
			MarkdownContent: ${src('src/components/starlight/MarkdownContent.astro')},
		},
		sidebar: ${JSON.stringify(sections.map((s) => ({ label: s, items: [{ autogenerate: { directory: s } }] })))},
		plugins: [starlightLinksValidator({ errorOnRelativeLinks: true })],
	})],
});
`;
}

/** Plain Starlight: default Markdown, so Mermaid fences stay code blocks. */
function stockConfig(sections: string[]): string {
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [starlight({
		title: 'Generated handbook',
		sidebar: ${JSON.stringify(sections.map((s) => ({ label: s, items: [{ autogenerate: { directory: s } }] })))},
	})],
});
`;
}

const stockContentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes a site of `pages` generated pages (plus a home page) under `root`, which must lie inside
 * the project so the site resolves the project's node_modules. Returns the root.
 */
export function writeGeneratedSite(
	projectRoot: string,
	root: string,
	pages: number,
	flavour: SiteFlavour,
): string {
	rmSync(root, { recursive: true, force: true });
	const sections = Array.from(
		{ length: Math.ceil(pages / pagesPerSection) },
		(_, i) => `section-${i + 1}`,
	);
	const files: Record<string, string> = {
		'astro.config.mjs':
			flavour === 'ours' ? oursConfig(projectRoot, sections) : stockConfig(sections),
		'src/content.config.ts':
			flavour === 'ours'
				? `export { collections } from ${JSON.stringify(join(projectRoot, 'src/content.config.ts'))};\n`
				: stockContentConfig,
		'src/content/docs/index.md':
			'---\ntitle: Generated handbook\ndescription: The home page of a generated site.\n---\n\nHome.\n',
	};
	if (flavour === 'ours') {
		files['src/content/questions/generated/q.md'] =
			'---\nquestion: "What does a generated site measure?"\nkind: concept\ntopics: [bench]\nlevels: [L4]\npages: [index]\n---\nHow the build scales with pages.\n';
	}
	for (let i = 1; i <= pages; i++) {
		files[`src/content/docs/${sections[Math.floor((i - 1) / pagesPerSection)]}/topic-${i}.mdx`] =
			pageText(i);
	}
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
