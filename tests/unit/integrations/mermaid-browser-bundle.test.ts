import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	copyMermaidBrowserFiles,
	mermaidBrowserFiles,
	mermaidDist,
	mermaidModulePath,
} from '../../../src/integrations/mermaid-browser-bundle.ts';

/** Relative module specifiers a file imports (static and dynamic). */
function relativeImports(text: string): string[] {
	return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map(
		(match) => match[1] ?? '',
	);
}

describe("Mermaid's browser module", () => {
	it('is served from a folder named by the installed version', () => {
		const { version } = mermaidDist();
		expect(mermaidModulePath(version)).toBe(`_astro/mermaid-${version}/mermaid.esm.min.mjs`);
	});

	it('copies every file the module imports, directly or through its chunks', () => {
		const { dir } = mermaidDist();
		const files = new Set(mermaidBrowserFiles(dir));
		const missing: string[] = [];
		let imports = 0;
		for (const file of files) {
			for (const specifier of relativeImports(readFileSync(join(dir, file), 'utf8'))) {
				imports += 1;
				const target = normalize(join(dirname(file), specifier));
				if (!files.has(target)) missing.push(`${file} -> ${target}`);
			}
		}
		expect(missing).toEqual([]);
		// The entry alone imports dozens of chunks: the scan reads the minified syntax.
		expect(imports).toBeGreaterThan(50);
	});

	it('writes them under the output folder', () => {
		const out = mkdtempSync(join(tmpdir(), 'mermaid-out-'));
		try {
			const count = copyMermaidBrowserFiles(out);
			const { dir, version } = mermaidDist();
			expect(count).toBe(mermaidBrowserFiles(dir).length);
			expect(existsSync(join(out, mermaidModulePath(version)))).toBe(true);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
