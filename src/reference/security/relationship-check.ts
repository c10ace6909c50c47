/**
 * Relationship-based access control in the style of Google's Zanzibar.
 *
 * Permissions are stored as relation tuples, `object#relation@subject`:
 *
 *     doc:roadmap#viewer@user:anne          Anne may view the roadmap
 *     doc:roadmap#viewer@group:eng#member   every member of group eng may view it
 *     doc:roadmap#parent@folder:plans       the roadmap lives in folder plans
 *
 * A schema says how relations imply each other (userset rewrites): an editor is also a viewer,
 * and a viewer of a folder is a viewer of every document in it. A check walks that graph from
 * the object towards the user, refusing to revisit a node on its own path (cycles) and giving up
 * past a depth limit. It fails closed, and it returns the chain of tuples that granted access so
 * the decision can be written to an audit log.
 */

/** One way a relation gets its members; a relation's members are the union of its rewrites. */
export type Rewrite =
	/** Subjects written directly as tuples on this object and relation. */
	| { readonly kind: 'direct' }
	/** Everyone with another relation on the same object: editors are viewers. */
	| { readonly kind: 'implied-by'; readonly relation: string }
	/** Follow `via` tuples to other objects, then take `relation` there: folder viewers view its docs. */
	| { readonly kind: 'from-related'; readonly via: string; readonly relation: string };

/** For each object type, each relation and the rewrites that define it. */
export type Schema = Readonly<Record<string, Readonly<Record<string, readonly Rewrite[]>>>>;

/** A stored relationship. `subject` is `type:id`, or a userset `type:id#relation`. */
export interface RelationTuple {
	readonly object: string;
	readonly relation: string;
	readonly subject: string;
}

/** The outcome of a check. */
export interface CheckResult {
	readonly allowed: boolean;
	/** When allowed, the steps from the object to the user, for the audit log. */
	readonly path: readonly string[];
	/** True when some branch was cut by the depth limit, so a denial may be incomplete. */
	readonly depthLimitHit: boolean;
}

/** Options for {@link RelationshipChecker}. */
export interface CheckerOptions {
	/** Maximum hops from the object; 25 by default, the default of OpenFGA's resolve node limit. */
	readonly maxDepth?: number;
}

const OBJECT = /^[a-z][a-z0-9_]*:[A-Za-z0-9_.-]+$/;
const RELATION = /^[a-z][a-z0-9_]*$/;

/** Parses `object#relation@subject`, throwing with the expected form when it does not match. */
export function parseTuple(text: string): RelationTuple {
	const at = text.indexOf('@');
	const hash = text.indexOf('#');
	if (at < 0 || hash < 0 || hash > at) {
		throw new Error(
			`relation tuple "${text}": expected "type:id#relation@subject", for example "doc:readme#viewer@user:anne".`,
		);
	}
	const tuple = {
		object: text.slice(0, hash),
		relation: text.slice(hash + 1, at),
		subject: text.slice(at + 1),
	};
	const [subjectObject, subjectRelation, extra] = tuple.subject.split('#');
	const subjectOk =
		extra === undefined &&
		OBJECT.test(subjectObject ?? '') &&
		(subjectRelation === undefined || RELATION.test(subjectRelation));
	if (!OBJECT.test(tuple.object) || !RELATION.test(tuple.relation) || !subjectOk) {
		throw new Error(
			`relation tuple "${text}": each object is "type:id" and each relation lowercase, as in "doc:readme#viewer@group:eng#member".`,
		);
	}
	return tuple;
}

/** Formats a tuple back into `object#relation@subject`. */
export function formatTuple({ object, relation, subject }: RelationTuple): string {
	return `${object}#${relation}@${subject}`;
}

/** The tuples, indexed by `object#relation` as Zanzibar indexes them for checks. */
export class TupleStore {
	private readonly byObjectRelation = new Map<string, Set<string>>();

	/** Creates a store that accepts only tuples the schema allows to be written directly. */
	constructor(private readonly schema: Schema) {
		validateSchema(schema);
	}

	/** Adds a tuple (idempotent). Throws, naming the tuple and the fix, if the schema forbids it. */
	write(tuple: RelationTuple | string): void {
		const parsed = typeof tuple === 'string' ? parseTuple(tuple) : tuple;
		this.checkWritable(parsed);
		const key = `${parsed.object}#${parsed.relation}`;
		const subjects = this.byObjectRelation.get(key) ?? new Set<string>();
		subjects.add(parsed.subject);
		this.byObjectRelation.set(key, subjects);
	}

	/** Removes a tuple; removing one that is absent is a no-op. */
	delete(tuple: RelationTuple | string): void {
		const parsed = typeof tuple === 'string' ? parseTuple(tuple) : tuple;
		this.byObjectRelation.get(`${parsed.object}#${parsed.relation}`)?.delete(parsed.subject);
	}

	/** The subjects written directly on `object#relation`, in insertion order. */
	subjects(object: string, relation: string): readonly string[] {
		return [...(this.byObjectRelation.get(`${object}#${relation}`) ?? [])];
	}

	private checkWritable({ object, relation, subject }: RelationTuple): void {
		const text = formatTuple({ object, relation, subject });
		const rewrites = this.schema[typeOf(object)]?.[relation];
		if (rewrites === undefined) {
			throw new Error(
				`relation tuple "${text}": the schema has no relation "${relation}" on type "${typeOf(object)}". Add it to the schema or fix the tuple.`,
			);
		}
		if (!rewrites.some((rewrite) => rewrite.kind === 'direct')) {
			throw new Error(
				`relation tuple "${text}": "${typeOf(object)}#${relation}" is computed from other relations and cannot be written directly. Write the relation it is derived from.`,
			);
		}
		const [subjectObject = '', subjectRelation] = subject.split('#');
		const subjectType = this.schema[typeOf(subjectObject)];
		if (
			subjectType === undefined ||
			(subjectRelation !== undefined && subjectType[subjectRelation] === undefined)
		) {
			throw new Error(
				`relation tuple "${text}": subject "${subject}" names a type or relation the schema does not define.`,
			);
		}
	}
}

