/** Variables Vitest puts in process.env (its import.meta.env) that leak into a child build. */
const vitestVariables = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST'];

/**
 * The environment for an `astro build` started from a test. Vitest sets NODE_ENV=test, DEV=1 and
 * BASE_URL=/ in process.env; a child build would inherit them and come out as a development site
 * at the wrong base (no search dialog, root-relative favicon). They are removed here.
 */
export function productionBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		NODE_ENV: 'production',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
		...extra,
	};
	for (const key of Object.keys(env)) {
		if (key.startsWith('VITEST') || vitestVariables.includes(key)) delete env[key];
	}
	return env;
}
