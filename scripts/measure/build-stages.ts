// Where an `astro build` spends its time, read from what it prints: the durations Astro, Vite
// and Pagefind report for their stages, and the content sync from its two timestamps.

/** Seconds per stage; `other` is the wall time no stage accounts for. */
export interface BuildStages {
	/** Astro's "Collecting build info": configuration, content sync and types. */
	buildInfo: number;
	/** The content sync (Markdown and MDX rendered, diagrams drawn), part of `buildInfo`. */
	contentSync: number;
	bundling: number;
	pages: number;
	searchIndex: number;
	other: number;
}

const clock = (line: string): number | undefined => {
	const match = /^(\d{2}):(\d{2}):(\d{2})\b/.exec(line);
	return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
};

/** The stages of one build's output, whose wall time was `seconds`. */
export function buildStages(output: string, seconds: number): BuildStages {
	const lines = output.split('\n');
	const number = (pattern: RegExp): number =>
		lines.reduce((sum, line) => sum + Number(pattern.exec(line)?.[1] ?? 0), 0);
	const at = (pattern: RegExp): number | undefined => {
		const line = lines.find((text) => pattern.test(text));
		return line === undefined ? undefined : clock(line);
	};
	const syncStart = at(/\[content\] Syncing content/);
	const syncEnd = at(/\[content\] Synced content/);
	const routesLine = lines.findIndex((line) => /generating static routes/.test(line));
	// "✓ Completed in Ns." follows both the build info and the page generation; tell them apart.
	const completed = lines
		.map((line, index) => ({ index, value: Number(/Completed in ([\d.]+)s/.exec(line)?.[1]) }))
		.filter((entry) => !Number.isNaN(entry.value));
	const pages =
		completed.find((entry) => routesLine !== -1 && entry.index > routesLine)?.value ?? 0;
	const buildInfo =
		completed.find((entry) => entry.index < routesLine || routesLine === -1)?.value ?? 0;
	const stages = {
		buildInfo,
		bundling: number(/\[vite\] ✓ built in ([\d.]+)s/),
		pages,
		searchIndex: number(/Finished building search index in ([\d.]+)s/),
	};
	const counted = Object.values(stages).reduce((sum, value) => sum + value, 0);
	const contentSync = syncStart !== undefined && syncEnd !== undefined ? syncEnd - syncStart : 0;
	return { ...stages, contentSync, other: Math.max(0, seconds - counted) };
}
