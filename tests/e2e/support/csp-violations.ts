import type { Page } from '@playwright/test';

/**
 * Starts recording every Content-Security-Policy violation on the page, both the
 * `securitypolicyviolation` events and Chromium's console reports, from its next navigation on.
 * Returns a function that reads what was recorded so far.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
	const consoleReports: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
			);
		});
	});
	return async () => [
		...(await page.evaluate(
			() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
		)),
		...consoleReports,
	];
}
