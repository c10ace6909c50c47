/** Elements in page content that scroll sideways when they are wider than the column. */
const scrollableSelector = '.sl-markdown-content :is(table, pre, .table-wrap, .diagram-scroll)';

/**
 * Makes every content block that actually overflows reachable by keyboard (tabindex 0), so a
 * keyboard user can scroll a wide table or code block, and takes the tab stop away again when it
 * no longer overflows. Blocks that fit stay out of the tab order.
 */
export function makeScrollableRegionsFocusable(root: ParentNode = document): void {
	for (const element of root.querySelectorAll<HTMLElement>(scrollableSelector)) {
		const overflows = element.scrollWidth > element.clientWidth + 1;
		if (overflows && !element.hasAttribute('tabindex')) {
			element.tabIndex = 0;
			element.dataset['scrollable'] = '';
		} else if (!overflows && element.dataset['scrollable'] !== undefined) {
			element.removeAttribute('tabindex');
			delete element.dataset['scrollable'];
		}
	}
}
