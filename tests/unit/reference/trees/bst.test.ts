import { describe, it, expect } from 'vitest';
import { BinarySearchTree, isValidBst } from '../../../../src/reference/trees/bst.ts';
import { node, preorder } from '../../../../src/reference/trees/traversal.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const byNumber = (a: number, b: number): number => a - b;

describe('BinarySearchTree', () => {
	it('agrees with a sorted array over thousands of random inserts, deletes and lookups', () => {
		const random = seededRandom(4242);
		const tree = new BinarySearchTree(byNumber);
		const model: number[] = [];
		for (let step = 0; step < 5000; step++) {
			const key = Math.floor(random() * 200);
			const action = random();
			if (action < 0.5) {
				expect(tree.insert(key)).toBe(!model.includes(key));
				if (!model.includes(key)) model.push(key);
			} else if (action < 0.85) {
				const index = model.indexOf(key);
				expect(tree.delete(key)).toBe(index >= 0);
				if (index >= 0) model.splice(index, 1);
			} else {
				expect(tree.has(key)).toBe(model.includes(key));
			}
			if (step % 50 === 0) {
				expect(tree.keys()).toEqual([...model].sort(byNumber));
				expect(isValidBst(tree.root, byNumber)).toBe(true);
			}
		}
		expect(tree.size).toBe(model.length);
		expect(tree.keys()).toEqual([...model].sort(byNumber));
	});

	it('deletes a node with two children by taking its in-order successor', () => {
		const tree = new BinarySearchTree(byNumber);
		for (const key of [50, 30, 70, 60, 80, 65]) tree.insert(key);
		expect(tree.delete(50)).toBe(true);
		// 60 is the smallest key in 50's right subtree; its right child 65 moves up to its place.
		expect(tree.root?.value).toBe(60);
		expect(preorder(tree.root)).toEqual([60, 30, 70, 65, 80]);
	});

	it('deletes the root when it has one child or none', () => {
		const tree = new BinarySearchTree(byNumber);
		tree.insert(1);
		tree.insert(2);
		expect(tree.delete(1)).toBe(true);
		expect(tree.root?.value).toBe(2);
		expect(tree.delete(2)).toBe(true);
		expect(tree.root).toBeUndefined();
		expect(tree.delete(2)).toBe(false);
	});

	it('degenerates into a list on sorted input: height n - 1', () => {
		const tree = new BinarySearchTree(byNumber);
		for (let key = 0; key < 1000; key++) tree.insert(key);
		expect(tree.height()).toBe(999);
		expect(tree.has(999)).toBe(true);
	});
});

describe('isValidBst', () => {
	it('rejects a tree where a grandchild breaks an ancestor bound', () => {
		// Each parent-child pair is ordered, but 6 sits in the left subtree of 5.
		const tree = node(5, node(3, node(1), node(6)), node(8));
		expect(isValidBst(tree, byNumber)).toBe(false);
	});

	it('rejects duplicates and accepts a correct tree', () => {
		expect(isValidBst(node(5, node(5)), byNumber)).toBe(false);
		expect(isValidBst(node(5, node(3, node(1), node(4)), node(8, node(6))), byNumber)).toBe(true);
		expect(isValidBst(undefined, byNumber)).toBe(true);
	});
});
