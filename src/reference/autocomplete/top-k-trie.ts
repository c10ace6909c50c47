/**
 * A trie for typeahead that keeps, in every node, the k best completions below it. Answering a
 * prefix walks one node per character and copies a ready list, so the cost is O(length of the
 * prefix + k) however many phrases share the prefix.
 */

/** A suggestion and the weight it is ranked by (a decayed query count, for example). */
export interface Completion {
	readonly phrase: string;
	readonly weight: number;
}

interface TrieNode {
	readonly children: Map<string, TrieNode>;
	/** The phrase ending here and its weight; weight 0 when no phrase ends here. */
	phrase: string;
	weight: number;
	/** The best k completions in this subtree, best first. */
	top: Completion[];
}

const newNode = (): TrieNode => ({ children: new Map(), phrase: '', weight: 0, top: [] });

/** Ranking: higher weight first; equal weights in code-point order of the phrase, so ties are stable. */
export function compareCompletions(a: Completion, b: Completion): number {
	if (a.weight !== b.weight) return b.weight - a.weight;
	return a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0;
}

/** A trie of weighted phrases answering "top k completions of this prefix". */
export class TopKTrie {
	readonly #root = newNode();
	readonly #weights = new Map<string, number>();

	/** @param k completions kept per node and returned per query. */
	constructor(readonly k: number) {
		if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer >= 1, got ${k}`);
	}

	/** The current weight of a phrase, 0 if it is absent. */
	weightOf(phrase: string): number {
		return this.#weights.get(phrase) ?? 0;
	}

	/** Adds `delta` to a phrase's weight (a new query, or a negative correction). */
	increment(phrase: string, delta = 1): void {
		this.setWeight(phrase, Math.max(0, this.weightOf(phrase) + delta));
	}

	/**
	 * Sets a phrase's weight; 0 removes it from every suggestion list. Cost is O(length x
	 * children x k): only the nodes on the phrase's path can change, each rebuilt from its children.
	 */
	setWeight(phrase: string, weight: number): void {
		if (phrase.length === 0) throw new RangeError('phrase must not be empty');
		if (!Number.isFinite(weight) || weight < 0)
			throw new RangeError(`weight for "${phrase}" must be a number >= 0, got ${weight}`);
		if (weight === 0) this.#weights.delete(phrase);
		else this.#weights.set(phrase, weight);
		// Walk down by code point, so a character outside the BMP is one edge, not two.
		const path = [this.#root];
		let node = this.#root;
		for (const char of phrase) {
			let child = node.children.get(char);
			if (child === undefined) {
				child = newNode();
				node.children.set(char, child);
			}
			node = child;
			path.push(node);
		}
		node.phrase = phrase;
		node.weight = weight;
		// Rebuild bottom-up: a node's top k is the best k of its own phrase and its children's
		// lists, and each child's list is already correct when its parent is rebuilt.
		for (const current of path.reverse()) this.#rebuild(current);
	}

	/** The best k completions of `prefix`, best first; empty when nothing starts with it. */
	suggest(prefix: string): Completion[] {
		let node: TrieNode | undefined = this.#root;
		for (const char of prefix) {
			node = node.children.get(char);
			if (node === undefined) return [];
		}
		return [...node.top];
	}

	#rebuild(node: TrieNode): void {
		const candidates: Completion[] =
			node.weight > 0 ? [{ phrase: node.phrase, weight: node.weight }] : [];
		for (const child of node.children.values()) candidates.push(...child.top);
		candidates.sort(compareCompletions);
		node.top = candidates.slice(0, this.k);
	}
}
