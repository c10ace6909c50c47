/** Elements in page content that scroll sideways when they are wider than the column. */
const scrollableSelector = '.sl-markdown-content :is(table, pre, .table-wrap, .diagram-scroll)';

/** Headings that can name a table without a caption: the section it sits in. */
const headingSelector = '.sl-markdown-content :is(h2, h3, h4, h5, h6)[id]';

/** True for a table that has no name of its own: no caption, no ARIA label. */
function isUnnamedTable(element: Element): boolean {
	return (
		element.tagName === 'TABLE' &&
		!element.querySelector('caption') &&
		!element.hasAttribute('aria-label') &&
		!element.hasAttribute('aria-labelledby')
	);
}

/**
 * Makes every content block that actually overflows reachable by keyboard (tabindex 0), so a
 * keyboard user can scroll a wide table or code block, and takes the tab stop away again when it
 * no longer overflows. Blocks that fit stay out of the tab order. A table that becomes a tab stop
 * without a caption is named after its section's heading, so focus lands on something named.
 */
export function makeScrollableRegionsFocusable(root: ParentNode = document): void {
	// Measure everything before changing anything: interleaving reads with attribute writes forces
	// a fresh layout per element, which takes minutes on a page as long as the print edition.
	// Blocks inside a closed <details> (the question bank's answers) have no box to scroll; they
	// are measured when their <details> opens (see watchOpenedDetails).
	const measured = [...root.querySelectorAll<HTMLElement>(scrollableSelector)]
		.filter((element) => !element.closest('details:not([open])'))
		.map((element) => ({
			element,
			overflows: element.scrollWidth > element.clientWidth + 1,
		}));
	// Both lists are in document order, so one pass finds the heading above each block.
	const headings = [...root.querySelectorAll(headingSelector)];
	let nextHeading = 0;
	let sectionHeading: Element | undefined;
	for (const { element, overflows } of measured) {
		while (
			nextHeading < headings.length &&
			(headings[nextHeading]?.compareDocumentPosition(element) ?? 0) &
				Node.DOCUMENT_POSITION_FOLLOWING
		) {
			sectionHeading = headings[nextHeading];
			nextHeading += 1;
		}
		if (overflows && !element.hasAttribute('tabindex')) {
			element.tabIndex = 0;
			element.dataset['scrollable'] = '';
			if (sectionHeading && isUnnamedTable(element)) {
				element.setAttribute('aria-labelledby', sectionHeading.id);
			}
		} else if (!overflows && element.dataset['scrollable'] !== undefined) {
			element.removeAttribute('tabindex');
			delete element.dataset['scrollable'];
		}
	}
}

/**
 * Measures the blocks of each <details> in page content as it opens: they were skipped while it
 * was closed, so a long question bank costs one measurement per answer read, not all at load.
 */
export function watchOpenedDetails(): void {
	document.addEventListener(
		'toggle',
		(event) => {
			const details = event.target;
			if (details instanceof HTMLDetailsElement && details.open) {
				makeScrollableRegionsFocusable(document);
			}
		},
		{ capture: true },
	);
}
