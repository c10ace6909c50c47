import type { AstroIntegration } from 'astro';
import {
	cpSync,
	createReadStream,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Mermaid's own browser build, served as static files for the few diagrams the build cannot draw
 * (src/client/mermaid-fallback.ts imports it by URL when a page has one). Bundling the package
 * with the site instead cost every build about 4.7 s, a third of a 100-page build, for one page.
 * The files sit under /_astro/, in a folder named by the version, so the deploy recipes' immutable
 * caching holds and an upgrade changes the URL.
 */

const require = createRequire(import.meta.url);

/** The installed mermaid's `dist` folder and version. */
export function mermaidDist(): { dir: string; version: string } {
	const packageJson = require.resolve('mermaid/package.json');
	const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
	return { dir: join(dirname(packageJson), 'dist'), version };
}

/** Path of the browser module under the site's base, such as `_astro/mermaid-12.3.0/mermaid.esm.min.mjs`. */
export function mermaidModulePath(version: string): string {
	return `_astro/mermaid-${version}/mermaid.esm.min.mjs`;
}

/** The files the browser module needs, relative to mermaid's `dist`: the entry and its chunks. */
export function mermaidBrowserFiles(dist: string): string[] {
	const chunks = join('chunks', 'mermaid.esm.min');
	return [
		'mermaid.esm.min.mjs',
		...readdirSync(join(dist, chunks))
			.filter((name) => name.endsWith('.mjs'))
			.map((name) => join(chunks, name)),
	];
}

/** Copies the browser module and its chunks into the build output. */
export function copyMermaidBrowserFiles(outDir: string): number {
	const { dir, version } = mermaidDist();
	const target = join(outDir, dirname(mermaidModulePath(version)));
	const files = mermaidBrowserFiles(dir);
	for (const file of files) {
		mkdirSync(dirname(join(target, file)), { recursive: true });
		cpSync(join(dir, file), join(target, file));
	}
	return files.length;
}

export function mermaidBrowserBundleIntegration(): AstroIntegration {
	const { dir, version } = mermaidDist();
	let base = '/';
	return {
		name: 'handbook:mermaid-browser-bundle',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						define: { __MERMAID_MODULE_PATH__: JSON.stringify(mermaidModulePath(version)) },
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			// `npm run dev` serves the same files straight from node_modules.
			'astro:server:setup': ({ server }) => {
				const prefix = `${base}${dirname(mermaidModulePath(version))}/`;
				server.middlewares.use((request, response, next) => {
					const url = request.url?.split('?')[0] ?? '';
					if (!url.startsWith(prefix)) return next();
					const file = normalize(join(dir, url.slice(prefix.length)));
					if (!file.startsWith(dir + sep) || !file.endsWith('.mjs') || !existsSync(file))
						return next();
					response.setHeader('Content-Type', 'text/javascript');
					createReadStream(file).pipe(response);
				});
			},
			'astro:build:done': ({ dir: outDir, logger }) => {
				const count = copyMermaidBrowserFiles(fileURLToPath(outDir));
				logger.info(`mermaid ${version} browser module: ${count} files`);
			},
		},
	};
}
