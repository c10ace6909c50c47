import { describe, it, expect } from 'vitest';
import {
	deserialize,
	inorder,
	inorderIterative,
	levelOrder,
	node,
	postorder,
	postorderIterative,
	preorder,
	preorderIterative,
	serialize,
	type TreeNode,
} from '../../../../src/reference/trees/traversal.ts';
import { seededRandom } from '../../support/seeded-random.ts';

//         F
//       /   \
//      B     G
//     / \     \
//    A   D     I
//       / \   /
//      C   E H
const tree = node(
	'F',
	node('B', node('A'), node('D', node('C'), node('E'))),
	node('G', undefined, node('I', node('H'))),
);

function randomTree(random: () => number, size: number): TreeNode<string> | undefined {
	if (size === 0) return undefined;
	const leftSize = Math.floor(random() * size);
	return node(String(size), randomTree(random, leftSize), randomTree(random, size - 1 - leftSize));
}

describe('traversal orders on a fixed tree', () => {
	it('pre-order visits a node before its subtrees', () => {
		expect(preorder(tree)).toEqual(['F', 'B', 'A', 'D', 'C', 'E', 'G', 'I', 'H']);
	});

	it('in-order visits the left subtree, the node, then the right subtree', () => {
		expect(inorder(tree)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
	});

	it('post-order visits a node after both subtrees', () => {
		expect(postorder(tree)).toEqual(['A', 'C', 'E', 'D', 'B', 'H', 'I', 'G', 'F']);
	});

	it('level order groups nodes by depth', () => {
		expect(levelOrder(tree)).toEqual([['F'], ['B', 'G'], ['A', 'D', 'I'], ['C', 'E', 'H']]);
	});

	it('handles an empty tree', () => {
		expect(preorderIterative(undefined)).toEqual([]);
		expect(levelOrder(undefined)).toEqual([]);
	});
});

describe('iterative traversals', () => {
	it('match the recursive ones on random trees', () => {
		const random = seededRandom(7);
		for (let trial = 0; trial < 200; trial++) {
			const root = randomTree(random, Math.floor(random() * 30));
			expect(preorderIterative(root)).toEqual(preorder(root));
			expect(inorderIterative(root)).toEqual(inorder(root));
			expect(postorderIterative(root)).toEqual(postorder(root));
		}
	});

	it('walk a 100,000-node left spine without overflowing the stack', () => {
		let root: TreeNode<number> | undefined;
		for (let i = 0; i < 100_000; i++) root = node(i, root);
		const order = inorderIterative(root);
		expect(order).toHaveLength(100_000);
		expect(order[0]).toBe(0);
		expect(postorderIterative(root)[99_999]).toBe(99_999);
	});
});

describe('serialize', () => {
	it('round-trips the shape, which in-order alone cannot', () => {
		const text = serialize(tree);
		expect(text).toBe('F,B,A,#,#,D,C,#,#,E,#,#,G,#,I,H,#,#,#');
		expect(deserialize(text)).toEqual(tree);
		// Two different shapes share the in-order sequence A, B.
		expect(inorder(node('B', node('A')))).toEqual(inorder(node('A', undefined, node('B'))));
		expect(serialize(node('B', node('A')))).not.toBe(serialize(node('A', undefined, node('B'))));
	});

	it('round-trips random trees and names a reserved token', () => {
		const random = seededRandom(11);
		for (let trial = 0; trial < 50; trial++) {
			const root = randomTree(random, Math.floor(random() * 20));
			expect(deserialize(serialize(root))).toEqual(root);
		}
		expect(() => serialize(node('a,b'))).toThrow(/reserved token/);
		expect(() => deserialize('A,#')).toThrow(/ends early/);
	});
});
