import { describe, expect, it } from 'vitest';
import { lockfileDrift, parsePorcelain } from '../../../scripts/lockfile/lockfile-drift.ts';

describe('lockfile drift', () => {
	it('reports a lockfile rewritten without a manifest change, with the fix', () => {
		const problem = lockfileDrift({ manifestChanged: false, lockfileChanged: true }, '11.19.1');
		expect(problem).toContain('package-lock.json');
		expect(problem).toContain('git checkout package-lock.json');
		expect(problem).toContain('npm 11.19.1');
	});

	it('accepts a lockfile changed together with package.json', () => {
		expect(lockfileDrift({ manifestChanged: true, lockfileChanged: true }, '11')).toBeUndefined();
	});

	it('accepts a clean tree and a manifest-only change', () => {
		expect(lockfileDrift({ manifestChanged: false, lockfileChanged: false }, '11')).toBeUndefined();
		expect(lockfileDrift({ manifestChanged: true, lockfileChanged: false }, '11')).toBeUndefined();
	});

	it('reads staged, unstaged and untracked entries from git status --porcelain', () => {
		expect(parsePorcelain(' M package-lock.json\n')).toEqual({
			manifestChanged: false,
			lockfileChanged: true,
		});
		expect(parsePorcelain('M  package.json\nMM package-lock.json\n')).toEqual({
			manifestChanged: true,
			lockfileChanged: true,
		});
		expect(parsePorcelain('?? package-lock.json\n')).toEqual({
			manifestChanged: false,
			lockfileChanged: true,
		});
		expect(parsePorcelain('')).toEqual({ manifestChanged: false, lockfileChanged: false });
	});
});