/** Answers "does this user have this relation to this object?" over a schema and a tuple store. */
export class RelationshipChecker {
	private readonly maxDepth: number;

	/** Creates a checker; the store must have been built with the same schema. */
	constructor(
		private readonly schema: Schema,
		private readonly store: TupleStore,
		options: CheckerOptions = {},
	) {
		this.maxDepth = options.maxDepth ?? 25;
		if (!Number.isInteger(this.maxDepth) || this.maxDepth < 1) {
			throw new RangeError(
				`relationship checker: maxDepth must be a positive integer, got ${this.maxDepth}.`,
			);
		}
	}

	/** Checks whether `user` (a `type:id` such as `user:anne`) has `relation` on `object`. */
	check(object: string, relation: string, user: string): CheckResult {
		if (this.schema[typeOf(object)]?.[relation] === undefined) {
			throw new Error(
				`check: type "${typeOf(object)}" has no relation "${relation}" in the schema.`,
			);
		}
		const state = { depthLimitHit: false };
		const path = this.visit(object, relation, user, 0, new Set(), state);
		return { allowed: path !== undefined, path: path ?? [], depthLimitHit: state.depthLimitHit };
	}

	private visit(
		object: string,
		relation: string,
		user: string,
		depth: number,
		onPath: Set<string>,
		state: { depthLimitHit: boolean },
	): string[] | undefined {
		const node = `${object}#${relation}`;
		// Already being expanded further up this branch: a cycle, which can add nobody new.
		if (onPath.has(node)) return undefined;
		if (depth > this.maxDepth) {
			state.depthLimitHit = true;
			return undefined;
		}
		const rewrites = this.schema[typeOf(object)]?.[relation] ?? [];
		onPath.add(node);
		try {
			for (const rewrite of rewrites) {
				const found = this.expand(object, relation, rewrite, user, depth, onPath, state);
				if (found !== undefined) return found;
			}
			return undefined;
		} finally {
			onPath.delete(node);
		}
	}

	private expand(
		object: string,
		relation: string,
		rewrite: Rewrite,
		user: string,
		depth: number,
		onPath: Set<string>,
		state: { depthLimitHit: boolean },
	): string[] | undefined {
		const node = `${object}#${relation}`;
		switch (rewrite.kind) {
			case 'direct':
				for (const subject of this.store.subjects(object, relation)) {
					const step = `${node}@${subject}`;
					if (subject === user) return [step];
					const [setObject = '', setRelation] = subject.split('#');
					if (setRelation === undefined) continue;
					const rest = this.visit(setObject, setRelation, user, depth + 1, onPath, state);
					if (rest !== undefined) return [step, ...rest];
				}
				return undefined;
			case 'implied-by': {
				const rest = this.visit(object, rewrite.relation, user, depth + 1, onPath, state);
				return rest === undefined
					? undefined
					: [`${node} includes ${object}#${rewrite.relation}`, ...rest];
			}
			case 'from-related':
				for (const related of this.store.subjects(object, rewrite.via)) {
					const rest = this.visit(related, rewrite.relation, user, depth + 1, onPath, state);
					if (rest !== undefined) return [`${object}#${rewrite.via}@${related}`, ...rest];
				}
				return undefined;
		}
	}
}

/** A schema for documents in nested folders, shared through groups: the example on the page. */
export const documentSchema: Schema = {
	user: {},
	group: { member: [{ kind: 'direct' }] },
	folder: {
		parent: [{ kind: 'direct' }],
		owner: [{ kind: 'direct' }],
		editor: [
			{ kind: 'direct' },
			{ kind: 'implied-by', relation: 'owner' },
			{ kind: 'from-related', via: 'parent', relation: 'editor' },
		],
		viewer: [
			{ kind: 'direct' },
			{ kind: 'implied-by', relation: 'editor' },
			{ kind: 'from-related', via: 'parent', relation: 'viewer' },
		],
	},
	doc: {
		parent: [{ kind: 'direct' }],
		owner: [{ kind: 'direct' }],
		editor: [
			{ kind: 'direct' },
			{ kind: 'implied-by', relation: 'owner' },
			{ kind: 'from-related', via: 'parent', relation: 'editor' },
		],
		viewer: [
			{ kind: 'direct' },
			{ kind: 'implied-by', relation: 'editor' },
			{ kind: 'from-related', via: 'parent', relation: 'viewer' },
		],
	},
};

function typeOf(object: string): string {
	return object.slice(0, object.indexOf(':'));
}

function validateSchema(schema: Schema): void {
	for (const [type, relations] of Object.entries(schema)) {
		for (const [relation, rewrites] of Object.entries(relations)) {
			for (const rewrite of rewrites) {
				if (rewrite.kind === 'implied-by' && relations[rewrite.relation] === undefined) {
					throw new Error(
						`schema: ${type}#${relation} is implied by "${rewrite.relation}", which ${type} does not define.`,
					);
				}
				if (rewrite.kind === 'from-related' && relations[rewrite.via] === undefined) {
					throw new Error(
						`schema: ${type}#${relation} follows "${rewrite.via}", which ${type} does not define.`,
					);
				}
			}
		}
	}
}
