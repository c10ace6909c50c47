/** A node of a binary tree: a value and up to two children. */
export interface TreeNode<T> {
	value: T;
	left: TreeNode<T> | undefined;
	right: TreeNode<T> | undefined;
}

/** Builds a node; children default to none. */
export function node<T>(value: T, left?: TreeNode<T>, right?: TreeNode<T>): TreeNode<T> {
	return { value, left, right };
}

/** Pre-order (node, left, right), recursive: the order that lets you rebuild a tree. */
export function preorder<T>(root: TreeNode<T> | undefined, out: T[] = []): T[] {
	if (root === undefined) return out;
	out.push(root.value);
	preorder(root.left, out);
	preorder(root.right, out);
	return out;
}

/** In-order (left, node, right), recursive: sorted output for a binary search tree. */
export function inorder<T>(root: TreeNode<T> | undefined, out: T[] = []): T[] {
	if (root === undefined) return out;
	inorder(root.left, out);
	out.push(root.value);
	inorder(root.right, out);
	return out;
}

/** Post-order (left, right, node), recursive: children before parent, as deleting a tree needs. */
export function postorder<T>(root: TreeNode<T> | undefined, out: T[] = []): T[] {
	if (root === undefined) return out;
	postorder(root.left, out);
	postorder(root.right, out);
	out.push(root.value);
	return out;
}

/** Pre-order with an explicit stack: no recursion limit on a degenerate tree. */
export function preorderIterative<T>(root: TreeNode<T> | undefined): T[] {
	const out: T[] = [];
	const stack = root === undefined ? [] : [root];
	for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
		out.push(current.value);
		// Right is pushed first so that left is popped, and visited, first.
		if (current.right !== undefined) stack.push(current.right);
		if (current.left !== undefined) stack.push(current.left);
	}
	return out;
}

/** In-order with an explicit stack: walk left as far as possible, visit, then go right once. */
export function inorderIterative<T>(root: TreeNode<T> | undefined): T[] {
	const out: T[] = [];
	const stack: TreeNode<T>[] = [];
	let current = root;
	while (current !== undefined || stack.length > 0) {
		while (current !== undefined) {
			stack.push(current);
			current = current.left;
		}
		const next = stack.pop() as TreeNode<T>;
		out.push(next.value);
		current = next.right;
	}
	return out;
}

/** Post-order with an explicit stack: a node is emitted once its right subtree is done. */
export function postorderIterative<T>(root: TreeNode<T> | undefined): T[] {
	const out: T[] = [];
	const stack: TreeNode<T>[] = [];
	let current = root;
	let lastEmitted: TreeNode<T> | undefined;
	while (current !== undefined || stack.length > 0) {
		while (current !== undefined) {
			stack.push(current);
			current = current.left;
		}
		const top = stack[stack.length - 1] as TreeNode<T>;
		// Descend right only the first time we come back up from the left.
		if (top.right !== undefined && top.right !== lastEmitted) {
			current = top.right;
		} else {
			out.push(top.value);
			lastEmitted = stack.pop();
		}
	}
	return out;
}

/** Level order (breadth-first), one array per depth: the shape "print by level" asks for. */
export function levelOrder<T>(root: TreeNode<T> | undefined): T[][] {
	const levels: T[][] = [];
	let level = root === undefined ? [] : [root];
	while (level.length > 0) {
		levels.push(level.map((n) => n.value));
		const next: TreeNode<T>[] = [];
		for (const n of level) {
			if (n.left !== undefined) next.push(n.left);
			if (n.right !== undefined) next.push(n.right);
		}
		level = next;
	}
	return levels;
}

/** Serializes a tree of strings as pre-order with '#' for a missing child, comma-separated. */
export function serialize(root: TreeNode<string> | undefined): string {
	const tokens: string[] = [];
	const stack: (TreeNode<string> | undefined)[] = [root];
	while (stack.length > 0) {
		const current = stack.pop();
		if (current === undefined) {
			tokens.push('#');
			continue;
		}
		if (current.value === '#' || current.value.includes(','))
			throw new RangeError(`value "${current.value}" contains a reserved token ('#' or ',')`);
		tokens.push(current.value);
		stack.push(current.right, current.left);
	}
	return tokens.join(',');
}

/** Rebuilds a tree from `serialize` output: the null markers make pre-order alone enough. */
export function deserialize(text: string): TreeNode<string> | undefined {
	const tokens = text.split(',');
	let position = 0;
	const read = (): TreeNode<string> | undefined => {
		const token = tokens[position++];
		if (token === undefined)
			throw new RangeError(`serialized tree ends early at token ${position}`);
		if (token === '#') return undefined;
		const built = node(token);
		built.left = read();
		built.right = read();
		return built;
	};
	const root = read();
	if (position !== tokens.length)
		throw new RangeError(`serialized tree has ${tokens.length - position} extra tokens`);
	return root;
}
