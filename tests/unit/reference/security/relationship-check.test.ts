import { describe, it, expect } from 'vitest';
import {
	RelationshipChecker,
	TupleStore,
	documentSchema,
	formatTuple,
	parseTuple,
	type Schema,
} from '../../../../src/reference/security/relationship-check.ts';

function setup(tuples: string[], maxDepth?: number) {
	const store = new TupleStore(documentSchema);
	for (const tuple of tuples) store.write(tuple);
	const checker = new RelationshipChecker(
		documentSchema,
		store,
		maxDepth === undefined ? {} : { maxDepth },
	);
	return { store, checker };
}

describe('direct grants and implied relations', () => {
	it('allows a user granted the relation directly, and only that user', () => {
		const { checker } = setup(['doc:roadmap#viewer@user:anne']);
		expect(checker.check('doc:roadmap', 'viewer', 'user:anne')).toEqual({
			allowed: true,
			path: ['doc:roadmap#viewer@user:anne'],
			depthLimitHit: false,
		});
		expect(checker.check('doc:roadmap', 'viewer', 'user:bob').allowed).toBe(false);
		expect(checker.check('doc:other', 'viewer', 'user:anne').allowed).toBe(false);
	});

	it('makes owners editors and editors viewers, but not the other way round', () => {
		const { checker } = setup(['doc:roadmap#owner@user:olga', 'doc:roadmap#viewer@user:vic']);
		expect(checker.check('doc:roadmap', 'viewer', 'user:olga').path).toEqual([
			'doc:roadmap#viewer includes doc:roadmap#editor',
			'doc:roadmap#editor includes doc:roadmap#owner',
			'doc:roadmap#owner@user:olga',
		]);
		expect(checker.check('doc:roadmap', 'editor', 'user:vic').allowed).toBe(false);
		expect(checker.check('doc:roadmap', 'owner', 'user:vic').allowed).toBe(false);
	});
});

describe('inheritance', () => {
	it('grants access through group membership, including nested groups', () => {
		const { checker } = setup([
			'doc:roadmap#viewer@group:eng#member',
			'group:eng#member@group:backend#member',
			'group:backend#member@user:bob',
		]);
		const result = checker.check('doc:roadmap', 'viewer', 'user:bob');
		expect(result.allowed).toBe(true);
		expect(result.path).toEqual([
			'doc:roadmap#viewer@group:eng#member',
			'group:eng#member@group:backend#member',
			'group:backend#member@user:bob',
		]);
		expect(checker.check('doc:roadmap', 'editor', 'user:bob').allowed).toBe(false);
	});

	it('grants access through a parent folder, and through a chain of folders', () => {
		const { checker } = setup([
			'doc:q3#parent@folder:plans',
			'folder:plans#parent@folder:company',
			'folder:company#viewer@user:carl',
			'folder:plans#editor@user:erin',
		]);
		expect(checker.check('doc:q3', 'viewer', 'user:carl').path).toEqual([
			'doc:q3#parent@folder:plans',
			'folder:plans#parent@folder:company',
			'folder:company#viewer@user:carl',
		]);
		// Erin edits the folder, so she edits and views the document in it.
		expect(checker.check('doc:q3', 'editor', 'user:erin').allowed).toBe(true);
		expect(checker.check('doc:q3', 'viewer', 'user:erin').allowed).toBe(true);
		// Carl only views the company folder, so he cannot edit anything below it.
		expect(checker.check('doc:q3', 'editor', 'user:carl').allowed).toBe(false);
	});

	it('takes access away when the tuple that granted it is deleted', () => {
		const { store, checker } = setup([
			'doc:roadmap#viewer@group:eng#member',
			'group:eng#member@user:bob',
		]);
		expect(checker.check('doc:roadmap', 'viewer', 'user:bob').allowed).toBe(true);
		store.delete('group:eng#member@user:bob');
		expect(checker.check('doc:roadmap', 'viewer', 'user:bob').allowed).toBe(false);
	});
});

