// The sidebar as a reader finds it: one group per reader's section of src/config/sections.ts (the
// contributor guide is linked from the footer instead), only the current page's section open, and
// every other group one key press away, on a desktop and in the 375 px menu; sub-folder groups
// carry their label, and Previous and Next follow the sidebar.
import type { Locator, Page } from '@playwright/test';
import { contributorSections, sidebarSections } from '../../src/config/sections.ts';
import { expect, sitePath, test } from './fixtures.ts';

test.describe.configure({ mode: 'parallel' });

const sidebar = 'nav[aria-label="Main"]';

/** The top-level sidebar group labelled `label`. */
function group(page: Page, label: string): Locator {
	return page
		.locator(`${sidebar} ul.top-level > li > details`)
		.filter({ has: page.locator(':scope > summary', { hasText: label }) });
}

/** Each top-level group's label and whether it is open, in sidebar order. */
function groupStates(page: Page): Promise<{ label: string; open: boolean }[]> {
	return page.locator(`${sidebar} ul.top-level > li > details`).evaluateAll((groups) =>
		groups.map((details) => ({
			label: details.querySelector(':scope > summary .large')?.textContent?.trim() ?? '',
			open: (details as HTMLDetailsElement).open,
		})),
	);
}

/** What a page in `section` should show: every section's group, only `section`'s open. */
function onlyOpen(section: string): { label: string; open: boolean }[] {
	return sidebarSections.map(({ label }) => ({ label, open: label === section }));
}

const databases = sidebarSections.find((section) => section.directory === 'databases');
const coding = sidebarSections.find((section) => section.directory === 'coding');

test('opens only the current section: every other group is collapsed', async ({ page }) => {
	expect(databases && coding, 'the databases and coding sections').toBeTruthy();
	await page.goto('databases/indexes/');
	expect(await groupStates(page)).toEqual(onlyOpen(databases?.label ?? ''));
	await expect(page.locator(`${sidebar} a[aria-current="page"]`)).toBeVisible();
	await page.goto('coding/');
	expect(await groupStates(page)).toEqual(onlyOpen(coding?.label ?? ''));
});

test('leaves the contributor guide out of the sidebar, and links it from every page footer', async ({
	page,
}) => {
	expect(contributorSections.map((section) => section.directory)).toEqual(['contributing']);
	await page.goto('databases/indexes/');
	const labels = (await groupStates(page)).map((state) => state.label);
	expect(labels).not.toContain('Contributing');
	await expect(page.locator(`${sidebar} a[href*="/contributing/"]`)).toHaveCount(0);
	const footer = page.getByRole('navigation', { name: 'About the site' });
	await footer.getByRole('link', { name: 'Contributing', exact: true }).click();
	await expect(page).toHaveURL(/\/contributing\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contributing');
	// Built and reachable, with every reader's section still in the sidebar, none of them open.
	expect(await groupStates(page)).toEqual(
		sidebarSections.map(({ label }) => ({ label, open: false })),
	);
});

/** The sidebar's page links in reading order, nested groups included, as paths. */
function sidebarPaths(page: Page): Promise<string[]> {
	return page
		.locator(`${sidebar} ul.top-level a[href]`)
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test('labels the worked designs group in sentence case, and Previous and Next follow the sidebar', async ({
	page,
}) => {
	await page.goto('system-design/designs/chat/');
	const systemDesign = group(page, 'System design');
	const designs = systemDesign.locator('details').filter({
		has: page.locator(':scope > summary', { hasText: 'Worked designs' }),
	});
	await expect(designs).toHaveJSProperty('open', true);
	await expect(designs.locator('a[aria-current="page"]')).toHaveAttribute(
		'href',
		sitePath('system-design/designs/chat/'),
	);
	// No group is labelled with a bare folder name.
	const nested = await page
		.locator(`${sidebar} ul.top-level details details > summary`)
		.allTextContents();
	expect(nested.map((label) => label.trim())).toEqual(['Worked designs']);

	const order = await sidebarPaths(page);
	const designLinks = await designs
		.locator('a[href]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	expect(designLinks.length).toBeGreaterThan(5);
	const first = order.indexOf(designLinks[0] ?? '');
	const last = order.indexOf(designLinks.at(-1) ?? '');
	// Into the group, through it, and out of it: each page's neighbours are the sidebar's.
	for (const index of [first - 1, first, last]) {
		await page.goto(order[index] ?? '');
		await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveAttribute(
			'href',
			order[index - 1] ?? '',
		);
		await expect(page.locator('.pagination-links a[rel="next"]')).toHaveAttribute(
			'href',
			order[index + 1] ?? '',
		);
	}
});

test('a closed group opens from the keyboard, and its pages can then be followed', async ({
	page,
}) => {
	await page.goto('databases/indexes/');
	const codingGroup = group(page, coding?.label ?? '');
	const codingLink = codingGroup.locator('a[href$="/coding/hash-maps/"]');
	await expect(codingLink).toBeHidden();
	// Tab from the current page's link reaches the next group's summary, as a keyboard user moves.
	await page.locator(`${sidebar} a[aria-current="page"]`).focus();
	const summary = codingGroup.locator(':scope > summary');
	for (let presses = 0; presses < 40; presses++) {
		if (await summary.evaluate((element) => element === document.activeElement)) break;
		await page.keyboard.press('Shift+Tab');
	}
	await expect(summary).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(codingGroup).toHaveJSProperty('open', true);
	await expect(codingLink).toBeVisible();
	await codingLink.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/coding\/hash-maps\/$/);
	await expect(page.locator(`${sidebar} a[aria-current="page"]`)).toBeVisible();
});

test.describe('in the 375 px menu', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('shows only the current section open, and opens another group from the keyboard', async ({
		page,
	}) => {
		await page.goto('databases/indexes/');
		const menu = page.locator('#starlight__sidebar');
		await expect(menu).toBeHidden();
		await page.locator('button[popovertarget="starlight__sidebar"]').click();
		await expect(menu).toBeVisible();
		expect(await groupStates(page)).toEqual(onlyOpen(databases?.label ?? ''));
		const codingGroup = group(page, coding?.label ?? '');
		await codingGroup.locator(':scope > summary').focus();
		await page.keyboard.press(' ');
		await expect(codingGroup).toHaveJSProperty('open', true);
		await codingGroup.locator('a[href$="/coding/hash-maps/"]').click();
		await expect(page).toHaveURL(/\/coding\/hash-maps\/$/);
		await expect(menu).toBeHidden();
	});
});
