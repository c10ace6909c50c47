import type { Comparator } from './bst.ts';
import type { TreeNode } from './traversal.ts';

/**
 * Lowest common ancestor in a binary search tree, O(h): walk down from the root while both
 * keys lie on the same side; the first node that splits them (or equals one) is the answer.
 * Assumes both keys are present.
 */
export function lcaInBst<K>(
	root: TreeNode<K> | undefined,
	a: K,
	b: K,
	compare: Comparator<K>,
): TreeNode<K> | undefined {
	let current = root;
	while (current !== undefined) {
		if (compare(a, current.value) < 0 && compare(b, current.value) < 0) current = current.left;
		else if (compare(a, current.value) > 0 && compare(b, current.value) > 0)
			current = current.right;
		else return current;
	}
	return undefined;
}

/**
 * Lowest common ancestor in any binary tree, O(n): a post-order walk that reports, for each
 * subtree, how many of the two targets it contains. The first node whose subtree holds both is
 * the answer. Returns undefined when either target is missing from the tree.
 */
export function lcaInBinaryTree<T>(
	root: TreeNode<T> | undefined,
	a: TreeNode<T>,
	b: TreeNode<T>,
): TreeNode<T> | undefined {
	let answer: TreeNode<T> | undefined;
	const count = (current: TreeNode<T> | undefined): number => {
		if (current === undefined || answer !== undefined) return 0;
		const found =
			count(current.left) +
			count(current.right) +
			(current === a ? 1 : 0) +
			(current === b ? 1 : 0);
		// Counting both targets, rather than returning the first one met, keeps a missing target
		// from producing a wrong answer.
		if (found >= 2 && answer === undefined) answer = current;
		return found;
	};
	count(root);
	return answer;
}
