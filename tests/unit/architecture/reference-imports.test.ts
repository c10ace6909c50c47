import { ESLint, type Linter } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * ESLint with the repository's own eslint.config.js, minus type information: the import rule reads
 * only the syntax, and without a TypeScript program any file path can be linted, in a second.
 */
let eslint: ESLint;

beforeAll(() => {
	eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
});

/** The `no-restricted-imports` messages ESLint reports for `code` saved at `filePath`. */
async function restrictedImports(filePath: string, code: string): Promise<Linter.LintMessage[]> {
	const [result] = await eslint.lintText(code, { filePath });
	const messages = result?.messages ?? [];
	// A parse failure would report nothing from the rule and pass the negative cases.
	expect(messages.filter((message) => message.fatal)).toEqual([]);
	return messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

describe('imports in src/reference (eslint.config.js)', () => {
	it.each([
		['a relative path out of the folder', `import { salaryBands } from '../../data/salaries.ts';`],
		['the ~ alias', `import { salaryBands } from '~/data/salaries.ts';`],
		['a package', `import { z } from 'astro/zod';`],
		['a Node built-in without node:', `import { readFileSync } from 'fs';`],
		['a type-only import', `import type { PlanText } from '../../data/study-plan.ts';`],
		['a re-export', `export { salaryBands } from '../../data/salaries.ts';`],
	])('refuses %s, saying what to do', async (_kind, code) => {
		const messages = await restrictedImports('src/reference/cache/lru-cache.ts', code);
		expect(messages).toHaveLength(1);
		expect(messages[0]?.message).toContain('src/reference');
		expect(messages[0]?.message).toContain(
			'Move the code this file needs into src/reference, or move this file out of src/reference.',
		);
	});

	it('counts the `../` a file needs to leave from its own depth', async () => {
		const outOfTopic = `import { salaryBands } from '../../data/salaries.ts';`;
		expect(await restrictedImports('src/reference/hashing/ring.ts', outOfTopic)).toHaveLength(1);
		// One folder deeper, the same path only reaches a sibling topic.
		expect(await restrictedImports('src/reference/hashing/ring/ring.ts', outOfTopic)).toEqual([]);
		const outOfNested = `import { salaryBands } from '../../../data/salaries.ts';`;
		expect(await restrictedImports('src/reference/hashing/ring/ring.ts', outOfNested)).toHaveLength(
			1,
		);
		expect(await restrictedImports('src/reference/top.ts', `import '../data/x.ts';`)).toHaveLength(
			1,
		);
	});

	it('allows relative imports inside src/reference and node: built-ins', async () => {
		const code = [
			`import { readFileSync } from 'node:fs';`,
			`import type { Store } from './store.ts';`,
			`import { Graph } from '../graphs/graph.ts';`,
			`export { Store, Graph, readFileSync };`,
		].join('\n');
		expect(await restrictedImports('src/reference/cache/lru-cache.ts', code)).toEqual([]);
	});

	it('leaves imports outside src/reference alone', async () => {
		const code = `import { salaryBands } from '../data/salaries.ts';\nexport { salaryBands };`;
		expect(await restrictedImports('src/practice/probe.ts', code)).toEqual([]);
	});
});
