/** The fields of a question-bank entry that selection and ordering need. */
export interface QuestionLike {
	id: string;
	data: { pages: readonly string[]; levels: readonly string[] };
}

/** Questions that list `pageId` in `pages`, easiest level first, then by id for a stable order. */
export function questionsForPage<Q extends QuestionLike>(
	questions: readonly Q[],
	pageId: string,
): Q[] {
	return questions
		.filter((question) => question.data.pages.includes(pageId))
		.sort((a, b) => lowestLevel(a).localeCompare(lowestLevel(b)) || a.id.localeCompare(b.id));
}

function lowestLevel(question: QuestionLike): string {
	return [...question.data.levels].sort()[0] ?? 'L9';
}

/**
 * Lists questions whose `pages` name a page that does not exist, as contributor-facing messages
 * naming the question file and the bad page id.
 */
export function findDanglingQuestionPages(
	questions: readonly QuestionLike[],
	pageIds: ReadonlySet<string>,
): string[] {
	const problems: string[] = [];
	for (const question of questions) {
		for (const page of question.data.pages) {
			if (!pageIds.has(page)) {
				problems.push(
					`src/content/questions/${question.id}.md: pages lists "${page}", which is not a page. Use a page id such as "api-design/pagination" (the path under src/content/docs without extension).`,
				);
			}
		}
	}
	return problems;
}

/** The fields of a question that decide which bank page lists it. */
export interface BankQuestionLike {
	id: string;
	data: { pages: readonly string[] };
}

/** One bank page: a section of the handbook and its questions, by id. */
export interface BankSection<Q, S> {
	section: S;
	questions: Q[];
}

/**
 * Groups the bank by the section of each question's first page (the page that teaches it most),
 * in section order, questions by id; sections without questions are left out. A question's id
 * does not decide its section, so moving a file between folders never moves it between pages.
 */
export function groupQuestionsBySection<
	Q extends BankQuestionLike,
	S extends { directory: string },
>(questions: readonly Q[], sections: readonly S[]): BankSection<Q, S>[] {
	return sections
		.map((section) => ({
			section,
			questions: questions
				.filter((question) => (question.data.pages[0] ?? '').split('/')[0] === section.directory)
				.sort((a, b) => a.id.localeCompare(b.id)),
		}))
		.filter((group) => group.questions.length > 0);
}
