import { BinaryHeap } from './binary-heap.ts';

interface TrieNode {
	readonly children: Map<string, TrieNode>;
	/** How many times the word ending here was inserted; 0 when no word ends here. */
	count: number;
}

const newNode = (): TrieNode => ({ children: new Map(), count: 0 });

/** A word and how many times it was inserted. */
export interface WordCount {
	readonly word: string;
	readonly count: number;
}

/**
 * A prefix tree of words, one node per character. insert, has and startsWith cost O(L) for a
 * word of length L, whatever the number of words stored.
 */
export class Trie {
	readonly #root = newNode();
	#nodes = 1;

	/** Nodes allocated, the root included: the memory cost the page discusses. */
	get nodeCount(): number {
		return this.#nodes;
	}

	/** Adds one occurrence of a word, creating the nodes its path lacks. */
	insert(word: string): void {
		let current = this.#root;
		// for...of walks code points, so a character outside the BMP is one edge, not two.
		for (const char of word) {
			let child = current.children.get(char);
			if (child === undefined) {
				child = newNode();
				current.children.set(char, child);
				this.#nodes++;
			}
			current = child;
		}
		current.count++;
	}

	/** True when this exact word was inserted (and not deleted). */
	has(word: string): boolean {
		return (this.#find(word)?.count ?? 0) > 0;
	}

	/** True when some stored word starts with `prefix`. */
	startsWith(prefix: string): boolean {
		const found = this.#find(prefix);
		return found !== undefined && (found.count > 0 || found.children.size > 0);
	}

	/**
	 * Removes a word entirely; returns false when it was absent. Nodes left with no word and no
	 * children are pruned from the bottom up, so memory follows the words actually stored.
	 */
	delete(word: string): boolean {
		const path: [TrieNode, string][] = [];
		let current = this.#root;
		for (const char of word) {
			const child = current.children.get(char);
			if (child === undefined) return false;
			path.push([current, char]);
			current = child;
		}
		if (current.count === 0) return false;
		current.count = 0;
		for (const [parent, char] of path.reverse()) {
			const child = parent.children.get(char) as TrieNode;
			if (child.count > 0 || child.children.size > 0) break;
			parent.children.delete(char);
			this.#nodes--;
		}
		return true;
	}

	/** Up to `limit` words starting with `prefix`, in code-point order: a depth-first walk. */
	wordsWithPrefix(prefix: string, limit = Number.POSITIVE_INFINITY): string[] {
		const start = this.#find(prefix);
		const words: string[] = [];
		if (start === undefined) return words;
		const stack: [TrieNode, string][] = [[start, prefix]];
		for (
			let entry = stack.pop();
			entry !== undefined && words.length < limit;
			entry = stack.pop()
		) {
			const [current, text] = entry;
			if (current.count > 0) words.push(text);
			// Push children in reverse order so the smallest character is popped first.
			const chars = [...current.children.keys()].sort(compareCodePoints).reverse();
			for (const char of chars) stack.push([current.children.get(char) as TrieNode, text + char]);
		}
		return words;
	}

	/**
	 * The k most frequent words starting with `prefix`, most frequent first (ties in code-point
	 * order). Walks the whole subtree with a size-k heap: O(S log k) for S nodes below the prefix.
	 * Autocomplete at scale caches each node's answer instead; see autocomplete/top-k-trie.ts.
	 */
	topCompletions(prefix: string, k: number): WordCount[] {
		if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer >= 1, got ${k}`);
		const worseFirst = (a: WordCount, b: WordCount): number =>
			a.count - b.count || compareCodePoints(b.word, a.word);
		const heap = new BinaryHeap<WordCount>(worseFirst);
		const start = this.#find(prefix);
		const stack: [TrieNode, string][] = start === undefined ? [] : [[start, prefix]];
		for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
			const [current, word] = entry;
			if (current.count > 0) {
				const candidate = { word, count: current.count };
				if (heap.size < k) heap.push(candidate);
				else if (worseFirst(candidate, heap.peek() as WordCount) > 0) heap.replaceTop(candidate);
			}
			for (const [char, child] of current.children) stack.push([child, word + char]);
		}
		const best: WordCount[] = [];
		for (let item = heap.pop(); item !== undefined; item = heap.pop()) best.push(item);
		return best.reverse();
	}

	#find(text: string): TrieNode | undefined {
		let current: TrieNode | undefined = this.#root;
		for (const char of text) {
			current = current.children.get(char);
			if (current === undefined) return undefined;
		}
		return current;
	}
}

/**
 * Orders strings by Unicode code point. JavaScript's `<` and default sort compare UTF-16 code
 * units instead, which put characters above U+FFFF before those in U+E000 to U+FFFF.
 */
function compareCodePoints(a: string, b: string): number {
	const left = a[Symbol.iterator]();
	const right = b[Symbol.iterator]();
	for (;;) {
		const x = left.next();
		const y = right.next();
		if (x.done === true) return y.done === true ? 0 : -1;
		if (y.done === true) return 1;
		const difference = (x.value.codePointAt(0) as number) - (y.value.codePointAt(0) as number);
		if (difference !== 0) return difference;
	}
}
