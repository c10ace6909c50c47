/**
 * The question bank as Anki decks: one plain-text file per deck in the format of Anki's text
 * import ("Importing > Text files" in the Anki manual, file headers since Anki 2.1.54). The
 * headers preset a tab separator, HTML fields, the Basic note type, the deck and the tags column,
 * so importing needs no choices; each row is one note: front, back, tags.
 */

/** One note: the question on the front, the model answer (HTML) on the back. */
export interface AnkiNote {
	/** Question id, used only to name the question in errors. */
	id: string;
	/** The question as plain text. */
	question: string;
	/** The back of the card as HTML, already made safe for a card (src/practice/anki-answer-html.ts). */
	answerHtml: string;
	/** Anki tags, none with a space in it. */
	tags: string[];
}

/** A deck file's content. */
export interface AnkiDeck {
	/** Deck name; `::` nests a deck under another, as in Anki. */
	name: string;
	notes: AnkiNote[];
}

/** The note type the files preset: Basic, with the Front and Back fields every collection has. */
export const ankiNoteType = 'Basic';

/** The column names the file declares, in order. */
export const ankiColumns = ['Front', 'Back', 'Tags'] as const;

/**
 * An Anki tag for one facet of a question, e.g. `level-L5` or `topic-load-balancing`: tags are
 * separated by spaces in Anki, so any run of whitespace becomes a hyphen.
 */
export function ankiTag(facet: 'section' | 'level' | 'kind' | 'topic', value: string): string {
	return `${facet}-${value.trim().replace(/\s+/g, '-')}`;
}

/** The tags of a question: its section, each level, its kind and each topic. */
export function questionTags(question: {
	section: string;
	levels: readonly string[];
	kind: string;
	topics: readonly string[];
}): string[] {
	return [
		ankiTag('section', question.section),
		...question.levels.map((level) => ankiTag('level', level)),
		ankiTag('kind', question.kind),
		...question.topics.map((topic) => ankiTag('topic', topic)),
	];
}

/** Escapes text for an HTML field, as the Anki manual asks for `<`, `>` and `&`. */
export function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * One field, always in double quotes with inner quotes doubled (the manual's way to keep tabs and
 * line breaks inside a field); quoting every field also keeps a field that starts with `#` from
 * being read as a comment.
 */
function quoteField(value: string): string {
	return `"${value.replaceAll('"', '""')}"`;
}

/** The deck as the text of an Anki import file, UTF-8 with LF line ends. */
export function writeAnkiDeck(deck: AnkiDeck): string {
	const lines = [
		'#separator:tab',
		'#html:true',
		`#notetype:${ankiNoteType}`,
		`#deck:${deck.name}`,
		`#columns:${ankiColumns.join('\t')}`,
		`#tags column:${ankiColumns.indexOf('Tags') + 1}`,
	];
	for (const note of deck.notes) {
		const badTag = note.tags.find((tag) => tag === '' || /\s/.test(tag));
		if (badTag !== undefined) {
			throw new Error(
				`Anki deck "${deck.name}", question ${note.id}: the tag ${JSON.stringify(badTag)} is empty or holds whitespace; Anki splits tags on spaces.`,
			);
		}
		lines.push(
			[escapeHtml(note.question), note.answerHtml, note.tags.join(' ')].map(quoteField).join('\t'),
		);
	}
	return `${lines.join('\n')}\n`;
}

/** A deck file read back: its `#key:value` headers and its rows of fields. */
export interface ReadAnkiDeck {
	headers: Record<string, string>;
	rows: string[][];
}

/**
 * Reads a file written by `writeAnkiDeck` the way Anki's importer does: header lines first, then
 * tab-separated rows whose quoted fields may hold tabs, line breaks and doubled quotes. Tests use
 * it to check the built decks.
 * @throws naming the line, on an unclosed quote or text after a closing quote.
 */
export function readAnkiDeck(text: string): ReadAnkiDeck {
	const headers: Record<string, string> = {};
	let at = 0;
	let line = 1;
	while (text.startsWith('#', at)) {
		const end = text.indexOf('\n', at);
		const header = text.slice(at + 1, end === -1 ? text.length : end);
		const colon = header.indexOf(':');
		if (colon !== -1) headers[header.slice(0, colon)] = header.slice(colon + 1);
		at = end === -1 ? text.length : end + 1;
		line += 1;
	}
	const rows: string[][] = [];
	let row: string[] = [];
	while (at < text.length) {
		let field = '';
		if (text[at] === '"') {
			const startLine = line;
			at += 1;
			for (;;) {
				const quote = text.indexOf('"', at);
				if (quote === -1) throw new Error(`line ${startLine}: a quoted field is never closed`);
				field += text.slice(at, quote);
				for (const ch of text.slice(at, quote)) if (ch === '\n') line += 1;
				at = quote + 1;
				if (text[at] !== '"') break;
				field += '"';
				at += 1;
			}
		} else {
			const stop = text.slice(at).search(/[\t\n]/);
			field = stop === -1 ? text.slice(at) : text.slice(at, at + stop);
			at = stop === -1 ? text.length : at + stop;
		}
		row.push(field);
		if (at >= text.length || text[at] === '\n') {
			rows.push(row);
			row = [];
			line += 1;
			at += 1;
		} else if (text[at] === '\t') {
			at += 1;
		} else {
			throw new Error(`line ${line}: text follows a closing quote; double a quote inside a field`);
		}
	}
	return { headers, rows };
}
