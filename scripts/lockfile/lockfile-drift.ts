// Whether `npm install` rewrote the committed lockfile: the first step of `npm test`, so a
// contributor learns it before `git commit -a` ships a lockfile nobody meant to change.

/** What `git status --porcelain` says about the two package files. */
export interface PackageFileStatus {
	/** `package.json` differs from the last commit (staged or not). */
	manifestChanged: boolean;
	/** `package-lock.json` differs from the last commit (staged or not). */
	lockfileChanged: boolean;
}

/**
 * The problem to report, or undefined when the tree is as it should be. A changed lockfile is
 * expected only beside a changed `package.json` (a dependency added or updated on purpose).
 */
export function lockfileDrift(status: PackageFileStatus, npmVersion: string): string | undefined {
	if (!status.lockfileChanged || status.manifestChanged) return undefined;
	return [
		'package-lock.json: `npm install` changed the committed lockfile although package.json did not change.',
		`With npm ${npmVersion}, the lockfile npm writes should be the one committed.`,
		'Fix: `git checkout package-lock.json` and do not commit it. If npm keeps rewriting it, your npm',
		'differs from the one the lockfile was written with: commit the lockfile in a change of its own,',
		'say which npm wrote it, and leave it unformatted (Prettier ignores it).',
	].join('\n');
}

/** Reads `git status --porcelain` lines (`XY path`) into the two flags. */
export function parsePorcelain(output: string): PackageFileStatus {
	const paths = output
		.split('\n')
		.filter((line) => line.length > 3)
		.map((line) => line.slice(3).trim());
	return {
		manifestChanged: paths.includes('package.json'),
		lockfileChanged: paths.includes('package-lock.json'),
	};
}
