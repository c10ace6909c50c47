// @ts-check
// Expressive Code options that are not plain data (plugins) live here, not in astro.config.mjs, so
// that Starlight's <Code> component, which <SourceCode> renders with, uses them too.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginCollapsibleSections } from '@expressive-code/plugin-collapsible-sections';
import { pluginWholeFileToggle } from './src/expressive-code/whole-file-toggle.ts';

export default defineEcConfig({
	// The labelling plugin reads the folds the collapsible-sections plugin has drawn, so it comes after.
	plugins: [pluginCollapsibleSections(), pluginWholeFileToggle()],
	styleOverrides: {
		// A taller row than a code line: the fold's control is a comfortable touch target on a phone.
		collapsibleSections: { closedPaddingBlock: '0.5rem' },
	},
});
