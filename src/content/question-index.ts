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

/** One page of the question bank: a section, or a part of one that has a page of its own. */
export interface BankPage {
	/** The page's URL segment: /practice/<directory>/ and /practice/cards/<directory>.json. */
	directory: string;
	label: string;
	/** The section page to send readers to: the section itself for a part of it. */
	home: string;
	/** A question belongs to the page with the longest prefix its first page id starts with. */
	pagePrefixes: readonly string[];
}

/** The bank's pages in reading order: each section, followed by its `bankParts`. */
export function bankPagesFor(
	sections: readonly {
		directory: string;
		label: string;
		bankParts?: readonly { directory: string; label: string; pagePrefixes: readonly string[] }[];
	}[],
): BankPage[] {
	return sections.flatMap((section) => [
		{
			directory: section.directory,
			label: section.label,
			home: section.directory,
			pagePrefixes: [`${section.directory}/`],
		},
		...(section.bankParts ?? []).map((part) => ({ ...part, home: section.directory })),
	]);
}

/** One bank page and its questions, by id. */
export interface BankSection<Q, S> {
	section: S;
	questions: Q[];
}

/**
 * Groups the bank by the page each question's first page (the page that teaches it most) falls
 * under, the most specific prefix winning, in page order, questions by id; pages without
 * questions are left out. A question's id does not decide its page, so moving a file between
 * folders never moves it between pages.
 */
export function groupQuestionsBySection<Q extends BankQuestionLike, S extends BankPage>(
	questions: readonly Q[],
	pages: readonly S[],
): BankSection<Q, S>[] {
	const longestMatch = (page: S, first: string): number =>
		Math.max(
			-1,
			...page.pagePrefixes.filter((prefix) => first.startsWith(prefix)).map((p) => p.length),
		);
	const pageOf = (question: Q): S | undefined => {
		const first = `${question.data.pages[0] ?? ''}/`;
		const best = pages
			.map((page) => ({ page, length: longestMatch(page, first) }))
			.filter((match) => match.length >= 0)
			.sort((a, b) => b.length - a.length)[0];
		return best?.page;
	};
	return pages
		.map((section) => ({
			section,
			questions: questions
				.filter((question) => pageOf(question) === section)
				.sort((a, b) => a.id.localeCompare(b.id)),
		}))
		.filter((group) => group.questions.length > 0);
}
