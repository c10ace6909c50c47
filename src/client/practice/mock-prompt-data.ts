/**
 * What the mock-interview page embeds per full design prompt (as JSON, keyed by question id) for
 * the interviewer and the feedback, and how the script reads it back.
 */
import type { KeyPoints } from '../../practice/key-point-feedback.ts';
import type { LevelExpectation } from '../../text/level-expectations.ts';

/** One prompt's data as MockInterview.astro writes it. */
export interface MockPromptData {
	question: string;
	followUps: readonly string[];
	/** Follow-ups of the other questions on the prompt's page. */
	relatedFollowUps: readonly string[];
	keyPoints: KeyPoints;
	/** URL of the design page the prompt belongs to. */
	page: string;
	/** What a strong answer covers at each level, from the page's "In the interview" section. */
	levels: readonly LevelExpectation[];
}

/** Reads the embedded prompt data; an empty record if the page has none. */
export function readPromptData(root: HTMLElement): Record<string, MockPromptData> {
	const text = root.querySelector('[data-mock-prompts]')?.textContent ?? '{}';
	return JSON.parse(text) as Record<string, MockPromptData>;
}
