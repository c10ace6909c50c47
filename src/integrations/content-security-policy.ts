/**
 * The handbook's Content-Security-Policy. Scripts: our own files, plus the exact inline scripts
 * the build emitted (by hash), plus WebAssembly compilation for Pagefind's search index. Styles
 * need 'unsafe-inline': Expressive Code colors every code token with a `style` attribute, and
 * hashes cannot allow style attributes without also listing every one of them.
 * @param scriptHashes CSP hash sources such as `'sha256-...'`
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		['script-src', "'self'", "'wasm-unsafe-eval'", ...[...scriptHashes].sort()],
		['style-src', "'self'", "'unsafe-inline'"],
		['img-src', "'self'", 'data:'],
		// The mock interview plays back the candidate's own recordings from in-memory blob: URLs.
		['media-src', "'self'", 'blob:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
		['frame-ancestors', "'none'"],
	];
	return directives.map((parts) => parts.join(' ')).join('; ');
}
