/**
 * Topic names and subscription patterns. Words are separated by dots, as in RabbitMQ's topic
 * exchange: in a pattern, `*` stands for exactly one word and `#` for zero or more words.
 */

/** Throws unless `topic` is a concrete topic a publisher may use: dot-separated, no wildcards. */
export function assertTopic(topic: string): void {
	const words = splitWords(topic, 'topic');
	const wild = words.findIndex((word) => word === '*' || word === '#');
	if (wild !== -1) {
		throw new Error(
			`Invalid topic "${topic}": word ${wild + 1} is a wildcard; publish to a concrete topic such as "orders.created" and use wildcards only when subscribing.`,
		);
	}
}

/** A compiled subscription pattern such as `orders.created`, `orders.*` or `audit.#`. */
export class TopicPattern {
	/** The pattern as the subscriber wrote it. */
	readonly source: string;
	readonly #words: readonly string[];
	readonly #exact: boolean;

	/** @throws if a word is empty or a wildcard is mixed with letters (`ord*`). */
	constructor(pattern: string) {
		this.#words = splitWords(pattern, 'pattern');
		this.#words.forEach((word, index) => {
			if (word.length > 1 && (word.includes('*') || word.includes('#'))) {
				throw new Error(
					`Invalid pattern "${pattern}": word ${index + 1} ("${word}") mixes a wildcard with letters; a wildcard must be a whole word, as in "orders.*".`,
				);
			}
		});
		this.source = pattern;
		this.#exact = !this.#words.some((word) => word === '*' || word === '#');
	}

	/** True when the pattern has no wildcard, so it matches one topic only. */
	get isExact(): boolean {
		return this.#exact;
	}

	/** Does a published topic match this pattern? O(pattern words × topic words). */
	matches(topic: string): boolean {
		if (this.#exact) return topic === this.source;
		const words = topic.split('.');
		// reach[j]: the pattern words seen so far can match the first j topic words.
		let reach = words.map(() => false).concat(false);
		reach[0] = true;
		for (const word of this.#words) {
			const next = reach.map(() => false);
			for (let j = 0; j <= words.length; j++) {
				if (word === '#') next[j] = reach[j] === true || (j > 0 && next[j - 1] === true);
				else if (j > 0 && reach[j - 1] === true && (word === '*' || word === words[j - 1])) {
					next[j] = true;
				}
			}
			reach = next;
		}
		return reach[words.length] === true;
	}
}

function splitWords(text: string, kind: 'topic' | 'pattern'): string[] {
	const words = text.split('.');
	const empty = words.findIndex((word) => word.length === 0);
	if (empty !== -1) {
		throw new Error(
			`Invalid ${kind} "${text}": word ${empty + 1} is empty; write non-empty words joined by single dots, as in "orders.created".`,
		);
	}
	return words;
}
