// `npm run new -- <section>/<slug> "Title" ["Description"]`: creates src/content/docs/<section>/<slug>.mdx with
// valid frontmatter and the page anatomy as commented headings. Refuses an unknown section, a
// bad slug or a page that exists. Option: --root <dir> scaffolds into another project folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sectionDirectories } from '../src/config/sections.ts';
import {
	checkTitle,
	nextSidebarOrder,
	pageTemplate,
	parsePageId,
} from './scaffold/page-scaffold.ts';

const usage = 'Usage: npm run new -- <section>/<slug> "Title" ["One-sentence description"]';

function fail(message: string): never {
	console.error(`new page: ${message}\n${usage}`);
	process.exit(1);
}

const { values, positionals } = parseArgs({
	options: { root: { type: 'string', default: '.' } },
	allowPositionals: true,
});
const root = resolve(values.root);
const docsDir = join(root, 'src', 'content', 'docs');

try {
	const page = parsePageId(
		positionals[0] ?? fail('name the page, e.g. coding/heaps.'),
		sectionDirectories,
	);
	const title = checkTitle(positionals[1]);
	const target = join(docsDir, `${page.id}.mdx`);
	const existing = ['.md', '.mdx']
		.map((ext) => join(docsDir, `${page.id}${ext}`))
		.find((path) => existsSync(path));
	if (existing)
		fail(`${relative(root, existing)} already exists; choose another slug or edit that page.`);

	// Place the page after the others in its folder.
	const folder = dirname(target);
	const orders = existsSync(folder)
		? readdirSync(folder)
				.filter((name) => /\.mdx?$/.test(name))
				.map((name) =>
					Number(
						/^\s*order:\s*(\d+)/m.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? Number.NaN,
					),
				)
				.filter((order) => Number.isFinite(order))
		: [];
	const today = new Date().toISOString().slice(0, 10);
	mkdirSync(folder, { recursive: true });
	const description = positionals[2]?.trim();
	writeFileSync(
		target,
		pageTemplate(page, title, nextSidebarOrder(orders), today, description || undefined),
	);
	console.log(`Created ${relative(root, target)}`);
	console.log(
		`Next: fill in each section (the comments say what goes there), run \`npm run dev\` and open /${page.id}/, then \`npm test\`.`,
	);
	console.log(
		`Link it from its section's index page, src/content/docs/${page.section}/index.mdx, with a row in the page table: [${title}](/${page.id}/)`,
	);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
