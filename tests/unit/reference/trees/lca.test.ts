import { describe, it, expect } from 'vitest';
import { BinarySearchTree } from '../../../../src/reference/trees/bst.ts';
import { lcaInBinaryTree, lcaInBst } from '../../../../src/reference/trees/lca.ts';
import { node, preorder, type TreeNode } from '../../../../src/reference/trees/traversal.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const byNumber = (a: number, b: number): number => a - b;

// The slow, obviously right answer: the deepest node whose subtree holds both targets.
function naiveLca<T>(root: TreeNode<T>, a: TreeNode<T>, b: TreeNode<T>): TreeNode<T> | undefined {
	const contains = (n: TreeNode<T> | undefined, target: TreeNode<T>): boolean =>
		n !== undefined && (n === target || contains(n.left, target) || contains(n.right, target));
	let answer: TreeNode<T> | undefined;
	const visit = (n: TreeNode<T> | undefined): void => {
		if (n === undefined) return;
		if (contains(n, a) && contains(n, b)) answer = n;
		visit(n.left);
		visit(n.right);
	};
	visit(root);
	return answer;
}

function allNodes<T>(root: TreeNode<T> | undefined, out: TreeNode<T>[] = []): TreeNode<T>[] {
	if (root === undefined) return out;
	out.push(root);
	allNodes(root.left, out);
	allNodes(root.right, out);
	return out;
}

describe('lcaInBst', () => {
	it('finds the split point, or one key when it is the other one’s ancestor', () => {
		const tree = new BinarySearchTree(byNumber);
		for (const key of [20, 10, 30, 5, 15, 12, 17]) tree.insert(key);
		expect(lcaInBst(tree.root, 12, 17, byNumber)?.value).toBe(15);
		expect(lcaInBst(tree.root, 5, 17, byNumber)?.value).toBe(10);
		expect(lcaInBst(tree.root, 10, 12, byNumber)?.value).toBe(10);
		expect(lcaInBst(tree.root, 5, 30, byNumber)?.value).toBe(20);
	});

	it('agrees with the general algorithm on random BSTs', () => {
		const random = seededRandom(99);
		const tree = new BinarySearchTree(byNumber);
		for (let i = 0; i < 300; i++) tree.insert(Math.floor(random() * 1000));
		const nodes = allNodes(tree.root);
		for (let trial = 0; trial < 300; trial++) {
			const a = nodes[Math.floor(random() * nodes.length)] as TreeNode<number>;
			const b = nodes[Math.floor(random() * nodes.length)] as TreeNode<number>;
			expect(lcaInBst(tree.root, a.value, b.value, byNumber)).toBe(
				lcaInBinaryTree(tree.root, a, b),
			);
		}
	});
});

describe('lcaInBinaryTree', () => {
	it('matches a brute-force answer on a tree with no ordering', () => {
		const random = seededRandom(5);
		const nodes = [node(0)];
		for (let i = 1; i < 80; i++) {
			// Attach each new node to a random free child slot of an existing node.
			for (;;) {
				const parent = nodes[Math.floor(random() * nodes.length)] as TreeNode<number>;
				const child = node(i);
				if (random() < 0.5 && parent.left === undefined) parent.left = child;
				else if (parent.right === undefined) parent.right = child;
				else continue;
				nodes.push(child);
				break;
			}
		}
		const root = nodes[0] as TreeNode<number>;
		expect(preorder(root)).toHaveLength(80);
		for (let trial = 0; trial < 300; trial++) {
			const a = nodes[Math.floor(random() * nodes.length)] as TreeNode<number>;
			const b = nodes[Math.floor(random() * nodes.length)] as TreeNode<number>;
			expect(lcaInBinaryTree(root, a, b)).toBe(naiveLca(root, a, b));
		}
	});

	it('returns undefined when one target is not in the tree', () => {
		const a = node(1);
		const root = node(0, a, node(2));
		expect(lcaInBinaryTree(root, a, node(9))).toBeUndefined();
	});
});
