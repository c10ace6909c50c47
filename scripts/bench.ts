// `npm run bench`: measures build time and memory, page weight, search cost and slow-phone vitals,
// prints tables and writes bench-results/<timestamp>.json plus bench-results/latest.json.
// Flags: --quick (no 1,000-page sites), --only=build|weight|search|vitals, --repeat=N (builds of
// each generated site per flavour, cold and warm, interleaved; medians reported; default 2).
// Not part of npm test.
import { cpus, totalmem } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium.ts';
import { serveStatic, type StaticServer } from './harness/static-server.ts';
import { listBuiltPages } from './harness/built-site.ts';
import { measurePageWeight, type PageWeight } from './harness/page-weight.ts';
import { runAstroBuild, type BuildRun } from './measure/build-run.ts';
import { buildStages, type BuildStages } from './measure/build-stages.ts';
import { writeGeneratedSite, type SiteFlavour } from './measure/generated-site.ts';
import { measureSearch, titleWords, type SearchCost } from './measure/search-cost.ts';
import { measureVitals, slowPhone, type Vitals } from './measure/vitals.ts';
import { renderTable } from './measure/table.ts';

type Area = 'build' | 'weight' | 'search' | 'vitals';
const areas: readonly Area[] = ['build', 'weight', 'search', 'vitals'];

const projectRoot = process.cwd();
const distDir = join(projectRoot, 'dist');
const stockDistDir = join(projectRoot, 'dist-stock');
const quick = process.argv.includes('--quick');
const onlyArgument = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
if (onlyArgument !== undefined && !areas.includes(onlyArgument as Area)) {
	console.error(`Unknown --only=${onlyArgument}. Use one of: ${areas.join(', ')}.`);
	process.exit(2);
}
const selected = (area: Area): boolean => onlyArgument === undefined || onlyArgument === area;

/** The page types the weight and vitals tables compare. */
const pageTypes = [
	{ name: 'home', path: '' },
	{ name: 'topic with diagrams', path: 'system-design/' },
	{ name: 'practice', path: 'practice/' },
	{ name: 'landscape with chart', path: 'landscape/compensation/' },
];
const generatedSizes = quick ? [100, 500] : [100, 500, 1000];
const repeatArgument = process.argv.find((arg) => arg.startsWith('--repeat='));
const repeats = repeatArgument ? Number(repeatArgument.slice('--repeat='.length)) : 2;
if (!Number.isInteger(repeats) || repeats < 1) {
	console.error(`${repeatArgument}: give a whole number of builds, such as --repeat=3.`);
	process.exit(2);
}

/** Every build of one generated site size: cold (no caches at all) and warm (caches kept). */
interface GeneratedBuild {
	pages: number;
	ours: { cold: BuildRun[]; warm: BuildRun[] };
	stock: { cold: BuildRun[]; warm: BuildRun[] };
}
interface WeightRow {
	name: string;
	path: string;
	ours: PageWeight;
	stock: PageWeight;
}
const results: {
	startedAt: string;
	machine: { cpus: number; memoryMb: number; node: string };
	flags: { quick: boolean; only: string | null };
	build?: { cold: BuildRun; warm: BuildRun; generated: GeneratedBuild[] };
	weight?: WeightRow[];
	search?: SearchCost;
	vitals?: { name: string; path: string; vitals: Vitals & { runs: Vitals[] } }[];
} = {
	startedAt: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		memoryMb: Math.round(totalmem() / 1048576),
		node: process.version,
	},
	flags: { quick, only: onlyArgument ?? null },
};

/** One thing the bench does, announced with its number before it runs. */
interface Step {
	label: string;
	run: () => Promise<void>;
}
const steps: Step[] = [];

async function buildOrFail(
	label: string,
	root: string,
	extraArgs: string[] = [],
	env: Record<string, string> = {},
): Promise<BuildRun> {
	const run = await runAstroBuild(projectRoot, root, extraArgs, env);
	if (!run.ok) throw new Error(`${label} failed:\n${run.tail}`);
	return run;
}

