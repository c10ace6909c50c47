// A page's "In the interview" section says what a strong L4, L5 and L6 answer covers.
import { boldLevels, interviewSection, requiredLevels } from '../../src/text/level-expectations.ts';
import type { LintProblem } from './lint-problem.ts';

/** Problems with the level bar in a page's "In the interview" section (none without one). */
export function checkInterviewLevels(file: string, text: string): LintProblem[] {
	const section = interviewSection(text);
	if (!section) return [];
	const named = boldLevels(section.text);
	const missing = requiredLevels.filter((level) => !named.includes(level));
	if (missing.length === 0) return [];
	const list = missing.map((level) => `**${level}**`);
	const levels = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
	return [
		{
			file,
			line: section.line,
			message: `"In the interview" has no ${levels} bar. Say what a strong answer covers at each of L4, L5 and L6, naming the level in bold ("A strong **L5** answer drives ..."), distinct in what the candidate drives; see CONTRIBUTING, "In the interview".`,
		},
	];
}
