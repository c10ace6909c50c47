import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Decodes the few entities Astro writes in text. */
export function decodeEntities(text: string): string {
	return text
		.replaceAll('&amp;', '&')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replace(/&#x([0-9a-f]+);/gi, (_all, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** The text of a built page's `<h1>`, decoded; empty when it has none. */
export function builtPageTitle(dir: string, page: string): string {
	const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
	return decodeEntities(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim() ?? '');
}
