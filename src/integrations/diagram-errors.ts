import type { AstroIntegration } from 'astro';
import { diagramErrors } from '../markdown/mermaid-figure-plugin.ts';

/**
 * Astro integration that fails the build when any Mermaid diagram failed to render. The Markdown
 * plugin records each error with its `file:line` (Astro's content loader only logs a failed
 * render); this lists them all once the build is done.
 * @param errors the list the plugin records into; a test passes its own
 */
export function diagramErrorsIntegration(
	errors: readonly string[] = diagramErrors,
): AstroIntegration {
	return {
		name: 'handbook-diagram-errors',
		hooks: {
			'astro:build:done': () => {
				if (errors.length > 0) {
					throw new Error(
						`${errors.length} diagram(s) could not be rendered:\n${errors.join('\n')}`,
					);
				}
			},
		},
	};
}
