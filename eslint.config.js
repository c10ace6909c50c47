// @ts-check
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// Build output, caches, measurements, and the pages themselves (`npm run lint:content` checks
	// the MDX and the question bank).
	globalIgnores([
		'**/node_modules/',
		'**/.astro/',
		'**/dist/',
		'**/dist-*/',
		'.starlight-links-validator/',
		'bench-results/',
		'.bench-sites/',
		'tests/fixtures/.build-*/',
		'src/content/docs/',
		'src/content/questions/',
	]),

	eslint.configs.recommended,

	// typescript-eslint's rules that use the type checker, with types from tsconfig.json.
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},

	// Astro components: frontmatter and template, plus the scripts inside `<script>` tags.
	astro.configs.recommended,
	{
		// astro-eslint-parser reads types through `project` (the nearest tsconfig.json), not the
		// project service.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { projectService: false, project: true } },
	},

	// The scripts inside `<script>` tags of .astro files are linted as virtual files the TypeScript
	// project does not know, so the rules that need types cannot run on them.
	{
		files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
		extends: [tseslint.configs.disableTypeChecked],
	},

	// Browser code.
	{
		files: ['src/client/**'],
		languageOptions: { globals: globals.browser },
	},
	// Node code: command-line tools, tests and configuration.
	{
		files: ['scripts/**', 'tests/**', 'bench/**', '*.{js,mjs,ts}'],
		languageOptions: { globals: globals.node },
	},

	{
		rules: {
			// A parameter named `_backend` is required by an interface and unused on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},

	// The teaching code stands alone: a reader can copy src/reference and run it with nothing else.
	...referenceImportRules(),
);

/**
 * `no-restricted-imports` for src/reference: only relative imports that stay inside it, and Node
 * built-ins. The rule sees the import string, not the file, so one block per folder depth says how
 * many `../` leave src/reference (the last block also covers deeper files, stricter than needed).
 * @returns {import('eslint').Linter.Config[]}
 */
function referenceImportRules() {
	const fix =
		'Move the code this file needs into src/reference, or move this file out of src/reference.';
	const notRelative = `src/reference imports other src/reference files by relative path and Node built-ins as \`node:*\`, nothing else. ${fix}`;
	const leaves = `This relative path leads out of src/reference, which imports only its own files and Node built-ins (\`node:*\`). ${fix}`;
	const depths = [
		{ files: 'src/reference/*', stepsOut: 1 },
		{ files: 'src/reference/*/*', stepsOut: 2 },
		{ files: 'src/reference/*/*/*', stepsOut: 3 },
		{ files: 'src/reference/*/*/*/**', stepsOut: 4 },
	];
	return depths.map(({ files, stepsOut }) => ({
		name: `handbook/reference-imports/${files}`,
		files: [files],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						// A package, an alias such as `~/`, or a Node module name without `node:`.
						{ regex: '^(?!node:|\\.\\.?/)', message: notRelative },
						// Enough `../` to climb out of src/reference from this depth.
						{ regex: `^(\\./)?(\\.\\./){${stepsOut},}`, message: leaves },
					],
				},
			],
		},
	}));
}