let browser: Browser | undefined;
const servers: StaticServer[] = [];
async function chromium(): Promise<Browser> {
	browser ??= await launchChromium();
	return browser;
}
let oursServer: StaticServer | undefined;
async function serveOurs(): Promise<StaticServer> {
	if (!oursServer) {
		oursServer = await serveStatic(distDir);
		servers.push(oursServer);
	}
	return oursServer;
}

// A site built earlier in this run is reused; otherwise dist/ is built once for the browser steps.
function ensureOursBuilt(): void {
	if (selected('build') || existsSync(join(distDir, 'index.html'))) return;
	steps.push({
		label: 'building the handbook (dist/ is missing)',
		run: async () => void (await buildOrFail('astro build', projectRoot)),
	});
}

if (selected('build')) {
	let cold: BuildRun | undefined;
	let warm: BuildRun | undefined;
	const generated: GeneratedBuild[] = [];
	steps.push({
		label: 'building the handbook from cold (dist, .astro and node_modules/.astro removed)',
		run: async () => {
			for (const dir of ['dist', '.astro', 'node_modules/.astro'])
				rmSync(join(projectRoot, dir), { recursive: true, force: true });
			cold = await buildOrFail('cold build', projectRoot);
		},
	});
	steps.push({
		label: 'building the handbook again (warm caches)',
		run: async () => void (warm = await buildOrFail('warm build', projectRoot)),
	});
	for (const pages of generatedSizes) {
		const entry: GeneratedBuild = {
			pages,
			ours: { cold: [], warm: [] },
			stock: { cold: [], warm: [] },
		};
		generated.push(entry);
		const rootOf = (flavour: SiteFlavour): string =>
			join(projectRoot, '.bench-sites', `${pages}-${flavour}`);
		for (let round = 1; round <= repeats; round++) {
			// Alternate which flavour goes first, so a slower moment of a shared machine is split.
			const order: SiteFlavour[] = round % 2 === 1 ? ['ours', 'stock'] : ['stock', 'ours'];
			for (const flavour of order) {
				steps.push({
					label: `generated site, ${pages.toLocaleString('en')} pages (${flavour}), build ${round} of ${repeats}: cold, then warm`,
					run: async () => {
						const root = writeGeneratedSite(projectRoot, rootOf(flavour), pages, flavour);
						// Each site's own diagram cache: empty for the cold build, kept for the warm one.
						const env = { HANDBOOK_DIAGRAM_CACHE_DIR: join(root, '.diagram-cache') };
						try {
							const label = `generated ${pages}-page site (${flavour})`;
							entry[flavour].cold.push(await buildOrFail(`${label}, cold`, root, [], env));
							entry[flavour].warm.push(await buildOrFail(`${label}, warm`, root, [], env));
						} finally {
							rmSync(root, { recursive: true, force: true });
						}
					},
				});
			}
		}
	}
	steps.push({
		label: 'collecting build results',
		run: () => {
			rmSync(join(projectRoot, '.bench-sites'), { recursive: true, force: true });
			if (cold && warm) results.build = { cold, warm, generated };
			return Promise.resolve();
		},
	});
}

if (selected('weight')) {
	ensureOursBuilt();
	steps.push({
		label:
			'building the same content with stock Starlight into dist-stock/ (bench/stock.config.mjs)',
		run: async () =>
			void (await buildOrFail('stock build', projectRoot, ['--config', 'bench/stock.config.mjs'])),
	});
	steps.push({
		label: `weighing ${pageTypes.length} page types in Chromium, ours and stock`,
		run: async () => {
			const b = await chromium();
			const ours = await serveOurs();
			const stock = await serveStatic(stockDistDir);
			servers.push(stock);
			const rows: WeightRow[] = [];
			for (const type of pageTypes) {
				rows.push({
					...type,
					ours: await measurePageWeight(b, ours.url + type.path),
					stock: await measurePageWeight(b, stock.url + type.path),
				});
			}
			results.weight = rows;
		},
	});
}

