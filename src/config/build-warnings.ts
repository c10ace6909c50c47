/** A bundler warning as Vite hands it to `build.rolldownOptions.onwarn`. */
export interface BundlerWarning {
	code?: string;
	message: string;
	/** The module the warning is about, when the bundler knows it. */
	id?: string;
	/** The plugin that raised it, when one did. */
	plugin?: string;
}

const pglite = '/node_modules/@electric-sql/pglite/';

/**
 * True for a warning that is known noise, none of which a contributor can act on:
 * - Astro marks every MDX module with the directive `"use astro:head-inject"`, and the bundler
 *   warns once per page that it may not keep it; Astro reads the marker before bundling.
 * - PGlite's bundle (the SQL exercises' worker) holds Emscripten's Node code path, which imports
 *   `node:module` and calls `eval`; the browser never takes that path, and the site's CSP forbids
 *   `eval` anyway (the SQL exercise tests run under it).
 * - The bundler's PLUGIN_TIMINGS advisory, printed when plugins take much of a build's time: on a
 *   busy machine it appears on most builds, and the plugins are Astro's and Starlight's.
 */
export function isKnownBuildNoise(warning: BundlerWarning): boolean {
	if (warning.code === 'MODULE_LEVEL_DIRECTIVE')
		return warning.message.includes('use astro:head-inject');
	if (warning.code === 'PLUGIN_TIMINGS') return true;
	if (warning.code === 'EVAL') return warning.id?.includes(pglite) ?? false;
	return (
		warning.plugin === 'rolldown:vite-resolve' &&
		warning.message.includes('"node:module" has been externalized for browser compatibility') &&
		warning.message.includes(pglite)
	);
}

/** `build.rolldownOptions.onwarn`: drops the known noise and passes every other warning on. */
export function quietKnownBuildNoise(
	warning: BundlerWarning,
	warn: (warning: BundlerWarning) => void,
): void {
	if (!isKnownBuildNoise(warning)) warn(warning);
}
