/**
 * The environment for an `astro build` started from a test or a script: a production build whatever
 * the caller's NODE_ENV, with plain, uncolored output that a test can match against.
 */
export function productionBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		NODE_ENV: 'production',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
		...extra,
	};
}