if (selected('search')) {
	ensureOursBuilt();
	steps.push({
		label: 'measuring Pagefind: index size, first query, 50 queries',
		run: async () => {
			const titles = listBuiltPages(distDir).map(
				(page) =>
					/<title>([^<]*)<\/title>/.exec(
						readFileSync(join(distDir, page, 'index.html'), 'utf8'),
					)?.[1] ?? '',
			);
			results.search = await measureSearch(
				await chromium(),
				distDir,
				(await serveOurs()).url,
				titleWords(titles, 50),
			);
		},
	});
}

if (selected('vitals')) {
	ensureOursBuilt();
	const vitals: NonNullable<typeof results.vitals> = [];
	for (const type of pageTypes) {
		steps.push({
			label: `slow-phone vitals, ${type.name} (/${type.path}), 3 runs`,
			run: async () => {
				vitals.push({
					...type,
					vitals: await measureVitals(await chromium(), (await serveOurs()).url + type.path),
				});
				results.vitals = vitals;
			},
		});
	}
}

try {
	for (const [index, step] of steps.entries()) {
		const started = performance.now();
		process.stdout.write(`[${index + 1}/${steps.length}] ${step.label}...`);
		await step.run();
		process.stdout.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
	}
} finally {
	await browser?.close();
	for (const server of servers) await server.close();
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number): string => (b === 0 ? '-' : `${(a / b).toFixed(2)}x`);

if (results.build) {
	const { cold, warm, generated } = results.build;
	console.log(
		'\nBuild: the handbook (wall time; peak memory = highest RSS sum of the build process tree)',
	);
	console.log(
		renderTable(
			['build', 'seconds', 'peak MB (tree RSS)', 'peak MB (VmHWM)'],
			[
				[
					'cold',
					cold.seconds.toFixed(1),
					String(cold.peakTreeRssMb),
					String(cold.peakProcessHwmMb),
				],
				[
					'warm',
					warm.seconds.toFixed(1),
					String(warm.peakTreeRssMb),
					String(warm.peakProcessHwmMb),
				],
			],
		),
	);
	console.log(
		`\nBuild: generated sites, 2 diagrams and 2 code blocks per page (ours = handbook config, stock = plain Starlight); median of ${repeats} build(s) each, cold = no caches, warm = the same site again`,
	);
	const median = (values: number[]): number => {
		const sorted = [...values].sort((a, b) => a - b);
		const middle = Math.floor(sorted.length / 2);
		return sorted.length % 2 === 1
			? (sorted[middle] ?? 0)
			: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	};
	const seconds = (runs: BuildRun[]): number => median(runs.map((run) => run.seconds));
	const memory = (runs: BuildRun[]): number => median(runs.map((run) => run.peakTreeRssMb));
	console.log(
		renderTable(
			[
				'pages',
				'build',
				'ours s',
				'stock s',
				'time ours/stock',
				'all ours s',
				'all stock s',
				'ours MB',
				'stock MB',
			],
			generated.flatMap((g) =>
				(['cold', 'warm'] as const).map((kind) => [
					g.pages.toLocaleString('en'),
					kind,
					seconds(g.ours[kind]).toFixed(1),
					seconds(g.stock[kind]).toFixed(1),
					ratio(seconds(g.ours[kind]), seconds(g.stock[kind])),
					g.ours[kind].map((run) => run.seconds.toFixed(1)).join(' '),
					g.stock[kind].map((run) => run.seconds.toFixed(1)).join(' '),
					String(memory(g.ours[kind])),
					String(memory(g.stock[kind])),
				]),
			),
		),
	);
	// Where the time goes: the stages of the first build of each kind at the largest size.
	const largest = generated.at(-1);
	if (largest) {
		console.log(
			`\nBuild stages, ${largest.pages.toLocaleString('en')}-page generated site, first build of each kind (seconds, as the build reports them; content sync is part of build info)`,
		);
		const stageNames: (keyof BuildStages)[] = [
			'buildInfo',
			'contentSync',
			'bundling',
			'pages',
			'searchIndex',
			'other',
		];
		const columns: [string, BuildRun | undefined][] = [
			['ours cold', largest.ours.cold[0]],
			['stock cold', largest.stock.cold[0]],
			['ours warm', largest.ours.warm[0]],
			['stock warm', largest.stock.warm[0]],
		];
		const stages = columns.map(([, run]) =>
			run ? buildStages(run.output, run.seconds) : undefined,
		);
		console.log(
			renderTable(
				['stage', ...columns.map(([name]) => name)],
				stageNames.map((stage) => [
					stage,
					...stages.map((value) => (value ? value[stage].toFixed(1) : '-')),
				]),
			),
		);
	}
}

