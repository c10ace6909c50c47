/**
 * Kinds of interview question in the bank, with the label readers see. The question schema, the
 * practice filters, the question cards and the flashcards all read this one list.
 */
export const questionKindLabels = {
	concept: 'Concept',
	design: 'Design',
	coding: 'Coding',
	behavioral: 'Behavioral',
} as const;

/** One kind of question, as written in a question file's `kind` field. */
export type QuestionKind = keyof typeof questionKindLabels;

/** Every kind, in the order the practice filter lists them. */
export const questionKinds = Object.keys(questionKindLabels) as [QuestionKind, ...QuestionKind[]];
