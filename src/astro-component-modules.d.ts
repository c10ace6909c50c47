// TypeScript on its own cannot open an `.astro` file, so typed lint rules saw a component imported
// into a unit test (rendered there with Astro's container API) as an error type. `astro check`
// resolves the real component and never uses this fallback.
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

	const Component: AstroComponentFactory;
	export default Component;
}
