import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isPrintEdition } from '../../src/print/print-edition.ts';

/** Where `astro build` writes the site: what the browser tests, `npm run pdf` and the bench serve. */
export const distDir = join(process.cwd(), 'dist');

/** Fails with an instruction when the site has not been built. */
export function requireBuiltSite(dir = distDir): void {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(
			`No built site in ${dir}. Run \`npm run build\` first (npm test does it for you).`,
		);
	}
}

/** Every page of a built site as a path under the site root, e.g. `api-design/pagination/`. */
export function listBuiltPages(dir = distDir): string[] {
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
