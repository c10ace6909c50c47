import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { productionBuildEnv } from './build-env.ts';

const projectRoot = process.cwd();

/** What a fixture build printed and how it ended. */
export interface FixtureBuild {
	ok: boolean;
	output: string;
}

/**
 * Builds a tiny site with the handbook's own markdown processor, content schema and build-time
 * checks, from the given files (paths relative to the fixture root), and returns its output.
 * The fixture lives inside the project so it resolves the project's node_modules.
 */
export function buildFixtureSite(name: string, files: Record<string, string>): FixtureBuild {
	const root = join(projectRoot, 'tests', 'fixtures', `.build-${name}`);
	rmSync(root, { recursive: true, force: true });
	const src = (path: string): string => JSON.stringify(join(projectRoot, path));
	const allFiles: Record<string, string> = {
		'astro.config.mjs': `
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { diagramErrorsIntegration, handbookMarkdownProcessor } from ${src('src/config/handbook-markdown.ts')};
export default defineConfig({
	trailingSlash: 'always',
	markdown: { processor: handbookMarkdownProcessor('/') },
	integrations: [diagramErrorsIntegration(), starlight({
		title: 'Fixture',
		routeMiddleware: ${src('src/route-middleware.ts')},
		plugins: [starlightLinksValidator()],
	})],
});`,
		'src/content.config.ts': `export { collections } from ${src('src/content.config.ts')};\n`,
		'src/content/questions/fixture/q.md':
			'---\nquestion: "What does this fixture check?"\nkind: concept\ntopics: [fixture]\nlevels: [L4]\npages: [index]\n---\nThat the build reports bad input.\n',
		'src/content/docs/index.md':
			'---\ntitle: Fixture home\ndescription: The home page of a fixture site.\n---\n\nHome.\n',
		...files,
	};
	for (const [path, text] of Object.entries(allFiles)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	const result = spawnSync('npx', ['astro', 'build', '--root', root], {
		encoding: 'utf8',
		env: productionBuildEnv(),
	});
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status === 0) rmSync(root, { recursive: true, force: true });
	return { ok: result.status === 0, output };
}
