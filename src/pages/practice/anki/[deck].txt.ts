/**
 * /practice/anki/<section>.txt and /practice/anki/all.txt: the question bank as Anki import files,
 * one deck per section and one with every question (format: src/practice/anki-deck.ts). Each note's
 * back is the model answer as the site renders it, then the follow-ups and the teaching pages,
 * made safe for a card by src/practice/anki-answer-html.ts, with links made absolute when the
 * site's URL is configured (SITE_URL), since a card has no base URL.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { handbookSections } from '../../../config/sections.ts';
import { bankPagesFor, groupQuestionsBySection } from '../../../content/question-index.ts';
import { ankiAnswerHtml } from '../../../practice/anki-answer-html.ts';
import {
	escapeHtml,
	questionTags,
	writeAnkiDeck,
	type AnkiNote,
} from '../../../practice/anki-deck.ts';

/** The deck every file's deck sits under, and the name of the deck with every question. */
const handbookDeck = 'Backend Interview Handbook';

/** The file name of the deck with every question; no section may use it. */
const allDecks = 'all';

export const getStaticPaths = (async () => {
	const questions = await getCollection('questions');
	const titles = new Map((await getCollection('docs')).map((doc) => [doc.id, doc.data.title]));
	const base = import.meta.env.BASE_URL;
	const site = import.meta.env.SITE;

	const groups = groupQuestionsBySection(questions, bankPagesFor(handbookSections));
	const decks = groups.map(({ section, questions: sectionQuestions }) => {
		if (section.directory === allDecks)
			throw new Error(
				`src/config/sections.ts: a section with the directory "${allDecks}" would share its Anki file with the deck of every question; rename the section.`,
			);
		const notes: AnkiNote[] = sectionQuestions.map((question) => {
			const answerHtml = question.rendered?.html;
			if (answerHtml === undefined)
				throw new Error(
					`src/content/questions/${question.id}.md: the model answer did not render to HTML; check that the file has a Markdown body under its frontmatter.`,
				);
			const followUps =
				question.data.followUps.length === 0
					? ''
					: `<p><strong>Follow-ups to expect</strong></p><ul>${question.data.followUps
							.map((followUp) => `<li>${escapeHtml(followUp)}</li>`)
							.join('')}</ul>`;
			const pages = question.data.pages
				.map((page) => `<a href="${base}${page}/">${escapeHtml(titles.get(page) ?? page)}</a>`)
				.join(', ');
			return {
				id: question.id,
				question: question.data.question,
				answerHtml: ankiAnswerHtml(`${answerHtml}${followUps}<p>Taught in: ${pages}</p>`, site),
				tags: questionTags({ section: section.directory, ...question.data }),
			};
		});
		return { directory: section.directory, label: section.label, notes };
	});
	return [
		...decks.map(({ directory, label, notes }) => ({
			params: { deck: directory },
			props: { text: writeAnkiDeck({ name: `${handbookDeck}::${label}`, notes }) },
		})),
		{
			params: { deck: allDecks },
			props: {
				text: writeAnkiDeck({ name: handbookDeck, notes: decks.flatMap(({ notes }) => notes) }),
			},
		},
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
	new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
