/** Where the print edition lives, under the base path. */
export const printEditionPath = 'print/';

/**
 * True while the print edition renders: components that show a page's own extras (its Practice
 * block) stand aside there, because the edition adds them per chapter itself. Decided from the
 * URL because chapters render before Starlight's route data exists for the print page.
 * @param pathname the URL path being rendered; @param base the site's base path
 */
export function isPrintEdition(pathname: string, base: string): boolean {
	return (
		pathname === `${base}${printEditionPath}` ||
		pathname === `${base}${printEditionPath.slice(0, -1)}`
	);
}
