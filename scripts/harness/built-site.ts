import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isPrintEdition } from '../../src/print/print-edition.ts';

/** Where `npm run build` writes the site: what `npm run pdf`, the bench and the measures serve. */
export const distDir = join(process.cwd(), 'dist');

/**
 * The build the browser tests check, which `npm run build:test` writes (scripts/build-test-site.ts):
 * the whole handbook as a project site, https://example.github.io/handbook/. A path under the root
 * of its domain is the stricter case: a URL that forgets the base path breaks here, where it would
 * pass at the root. With SITE_URL set, the build also writes what only a deploy has: canonical
 * URLs, the sitemap, robots.txt and the llms.txt files. The root itself is built by the small
 * fixture handbook (tests/e2e/builds/small-handbook.test.ts) and by every `npm run build`.
 */
export const testBuild = {
	dir: join(process.cwd(), 'dist-test'),
	base: '/handbook/',
	siteUrl: 'https://example.github.io',
} as const;

/** Fails with an instruction when the site has not been built. */
export function requireBuiltSite(dir: string): void {
	if (!existsSync(join(dir, 'index.html'))) {
		const command = dir === testBuild.dir ? 'npm run build:test' : 'npm run build';
		throw new Error(
			`No built site in ${dir}. Run \`${command}\` first (npm test does it for you).`,
		);
	}
}

/** Every page of a built site as a path under the site root, e.g. `api-design/pagination/`. */
export function listBuiltPages(dir: string): string[] {
	const pages: string[] = [];
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(path);
			} else if (name === 'index.html') {
				pages.push(relative(dir, folder).split(sep).join('/') + (folder === dir ? '' : '/'));
			}
		}
	};
	walk(dir);
	return pages.sort();
}

/**
 * True for a print edition among the built pages (`print/`, `print/databases/`): they repeat other
 * pages for paper, so checks that visit every page once leave them out.
 * @param path a page path as {@link listBuiltPages} gives it
 */
export function isPrintEditionPage(path: string): boolean {
	return isPrintEdition(`/${path}`, '/');
}
