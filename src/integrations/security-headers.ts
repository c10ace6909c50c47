import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { headerRules, renderHeadersFile } from './headers-file.ts';
import { inlineScriptHashes } from './inline-script-hashes.ts';

/** Every `.html` file under a folder, recursively. */
function htmlFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes `dist/_headers` after the build: a Content-Security-Policy that allows exactly the
 * inline scripts the built pages contain (by SHA-256 hash), the usual security headers, and
 * cache lifetimes per folder. Netlify and Cloudflare Pages read the file as it is; the other
 * hosts' recipes in DEPLOYING.md copy the policy from it.
 */
export function securityHeadersIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'handbook:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const hashes = new Set<string>();
				const pages = htmlFiles(outDir);
				for (const file of pages) {
					for (const hash of inlineScriptHashes(readFileSync(file, 'utf8'))) hashes.add(hash);
				}
				const entries = readdirSync(outDir, { withFileTypes: true });
				const rules = headerRules(base, contentSecurityPolicy([...hashes]), {
					files: entries.filter((entry) => entry.isFile()).map((entry) => entry.name),
					folders: entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
				});
				writeFileSync(join(outDir, '_headers'), renderHeadersFile(rules));
				logger.info(
					`_headers written: ${hashes.size} inline script hashes from ${pages.length} pages.`,
				);
			},
		},
	};
}
