// `npm test`'s first step: fails when `npm install` has rewritten the committed package-lock.json.
import { spawnSync } from 'node:child_process';
import { lockfileDrift, parsePorcelain } from './lockfile/lockfile-drift.ts';

const git = spawnSync('git', ['status', '--porcelain', '--', 'package.json', 'package-lock.json'], {
	encoding: 'utf8',
});
if (git.status !== 0) {
	// A tarball or a copy without .git has no committed lockfile to compare with.
	console.log('Lockfile: not a git checkout, so there is no committed lockfile to compare with.');
	process.exit(0);
}
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const problem = lockfileDrift(parsePorcelain(git.stdout), npm.stdout.trim() || 'unknown');
if (problem) {
	console.error(problem);
	process.exit(1);
}
console.log('Lockfile: package-lock.json is the committed one.');