if (results.weight) {
	console.log(
		'\nPage weight, kB gzip, empty cache, until network idle (floor = gzip of the text in <main>)',
	);
	console.log(
		renderTable(
			[
				'page type',
				'ours HTML',
				'CSS',
				'JS',
				'total',
				'idle extra',
				'stock total',
				'stock idle',
				'floor',
				'ours/stock',
			],
			results.weight.map((row) => [
				`${row.name} (/${row.path})`,
				kb(row.ours.initial.html),
				kb(row.ours.initial.css),
				kb(row.ours.initial.js),
				kb(row.ours.initialTotal),
				kb(row.ours.afterLoadTotal),
				kb(row.stock.initialTotal),
				kb(row.stock.afterLoadTotal),
				kb(row.ours.floor),
				ratio(row.ours.initialTotal, row.stock.initialTotal),
			]),
		),
	);
	console.log('\nRequests made after the load event (idle prefetches), ours:');
	for (const row of results.weight) {
		const idle = row.ours.requests.filter((r) => r.afterLoad);
		console.log(
			`  /${row.path}: ${idle.map((r) => `${new URL(r.url).pathname} ${kb(r.gzipBytes)} kB`).join(', ') || 'none'}`,
		);
	}
}

if (results.search) {
	const s = results.search;
	console.log('\nSearch (Pagefind, through its API in Chromium)');
	console.log(
		renderTable(
			[
				'index on disk',
				'files',
				'largest fragment',
				`first query ("${s.firstQuery.query}")`,
				'first query gzip',
				'queries',
				'median ms',
				'p95 ms',
			],
			[
				[
					`${kb(s.indexBytesOnDisk)} kB`,
					String(s.indexFiles),
					`${kb(s.largestFragmentBytes)} kB`,
					`${s.firstQuery.requests} requests, ${kb(s.firstQuery.bytes)} kB`,
					`${kb(s.firstQuery.gzipBytes)} kB`,
					String(s.latency.queries),
					s.latency.medianMs.toFixed(1),
					s.latency.p95Ms.toFixed(1),
				],
			],
		),
	);
}

if (results.vitals) {
	console.log(
		`\nVitals on an emulated slow phone: a Lighthouse-like lab measurement, NOT Lighthouse. ${slowPhone.latencyMs} ms RTT, ` +
			`1.6 Mbps down, 750 kbps up, CPU ${slowPhone.cpuSlowdown}x slower, ${slowPhone.viewport.width}x${slowPhone.viewport.height}; median of 3 cold loads`,
	);
	console.log(
		renderTable(
			['page type', 'LCP ms', 'CLS', 'TBT ms'],
			results.vitals.map((row) => [
				`${row.name} (/${row.path})`,
				row.vitals.lcpMs.toFixed(0),
				row.vitals.cls.toFixed(3),
				row.vitals.tbtMs.toFixed(0),
			]),
		),
	);
}

const resultsDir = join(projectRoot, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `${results.startedAt.replaceAll(':', '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
copyFileSync(file, join(resultsDir, 'latest.json'));
console.log(`\nWrote ${file} and bench-results/latest.json`);