describe('denial, cycles and depth', () => {
	it('denies a user with no path, without reporting a depth problem', () => {
		const { checker } = setup(['doc:roadmap#viewer@group:eng#member', 'group:eng#member@user:bob']);
		expect(checker.check('doc:roadmap', 'viewer', 'user:mallory')).toEqual({
			allowed: false,
			path: [],
			depthLimitHit: false,
		});
	});

	it('terminates on a group cycle, still finding members who are in it', () => {
		const { checker } = setup([
			'doc:roadmap#viewer@group:a#member',
			'group:a#member@group:b#member',
			'group:b#member@group:a#member',
			'group:b#member@user:dana',
		]);
		expect(checker.check('doc:roadmap', 'viewer', 'user:mallory')).toEqual({
			allowed: false,
			path: [],
			depthLimitHit: false,
		});
		expect(checker.check('doc:roadmap', 'viewer', 'user:dana').allowed).toBe(true);
	});

	it('terminates on a folder that is its own ancestor', () => {
		const { checker } = setup([
			'doc:q3#parent@folder:x',
			'folder:x#parent@folder:y',
			'folder:y#parent@folder:x',
		]);
		expect(checker.check('doc:q3', 'viewer', 'user:mallory').allowed).toBe(false);
	});

	it('fails closed past the depth limit and says so, and succeeds when the limit allows', () => {
		const tuples = ['doc:deep#viewer@group:g0#member'];
		for (let i = 0; i < 30; i++) tuples.push(`group:g${i}#member@group:g${i + 1}#member`);
		tuples.push('group:g30#member@user:zoe');
		const shallow = setup(tuples, 10).checker.check('doc:deep', 'viewer', 'user:zoe');
		expect(shallow).toEqual({ allowed: false, path: [], depthLimitHit: true });
		const deep = setup(tuples, 40).checker.check('doc:deep', 'viewer', 'user:zoe');
		expect(deep.allowed).toBe(true);
		expect(deep.path).toHaveLength(32);
	});
});

describe('tuples and schema', () => {
	it('parses and formats the object#relation@subject notation', () => {
		const tuple = parseTuple('doc:readme#viewer@group:eng#member');
		expect(tuple).toEqual({
			object: 'doc:readme',
			relation: 'viewer',
			subject: 'group:eng#member',
		});
		expect(formatTuple(tuple)).toBe('doc:readme#viewer@group:eng#member');
	});

	it('rejects malformed tuples with the expected form in the message', () => {
		expect(() => parseTuple('doc:readme viewer anne')).toThrow(
			/expected "type:id#relation@subject"/,
		);
		expect(() => parseTuple('doc:readme#Viewer@user:anne')).toThrow(/relation lowercase/);
		expect(() => parseTuple('doc:readme#viewer@group:eng#member#x')).toThrow(/relation tuple/);
	});

	it('refuses tuples the schema does not allow', () => {
		const store = new TupleStore(documentSchema);
		expect(() => store.write('doc:readme#commenter@user:anne')).toThrow(
			/no relation "commenter" on type "doc"/,
		);
		expect(() => store.write('doc:readme#viewer@team:eng#member')).toThrow(
			/subject "team:eng#member"/,
		);
		const computedOnly: Schema = {
			user: {},
			doc: { owner: [{ kind: 'direct' }], admin: [{ kind: 'implied-by', relation: 'owner' }] },
		};
		expect(() => new TupleStore(computedOnly).write('doc:x#admin@user:anne')).toThrow(
			/cannot be written directly/,
		);
	});

	it('refuses a schema whose rewrites name relations that do not exist', () => {
		const broken: Schema = { doc: { viewer: [{ kind: 'implied-by', relation: 'editor' }] } };
		expect(() => new TupleStore(broken)).toThrow(/implied by "editor", which doc does not define/);
	});
});
