/**
 * /practice/cards/<section>.json: the flashcard content of one section of the question bank
 * (question, model answer as HTML, follow-ups, teaching pages), fetched by /practice/ only for the
 * sections whose cards the reader reaches.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { handbookSections } from '../../../config/sections.ts';
import { bankPagesFor, groupQuestionsBySection } from '../../../content/question-index.ts';
import type { SectionCards } from '../../../practice/flashcard-deck.ts';

export const getStaticPaths = (async () => {
	const questions = await getCollection('questions');
	const titles = new Map((await getCollection('docs')).map((doc) => [doc.id, doc.data.title]));
	const base = import.meta.env.BASE_URL;
	return groupQuestionsBySection(questions, bankPagesFor(handbookSections)).map(
		({ section, questions }) => {
			const body: SectionCards = {
				section: section.directory,
				cards: questions.map((question) => {
					const answerHtml = question.rendered?.html;
					if (answerHtml === undefined)
						throw new Error(
							`src/content/questions/${question.id}.md: the model answer did not render to HTML; check that the file has a Markdown body under its frontmatter.`,
						);
					return {
						id: question.id,
						question: question.data.question,
						answerHtml,
						followUps: question.data.followUps,
						pages: question.data.pages.map((page) => ({
							href: `${base}${page}/`,
							title: titles.get(page) ?? page,
						})),
					};
				}),
			};
			return { params: { section: section.directory }, props: { body } };
		},
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: SectionCards }> = ({ props }) =>
	new Response(JSON.stringify(props.body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
