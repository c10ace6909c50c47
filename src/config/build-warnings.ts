/** A bundler warning as Vite hands it to `build.rolldownOptions.onwarn`. */
export interface BundlerWarning {
	code?: string;
	message: string;
}

/**
 * True for a warning that is known noise: Astro marks every MDX module with the directive
 * `"use astro:head-inject"`, and the bundler warns once per page that it may not keep it. Astro
 * reads the marker before bundling, so the warning says nothing a contributor can act on.
 */
export function isKnownBuildNoise(warning: BundlerWarning): boolean {
	return (
		warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')
	);
}

/** `build.rolldownOptions.onwarn`: drops the known noise and passes every other warning on. */
export function quietKnownBuildNoise(
	warning: BundlerWarning,
	warn: (warning: BundlerWarning) => void,
): void {
	if (!isKnownBuildNoise(warning)) warn(warning);
}
