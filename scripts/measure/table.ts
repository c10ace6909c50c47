/** A plain-text table with a header rule; numeric-looking cells are right-aligned. */
export function renderTable(header: string[], rows: string[][]): string {
	const widths = header.map((title, i) =>
		Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
	);
	const numeric = (cell: string): boolean => /^[\d.,]+( ?[a-zA-Z%]+)?$|^-$/.test(cell);
	const line = (cells: string[]): string =>
		cells
			.map((cell, i) =>
				numeric(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
			)
			.join(' | ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
