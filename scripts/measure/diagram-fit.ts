// `npm run bench:diagram-fit`: how every build-time diagram of the built site reads at a desktop
// (1280x900, a 632 px column) and a phone (375x800) viewport. Per width it counts the diagrams
// drawn whole with every label at least 11 CSS px, those behind the expand control, and those
// that are neither (cut off, or shrunk below the size). Prints numbers; asserts nothing.
// `--list` also names every diagram that is neither. Needs a build (`npm run build`).
import { launchChromium } from '../harness/chromium.ts';
import {
	distDir,
	listBuiltPages,
	requireBuiltSite,
	isPrintEditionPage,
} from '../harness/built-site.ts';
import { serveStatic } from '../harness/static-server.ts';
import {
	fitVerdict,
	probeDiagramFit,
	readableLabelPx,
	type FitVerdict,
} from '../harness/diagram-fit-probe.ts';
import { renderTable } from './table.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const viewports = [
	{ name: 'desktop 1280x900', width: 1280, height: 900 },
	{ name: 'phone 375x800', width: 375, height: 800 },
];
const listProblems = process.argv.includes('--list');

requireBuiltSite(distDir);
// The print edition repeats every page's diagrams for paper; readers on screen meet them on pages.
const pages = listBuiltPages(distDir).filter(
	(page) =>
		!isPrintEditionPage(page) &&
		/<figure class="diagram/.test(readFileSync(join(distDir, page, 'index.html'), 'utf8')),
);
const server = await serveStatic(distDir);
const browser = await launchChromium();
const rows: string[][] = [];
try {
	for (const viewport of viewports) {
		const context = await browser.newContext({
			viewport: { width: viewport.width, height: viewport.height },
		});
		const page = await context.newPage();
		const counts: Record<FitVerdict, number> = { fit: 0, expand: 0, 'cut off': 0, 'too small': 0 };
		let under10 = 0;
		let columnWidth = 0;
		const problems: string[] = [];
		for (const path of pages) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
			for (const diagram of await probeDiagramFit(page)) {
				const verdict = fitVerdict(diagram);
				counts[verdict]++;
				columnWidth = Math.max(columnWidth, diagram.boxWidth);
				if (verdict === 'too small' && diagram.smallestLabelPx < 10) under10++;
				if (listProblems && verdict !== 'fit' && verdict !== 'expand') {
					problems.push(
						`  /${path}#${diagram.id} ${diagram.type} "${diagram.title}": ${verdict}, drawing ${diagram.drawingWidth.toFixed(0)} px in a ${diagram.boxWidth} px box, smallest label ${diagram.smallestLabelPx.toFixed(1)} px`,
					);
				}
			}
		}
		await context.close();
		const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
		const neither = counts['cut off'] + counts['too small'];
		rows.push([
			viewport.name,
			`${columnWidth} px`,
			String(total),
			String(counts.fit),
			String(counts.expand),
			String(neither),
			String(counts['cut off']),
			String(counts['too small']),
			String(under10),
		]);
		if (problems.length > 0) console.log(`\n${viewport.name}, neither:\n${problems.join('\n')}`);
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(
	`\nBuild-time diagrams on ${pages.length} pages (print edition excluded); readable = every label >= ${readableLabelPx} CSS px\n`,
);
console.log(
	renderTable(
		[
			'viewport',
			'column',
			'diagrams',
			'fit',
			'expand',
			'neither',
			'of which cut off',
			'of which too small',
			'too small, label < 10 px',
		],
		rows,
	),
);
