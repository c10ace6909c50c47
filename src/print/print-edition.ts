/** Where the print editions live, under the base path: the whole handbook here, a section below. */
export const printEditionPath = 'print/';

/**
 * The URL of a print edition: the whole handbook's, or one section's (`<base>print/databases/`).
 * @param base the site's base path, ending in `/`; @param section a reader's section folder
 */
export function printEditionHref(base: string, section?: string): string {
	return `${base}${printEditionPath}${section ? `${section}/` : ''}`;
}

/**
 * True while a print edition renders (the whole handbook or one section): components that show a
 * page's own extras (its Practice block) stand aside there, because the edition adds them per
 * chapter itself. Decided from the URL because chapters render before Starlight's route data
 * exists for the print page.
 * @param pathname the URL path being rendered; @param base the site's base path
 */
export function isPrintEdition(pathname: string, base: string): boolean {
	const root = `${base.endsWith('/') ? base : `${base}/`}${printEditionPath}`;
	return pathname === root.slice(0, -1) || pathname.startsWith(root);
}
