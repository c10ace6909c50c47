import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { productionBuildEnv } from '../../../scripts/harness/build-env.ts';

const projectRoot = process.cwd();

/** A small handbook on disk: its folder and where its build goes. */
export interface FixtureSite {
	root: string;
	dist: string;
}

/** How a command run on a fixture site ended, and everything it printed. */
export interface FixtureRun {
	ok: boolean;
	output: string;
}

/** The handbook's folders and files that content collections are not read from. */
const collectionFolders = new Set(['docs', 'questions']);

/**
 * Writes a small handbook under tests/fixtures/.build-<name>/: the project's own astro.config.mjs,
 * tsconfig.json, public/ and every file of src/ are symlinked (src/pages copied), so the site
 * builds with the real configuration, schema, components, styles, pages and checks; only the pages
 * (src/content/docs) and questions (src/content/questions) are the test's. `files` maps paths
 * relative to the fixture root to their text; a home page and one question are always written.
 * The folder lies inside the project, so the build resolves the project's node_modules.
 */
export function writeFixtureSite(name: string, files: Record<string, string>): FixtureSite {
	const root = join(projectRoot, 'tests', 'fixtures', `.build-${name}`);
	rmSync(root, { recursive: true, force: true });
	const link = (path: string): void => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		symlinkSync(join(projectRoot, path), join(root, path));
	};
	for (const path of ['astro.config.mjs', 'tsconfig.json', 'public']) link(path);
	for (const name of readdirSync(join(projectRoot, 'src'))) {
		// Pages are copied: Astro drops the styles of a page whose file is a symlink.
		if (name === 'pages')
			cpSync(join(projectRoot, 'src/pages'), join(root, 'src/pages'), { recursive: true });
		else if (name !== 'content') link(`src/${name}`);
	}
	for (const name of readdirSync(join(projectRoot, 'src', 'content'))) {
		if (!collectionFolders.has(name)) link(`src/content/${name}`);
	}
	const allFiles: Record<string, string> = {
		'src/content/docs/index.md':
			'---\ntitle: Fixture home\ndescription: The home page of a small fixture handbook.\n---\n\nThe pages of this fixture.\n',
		'src/content/questions/fixture/what-it-checks.md':
			'---\nquestion: "What does this fixture check?"\nkind: concept\ntopics: [fixture]\nlevels: [L4]\npages: [index]\n---\nThat the build accepts good pages and reports bad ones.\n',
		...files,
	};
	for (const [path, text] of Object.entries(allFiles)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return { root, dist: join(root, 'dist') };
}

/** Runs a command from the project root and collects what it printed. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<FixtureRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: projectRoot, env });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ ok: code === 0, output }));
	});
}

/** `npm run new -- <id> <title>` into the fixture, as a contributor would scaffold a page. */
export function scaffoldPage(site: FixtureSite, id: string, title: string): Promise<FixtureRun> {
	return run(
		process.execPath,
		['scripts/new-page.ts', id, title, '--root', site.root],
		process.env,
	);
}

/** `astro build` of the fixture, with extra environment variables such as BASE_PATH. */
export function buildFixtureSite(
	site: FixtureSite,
	env: Record<string, string> = {},
): Promise<FixtureRun> {
	return run('npx', ['astro', 'build', '--root', site.root], productionBuildEnv(env));
}

/**
 * `npm run pdf` on the fixture's build, writing `outFile`; `section` prints that section's edition
 * (`--section`) instead of the whole handbook.
 */
export function printFixtureSite(
	site: FixtureSite,
	outFile: string,
	section?: string,
): Promise<FixtureRun> {
	return run(
		process.execPath,
		[
			'scripts/pdf.ts',
			'--dist',
			site.dist,
			'--out',
			outFile,
			...(section ? ['--section', section] : []),
		],
		productionBuildEnv(),
	);
}

/** Deletes the fixture's folder. */
export function removeFixtureSite(site: FixtureSite): void {
	rmSync(site.root, { recursive: true, force: true });
}

/** A fixture path as the build prints it: relative to the project root. */
export function fixturePath(site: FixtureSite, path: string): string {
	return relative(projectRoot, join(site.root, path));
}
