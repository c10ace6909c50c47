import { inorderIterative, type TreeNode } from './traversal.ts';

/** Negative when a sorts before b, zero when equal, positive after: Array.prototype.sort's contract. */
export type Comparator<T> = (a: T, b: T) => number;

/**
 * An unbalanced binary search tree of distinct keys. Every operation walks one root-to-leaf
 * path: O(h), which is O(log n) on random input and O(n) on sorted input.
 */
export class BinarySearchTree<K> {
	#root: TreeNode<K> | undefined;
	#size = 0;

	constructor(readonly compare: Comparator<K>) {}

	/** Number of keys stored. */
	get size(): number {
		return this.#size;
	}

	/** The root node, for traversals and checks; do not mutate it. */
	get root(): TreeNode<K> | undefined {
		return this.#root;
	}

	/** True when the key is present. */
	has(key: K): boolean {
		let current = this.#root;
		while (current !== undefined) {
			const order = this.compare(key, current.value);
			if (order === 0) return true;
			current = order < 0 ? current.left : current.right;
		}
		return false;
	}

	/** Adds a key; returns false, changing nothing, when it is already present. */
	insert(key: K): boolean {
		const leaf: TreeNode<K> = { value: key, left: undefined, right: undefined };
		if (this.#root === undefined) {
			this.#root = leaf;
			this.#size = 1;
			return true;
		}
		let current = this.#root;
		for (;;) {
			const order = this.compare(key, current.value);
			if (order === 0) return false;
			const next = order < 0 ? current.left : current.right;
			if (next === undefined) {
				if (order < 0) current.left = leaf;
				else current.right = leaf;
				this.#size++;
				return true;
			}
			current = next;
		}
	}

	/**
	 * Removes a key; returns false when it was absent. A node with two children takes its
	 * in-order successor's key, and the successor (which has no left child) is spliced out.
	 */
	delete(key: K): boolean {
		let parent: TreeNode<K> | undefined;
		let target = this.#root;
		while (target !== undefined) {
			const order = this.compare(key, target.value);
			if (order === 0) break;
			parent = target;
			target = order < 0 ? target.left : target.right;
		}
		if (target === undefined) return false;

		if (target.left !== undefined && target.right !== undefined) {
			// The successor is the leftmost node of the right subtree: the next key in sorted order.
			let successorParent = target;
			let successor = target.right;
			while (successor.left !== undefined) {
				successorParent = successor;
				successor = successor.left;
			}
			target.value = successor.value;
			// Now delete the successor instead; it has at most a right child.
			parent = successorParent;
			target = successor;
		}

		// Zero or one child: the child (or nothing) takes the node's place under its parent.
		const child = target.left ?? target.right;
		if (parent === undefined) this.#root = child;
		else if (parent.left === target) parent.left = child;
		else parent.right = child;
		this.#size--;
		return true;
	}

	/** The keys in ascending order: an in-order walk. */
	keys(): K[] {
		return inorderIterative(this.#root);
	}

	/** Edges on the longest root-to-leaf path; -1 for an empty tree. */
	height(): number {
		let height = -1;
		let level = this.#root === undefined ? [] : [this.#root];
		while (level.length > 0) {
			height++;
			level = level.flatMap((n) => [n.left, n.right].filter((c) => c !== undefined));
		}
		return height;
	}
}

/**
 * Checks the BST property over the whole tree, not just parent and child: every node must lie
 * strictly between the bounds its ancestors impose. O(n) time, explicit stack.
 */
export function isValidBst<K>(root: TreeNode<K> | undefined, compare: Comparator<K>): boolean {
	type Frame = { node: TreeNode<K>; low: K | undefined; high: K | undefined };
	const stack: Frame[] =
		root === undefined ? [] : [{ node: root, low: undefined, high: undefined }];
	for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
		const { node, low, high } = frame;
		if (low !== undefined && compare(node.value, low) <= 0) return false;
		if (high !== undefined && compare(node.value, high) >= 0) return false;
		// Left children inherit the upper bound of this node; right children the lower.
		if (node.left !== undefined) stack.push({ node: node.left, low, high: node.value });
		if (node.right !== undefined) stack.push({ node: node.right, low: node.value, high });
	}
	return true;
}
