/** Elements in page content that scroll sideways when they are wider than the column. */
const scrollableSelector = '.sl-markdown-content :is(table, pre, .table-wrap, .diagram-scroll)';

/**
 * Makes every content block that actually overflows reachable by keyboard (tabindex 0), so a
 * keyboard user can scroll a wide table or code block, and takes the tab stop away again when it
 * no longer overflows. Blocks that fit stay out of the tab order.
 */
export function makeScrollableRegionsFocusable(root: ParentNode = document): void {
	// Measure everything before changing anything: interleaving reads with attribute writes forces
	// a fresh layout per element, which takes minutes on a page as long as the print edition.
	const measured = [...root.querySelectorAll<HTMLElement>(scrollableSelector)].map((element) => ({
		element,
		overflows: element.scrollWidth > element.clientWidth + 1,
	}));
	for (const { element, overflows } of measured) {
		if (overflows && !element.hasAttribute('tabindex')) {
			element.tabIndex = 0;
			element.dataset['scrollable'] = '';
		} else if (!overflows && element.dataset['scrollable'] !== undefined) {
			element.removeAttribute('tabindex');
			delete element.dataset['scrollable'];
		}
	}
}
