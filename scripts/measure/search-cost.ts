import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { gzipSize } from '../harness/page-weight.ts';

/** What search costs a reader: the index on disk, the first query's downloads, query latency. */
export interface SearchCost {
	/** Bytes of everything under dist/pagefind. */
	indexBytesOnDisk: number;
	/** Files under dist/pagefind. */
	indexFiles: number;
	/** The largest page fragment: the most one search result can cost to show. */
	largestFragmentBytes: number;
	/** The files a first query fetched: how many, their bytes on disk, and gzipped. */
	firstQuery: { requests: number; bytes: number; gzipBytes: number; query: string };
	/** Latency of a query plus loading its first five results, over `queries` different words. */
	latency: { queries: number; medianMs: number; p95Ms: number };
}

function sizeOfTree(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stat = statSync(path);
		if (stat.isDirectory()) {
			const inner = sizeOfTree(path);
			bytes += inner.bytes;
			files += inner.files;
		} else {
			bytes += stat.size;
			files++;
		}
	}
	return { bytes, files };
}

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

/** Distinct lowercase words of four letters or more from the built pages' titles. */
export function titleWords(titles: string[], count: number): string[] {
	const words = new Set<string>();
	for (const title of titles) {
		for (const word of title.toLowerCase().split(/[^a-z]+/)) if (word.length >= 4) words.add(word);
	}
	return [...words].slice(0, count);
}

/**
 * Measures Pagefind on a served build: opens `siteUrl`, imports the Pagefind API directly (as a
 * string expression, so no bundler rewrites the dynamic import), runs one first query while
 * recording what it fetches, then times `words.length` different queries.
 */
export async function measureSearch(
	browser: Browser,
	distDir: string,
	siteUrl: string,
	words: string[],
): Promise<SearchCost> {
	const index = sizeOfTree(join(distDir, 'pagefind'));
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(siteUrl, { waitUntil: 'networkidle' });
	const fetched = new Set<string>();
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) fetched.add(new URL(request.url()).pathname);
	});
	const firstWord = words[0] ?? 'cache';
	const pagefindUrl = new URL('pagefind/pagefind.js', siteUrl).pathname;
	await page.evaluate(`(async () => {
		window.__pagefind = await import(${JSON.stringify(pagefindUrl)});
		const search = await window.__pagefind.search(${JSON.stringify(firstWord)});
		await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
	})()`);
	const firstQueryFiles = [...fetched];
	let bytes = 0;
	let gzipBytes = 0;
	const base = new URL(siteUrl).pathname;
	for (const path of firstQueryFiles) {
		const body = readFileSync(join(distDir, path.slice(base.length)));
		bytes += body.length;
		gzipBytes += gzipSize(body);
	}
	const timings = await page.evaluate<number[]>(`(async () => {
		const times = [];
		for (const word of ${JSON.stringify(words)}) {
			const started = performance.now();
			const search = await window.__pagefind.search(word);
			await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
			times.push(performance.now() - started);
		}
		return times;
	})()`);
	await context.close();
	const sorted = [...timings].sort((a, b) => a - b);
	return {
		indexBytesOnDisk: index.bytes,
		indexFiles: index.files,
		largestFragmentBytes: Math.max(
			0,
			...readdirSync(join(distDir, 'pagefind', 'fragment')).map(
				(name) => statSync(join(distDir, 'pagefind', 'fragment', name)).size,
			),
		),
		firstQuery: { requests: firstQueryFiles.length, bytes, gzipBytes, query: firstWord },
		latency: {
			queries: timings.length,
			medianMs: percentile(sorted, 0.5),
			p95Ms: percentile(sorted, 0.95),
		},
	};
}
