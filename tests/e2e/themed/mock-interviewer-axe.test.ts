// Axe on the mock interviewer mid-round and after it, in the project's theme: the transcript and
// voice controls showing, then the key-point checklist with suggested scores. Every rule in the
// light theme; in the dark theme only the rules that depend on color.
import { expect, test } from '../fixtures.ts';
import { axeViolationLines } from '../support/axe.ts';

test('the mock interviewer has no axe violation during and after a round', async ({
	page,
	theme,
}) => {
	const scope = { rules: theme === 'dark' ? ('color' as const) : ('all' as const) };
	await page.goto('practice/mock-interview/');
	await page.locator('[data-prompt-select]').selectOption('designs/design-rate-limiter');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page.locator('[data-transcript] li').first()).toBeVisible();
	await page.getByRole('button', { name: 'Record my answers' }).click();
	const report = (await axeViolationLines(page, scope)).map((line) => `during: ${line}`);
	for (let i = 0; i < 7; i += 1) await page.getByRole('button', { name: 'Next phase' }).click();
	await page
		.getByRole('checkbox', { name: 'Tight timeout and circuit breaker around every Redis call' })
		.check();
	await expect(page.locator('[data-suggestion]:visible').first()).toBeVisible();
	report.push(...(await axeViolationLines(page, scope)).map((line) => `after: ${line}`));
	expect(report).toEqual([]);
});
