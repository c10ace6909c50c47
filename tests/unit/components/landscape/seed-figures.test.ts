import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CompanyPolicyTable from '../../../../src/components/landscape/CompanyPolicyTable.astro';
import EvaluationRubric from '../../../../src/components/landscape/EvaluationRubric.astro';
import LanguageTable from '../../../../src/components/landscape/LanguageTable.astro';
import SalaryChart from '../../../../src/components/landscape/SalaryChart.astro';
import SalaryTable from '../../../../src/components/landscape/SalaryTable.astro';
import SkillsTable from '../../../../src/components/landscape/SkillsTable.astro';
import ThroughputChart from '../../../../src/components/landscape/ThroughputChart.astro';
import WorkModelTable from '../../../../src/components/landscape/WorkModelTable.astro';
import { goVersusPython, throughputOf } from '../../../../src/data/languages.ts';
import { faangBaseShareOfTc } from '../../../../src/data/salaries.ts';
import { locationPayDiscount } from '../../../../src/data/work-models.ts';
import {
	seedDimensions,
	seedFaangBaseShare,
	seedLanguages,
	seedLocationDiscount,
	seedSalaryTable,
	seedSkills,
	seedThroughput,
	seedWorkModels,
} from '../../data/fixtures/seed-lesson-figures.ts';

// What the landscape pages render, checked against the seed lesson's own figures: the tables and
// charts by rendering their components, the figures in running text by the data the pages print.

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** Visible text of an HTML fragment: tags, styles and scripts removed, entities decoded. */
function visibleText(html: string): string {
	return html
		.replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) =>
			entity === '&amp;'
				? '&'
				: entity === '&lt;'
					? '<'
					: entity === '&gt;'
						? '>'
						: entity === '&quot;'
							? '"'
							: "'",
		)
		.replace(/\s+/g, ' ')
		.trim();
}

/** The visible text of each body row of the first table a component renders. */
async function tableRows(component: Parameters<AstroContainer['renderToString']>[0]) {
	const html = await container.renderToString(component);
	const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
	return [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => visibleText(row[1] ?? ''));
}

/** The row that starts with `label`. */
function rowFor(rows: readonly string[], label: string): string {
	const row = rows.find((text) => text.startsWith(label));
	if (row === undefined) throw new Error(`no row starts with "${label}" in:\n${rows.join('\n')}`);
	return row;
}

describe('the compensation page', () => {
	it.each(seedSalaryTable)(
		'renders %s (%s) in the table as the lesson prints it',
		async (level, title, faang, midSize, startup) => {
			const row = rowFor(await tableRows(SalaryTable), level);
			expect(row).toBe([level, title, faang, midSize, startup].join(' '));
		},
	);

	it('labels every bar of the chart with the lesson cell and names all of them for screen readers', async () => {
		const html = await container.renderToString(SalaryChart);
		const label = /aria-label="([^"]*)"/.exec(html)?.[1] ?? '';
		for (const [level, title, faang, midSize, startup] of seedSalaryTable) {
			expect(label).toContain(
				`${level} ${title}: FAANG ${faang}; Mid-Size Tech ${midSize}; Startups ${startup}`,
			);
		}
		const text = visibleText(html);
		for (const cell of seedSalaryTable.flatMap((row) => row.slice(2))) expect(text).toContain(cell);
	});

	it('prints the base share of FAANG pay as the lesson gives it', () => {
		expect(faangBaseShareOfTc.display).toBe(seedFaangBaseShare);
	});
});

describe('the skills page', () => {
	it.each(seedSkills)('renders %s with its demand and where it is tested', async (...cells) => {
		const row = rowFor(await tableRows(SkillsTable), cells[0]);
		expect(row).toBe(cells.join(' '));
	});
});

describe('the languages page', () => {
	it.each(seedLanguages)(
		'renders %s as %s with the users the lesson names',
		async (name, standing, users) => {
			const row = rowFor(await tableRows(LanguageTable), name);
			expect(row.startsWith(`${name} ${standing} `)).toBe(true);
			for (const user of users) expect(row).toContain(user);
		},
	);

	it('prints the throughput figures and the speed-up claim as the lesson gives them', () => {
		for (const id of ['go', 'python'] as const) {
			expect(throughputOf(id).framework).toBe(seedThroughput[id].framework);
			expect(throughputOf(id).display).toBe(seedThroughput[id].figure);
		}
		expect(goVersusPython.display).toContain(seedThroughput.speedup);
		expect(goVersusPython.display).toContain(seedThroughput.workload);
	});

	it('draws both throughput figures in the chart and its description', async () => {
		const text = visibleText(await container.renderToString(ThroughputChart));
		for (const id of ['go', 'python'] as const) {
			const digits = seedThroughput[id].figure.replace(/[^\d,]/g, '');
			expect(text).toContain(`about ${digits} for`);
			expect(text).toContain(seedThroughput[id].framework);
		}
	});
});

describe('the work models page', () => {
	it.each(seedWorkModels)(
		'renders %s, %s, with the companies the lesson names',
		async (name, where, companies) => {
			const row = rowFor(await tableRows(WorkModelTable), name);
			expect(row).toContain(`${name} ${where} ${companies.join(', ')}`);
		},
	);

	it('lists every named company next to a public source or says the lesson is the only one', async () => {
		const rows = await tableRows(CompanyPolicyTable);
		for (const company of seedWorkModels.flatMap(([, , companies]) => companies)) {
			expect(rowFor(rows, company)).toMatch(/\d{4}/);
		}
	});

	it('prints the location pay gap as the lesson gives it', () => {
		expect(locationPayDiscount.display).toBe(seedLocationDiscount);
	});
});

describe('the evaluation page', () => {
	it('renders the five dimensions in the lesson order', async () => {
		const rows = await tableRows(EvaluationRubric);
		expect(rows.map((row) => seedDimensions.find((name) => row.startsWith(name)))).toEqual([
			...seedDimensions,
		]);
	});
});
