import { createHash } from 'node:crypto';

/** Script types the browser runs; others (JSON, JSON-LD, templates) need no CSP source. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The CSP source (`'sha256-...'`) of every inline `<script>` in a page that the browser would run,
 * in document order, duplicates removed. External scripts (`src=`) are left to `'self'`.
 */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = match[1] ?? '';
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
		if (!executableTypes.has(type)) continue;
		const digest = createHash('sha256')
			.update(match[2] ?? '', 'utf8')
			.digest('base64');
		hashes.add(`'sha256-${digest}'`);
	}
	return [...hashes];
}
