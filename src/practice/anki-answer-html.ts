/**
 * A model answer's HTML as an Anki card can hold it. The site's answer HTML comes with what a
 * page needs and a card must not carry: Expressive Code wraps each code block in its own
 * stylesheet link, script and copy button. Code blocks become plain `<pre><code>` text, links to
 * the site become absolute when its URL is known, and the result goes through hast-util-sanitize's
 * default (GitHub-style) allowlist, which drops scripts, styles, event handlers and
 * `javascript:` URLs (plus the text of `<style>` elements, which the default keeps).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';

/** True for an element whose class list holds `name`. */
function hasClass(node: Element, name: string): boolean {
	const classes = node.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
}

function findElement(node: Element, tagName: string): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === tagName) return child;
		const found = findElement(child, tagName);
		if (found) return found;
	}
	return undefined;
}

/** A plain code block holding the text of an Expressive Code block, one line per source line. */
function plainCodeBlock(block: Element): Element {
	const pre = findElement(block, 'pre');
	const text = pre ? toText(pre).replace(/\n+$/, '') : toText(block);
	return {
		type: 'element',
		tagName: 'pre',
		properties: {},
		children: [
			{
				type: 'element',
				tagName: 'code',
				properties: {},
				children: [{ type: 'text', value: text }],
			},
		],
	};
}

function rewrite<N extends Root | Element>(node: N, siteUrl: string | undefined): void {
	node.children = node.children.map((child: RootContent | ElementContent) => {
		if (child.type !== 'element') return child;
		if (hasClass(child, 'expressive-code')) return plainCodeBlock(child);
		const href = child.properties['href'];
		if (siteUrl && child.tagName === 'a' && typeof href === 'string' && href.startsWith('/')) {
			child.properties['href'] = new URL(href, siteUrl).href;
		}
		rewrite(child, siteUrl);
		return child;
	});
}

/** The default allowlist, also dropping the text of `<style>` (the default keeps it as text). */
const cardSchema: Schema = {
	...defaultSchema,
	strip: [...(defaultSchema.strip ?? []), 'style'],
};

/**
 * The answer HTML for an Anki card: plain code blocks, site links absolute when `siteUrl` (the
 * site's origin and path, e.g. `https://handbook.example.com`) is given, and nothing outside the
 * sanitizer's allowlist.
 */
export function ankiAnswerHtml(html: string, siteUrl?: string): string {
	const tree = fromHtml(html, { fragment: true });
	rewrite(tree, siteUrl);
	return toHtml(sanitize(tree, cardSchema));
}
