import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const docsDir = join(process.cwd(), 'src', 'content', 'docs');
const practiceComponentsDir = join(process.cwd(), 'src', 'components', 'practice');

/** Practice components that run a script in the browser: tools, not reading. */
const toolComponents = readdirSync(practiceComponentsDir)
	.filter((file) => file.endsWith('.astro'))
	.filter((file) => readFileSync(join(practiceComponentsDir, file), 'utf8').includes('<script'));

const pages = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => ({ file, text: readFileSync(join(docsDir, file), 'utf8') }));

function frontmatter(text: string): string {
	return /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
}

describe('the print edition flag', () => {
	it('finds the practice tools that run a script', () => {
		expect(toolComponents.length).toBeGreaterThan(0);
	});

	it('is `print: false` on every page that embeds a practice tool, and on no other page', () => {
		const problems: string[] = [];
		for (const { file, text } of pages) {
			const tools = toolComponents.filter((tool) => text.includes(`/components/practice/${tool}'`));
			const printFalse = /^print: false$/m.test(frontmatter(text));
			if (tools.length > 0 && !printFalse) {
				problems.push(
					`src/content/docs/${file} embeds ${tools.join(', ')}: add \`print: false\` to its frontmatter so the print edition leaves the tool out`,
				);
			}
			if (tools.length === 0 && printFalse) {
				problems.push(
					`src/content/docs/${file} sets \`print: false\` but embeds no practice tool: remove it so the print edition keeps the page's text`,
				);
			}
		}
		expect(problems).toEqual([]);
	});
});
