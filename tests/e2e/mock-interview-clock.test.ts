// The mock interview's clock under a controlled clock: the readout reads as a sentence, and
// ending a phase early keeps its spare minutes for the deep dives instead of dropping them.
import { expect, test } from './fixtures.ts';

test('ending a phase early keeps the round clock and gives the minutes to the deep dives', async ({
	page,
}) => {
	await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') });
	await page.goto('practice/mock-interview/');
	const readout = page.locator('.mock-readout');
	await expect(readout).toHaveText('Requirements: 5:00 left in the phase, 45:00 in the round.');

	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await page.clock.runFor(2_000);
	await expect(readout).toHaveText('Requirements: 4:58 left in the phase, 44:58 in the round.');
	await page.getByRole('button', { name: 'Next phase' }).click();
	// The round clock keeps the 4:58 that requirements did not use.
	await expect(readout).toHaveText('Estimates: 5:00 left in the phase, 44:58 in the round.');

	// Estimates, API, data model and high-level design run their full 25 minutes.
	await page.clock.runFor(25 * 60_000);
	await expect(readout).toHaveText('Deep dives: 14:58 left in the phase, 19:58 in the round.');
});
