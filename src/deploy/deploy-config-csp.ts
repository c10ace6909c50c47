// The Content-Security-Policy as written into the committed host configurations (deploy/nginx.conf
// and vercel.json), which cannot read dist/_headers; `npm run csp -- --write` keeps them in step.

const nginxPattern = /(add_header Content-Security-Policy ")([^"]*)(" always;)/;

/** Files, relative to the project root, that carry a copy of the policy. */
export const deployConfigFiles = { nginx: 'deploy/nginx.conf', vercel: 'vercel.json' } as const;

/** The policy in an nginx config, or undefined when it has none. */
export function cspInNginx(conf: string): string | undefined {
	return nginxPattern.exec(conf)?.[2];
}

/** The nginx config with its policy replaced. @throws when the config has no policy line */
export function withCspInNginx(conf: string, csp: string): string {
	if (!nginxPattern.test(conf))
		throw new Error(
			`${deployConfigFiles.nginx}: no \`add_header Content-Security-Policy "..." always;\` line to update.`,
		);
	return conf.replace(
		nginxPattern,
		(_all, start: string, _old: string, end: string) => `${start}${csp}${end}`,
	);
}

interface VercelHeader {
	key: string;
	value: string;
}
interface VercelConfig {
	headers?: { source: string; headers: VercelHeader[] }[];
}

function cspHeader(config: VercelConfig): VercelHeader | undefined {
	return config.headers
		?.flatMap((rule) => rule.headers)
		.find((header) => header.key === 'Content-Security-Policy');
}

/** The policy in vercel.json's text, or undefined when it has none. */
export function cspInVercel(json: string): string | undefined {
	return cspHeader(JSON.parse(json) as VercelConfig)?.value;
}

/** vercel.json's text with its policy replaced. @throws when it has no policy header */
export function withCspInVercel(json: string, csp: string): string {
	const config = JSON.parse(json) as VercelConfig;
	const header = cspHeader(config);
	if (!header)
		throw new Error(`${deployConfigFiles.vercel}: no Content-Security-Policy header to update.`);
	header.value = csp;
	return `${JSON.stringify(config, null, '\t')}\n`;
}
