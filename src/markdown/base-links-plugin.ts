import type { MdastPluginEntry } from 'satteri';

/**
 * Prefixes root-absolute links written in content (`/api-design/pagination/`) with the site's
 * base path, so the same Markdown works at the root of a domain and under `/handbook/`.
 */
export function baseLinksPlugin({ base }: { base: string }): MdastPluginEntry {
	if (base === '/') return null;
	const withBase = (url: string): string =>
		url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)
			? base + url.slice(1)
			: url;
	return {
		name: 'handbook-base-links',
		link(node, ctx) {
			const url = withBase(node.url);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
		// Components such as <LinkCard href="/coding/" /> carry links as JSX attributes.
		mdxJsxFlowElement(node) {
			const attributes = node.attributes.map((attribute) =>
				attribute.type === 'mdxJsxAttribute' &&
				attribute.name === 'href' &&
				typeof attribute.value === 'string'
					? { ...attribute, value: withBase(attribute.value) }
					: attribute,
			);
			if (attributes.every((attribute, i) => attribute === node.attributes[i])) return;
			// Attributes cannot be set in place, so the element is rebuilt around its children.
			return {
				type: 'mdxJsxFlowElement',
				name: node.name,
				attributes,
				children: [...node.children],
			};
		},
	};
}
