import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersForPath, parseHeadersFile } from '../../../src/integrations/headers-file.ts';
import { testBuild } from '../../../scripts/harness/built-site.ts';

/**
 * The headers the build's `_headers` file gives each path, as Netlify or Cloudflare Pages would
 * send them, for serveStatic().
 */
export function headersFromBuild(
	dir: string = testBuild.dir,
): (pathname: string) => Record<string, string> {
	const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
	return (pathname) => headersForPath(rules, pathname);
}

/** The Content-Security-Policy the build wrote into `_headers` for its home page, at `base`. */
export function builtContentSecurityPolicy(
	dir: string = testBuild.dir,
	base: string = testBuild.base,
): string {
	const csp = headersFromBuild(dir)(base)['Content-Security-Policy'];
	if (!csp) throw new Error(`${join(dir, '_headers')} has no Content-Security-Policy for ${base}.`);
	return csp;
}
