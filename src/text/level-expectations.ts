/**
 * What a strong answer covers at each level, read from a page's "In the interview" section. The
 * content lint uses it to require the L4, L5 and L6 bar on every page with that section, and the
 * mock interview shows a design page's levels after the round.
 */

/** The levels every "In the interview" section must describe. */
export const requiredLevels = ['L4', 'L5', 'L6'] as const;

/** One level's expectation, as plain text. */
export interface LevelExpectation {
	/** As the page names it: "L5", or "L6 or L7". */
	level: string;
	text: string;
}

/** The "In the interview" section of a page body and the 1-based line its heading is on. */
export function interviewSection(body: string): { text: string; line: number } | undefined {
	const lines = body.split('\n');
	const start = lines.findIndex((line) => /^##\s+In the interview\s*$/.test(line));
	if (start === -1) return undefined;
	const end = lines.findIndex((line, index) => index > start && /^##?\s/.test(line));
	return {
		text: lines.slice(start + 1, end === -1 ? undefined : end).join('\n'),
		line: start + 1,
	};
}

// Bold spans, paired left to right as Markdown pairs them, and a level inside one: "**L5**",
// "**A strong L5 answer**", "**L6 or L7**".
const boldSpan = /\*\*([^*\n]+?)\*\*/g;
const levelName = /\b(L[3-7](?:\s+or\s+L[3-7])?)\b/;

/** Each bold span that names a level: where it starts and the level as written. */
function boldLevelMarks(text: string): { index: number; level: string }[] {
	const marks: { index: number; level: string }[] = [];
	for (const span of text.matchAll(boldSpan)) {
		const level = levelName.exec(span[1] ?? '')?.[1];
		if (level !== undefined) marks.push({ index: span.index, level });
	}
	return marks;
}

// A table row whose first cell is a level: "| L5 | Drives the whole round ... |".
const levelRow = /^\|\s*\**(L[3-7])\**\s*\|/gm;

/** The levels a section names in bold or as the first cell of a table row, lowest first. */
export function boldLevels(section: string): string[] {
	const named = new Set<string>();
	for (const mark of boldLevelMarks(section)) {
		for (const level of mark.level.split(/\s+or\s+/)) named.add(level);
	}
	for (const match of section.matchAll(levelRow)) named.add(match[1] ?? '');
	return [...named].sort();
}

/** Markdown inline syntax removed: emphasis, code spans, links, HTML tags and JSX. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/<[^>]+>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\*\*|__|`/g, '')
		.replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s.,;:)]|$)/g, '$1$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Each bold level in the section with the sentences that describe it: from the sentence that
 * names the level to the sentence that names the next one, or the end of its paragraph.
 */
export function levelExpectations(section: string): LevelExpectation[] {
	const expectations: LevelExpectation[] = [];
	for (const block of section.split(/\n\s*\n/)) {
		const text = block.replace(/^\s*[-*]\s+/gm, '').replace(/\s*\n\s*/g, ' ');
		const marks = boldLevelMarks(text);
		marks.forEach((mark, index) => {
			const from = sentenceStart(text, mark.index);
			const next = marks[index + 1];
			const to = next === undefined ? text.length : sentenceStart(text, next.index);
			const described = plainText(text.slice(from, to));
			if (described !== '') expectations.push({ level: mark.level, text: described });
		});
	}
	return expectations;
}

/** Where the sentence holding position `at` begins (after the last ". " before it). */
function sentenceStart(text: string, at: number): number {
	const before = text.slice(0, at);
	const end = Math.max(
		before.lastIndexOf('. '),
		before.lastIndexOf('? '),
		before.lastIndexOf(': '),
	);
	if (end === -1) return 0;
	// A colon ends a lead-in ("Levels: A strong ..."), a period or question mark a sentence.
	return end + 2;
}
