import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { productionBuildEnv } from '../harness/build-env.ts';

/** How one `astro build` went: wall time and the peak memory of its process tree. */
export interface BuildRun {
	ok: boolean;
	seconds: number;
	/** Highest sum of VmRSS over the build's process tree seen at any poll, in MB. */
	peakTreeRssMb: number;
	/** Highest VmHWM (the kernel's own peak resident size) of any one process in the tree, in MB. */
	peakProcessHwmMb: number;
	/** The build's last output lines, for a failure message. */
	tail: string;
	/** Everything it printed, for the stage breakdown. */
	output: string;
}

/** Parent of each running process, read from /proc/<pid>/stat. */
function readParents(): Map<number, number> {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may contain spaces and parentheses; fields resume after the last ')'.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parents.set(Number(name), Number(fields[1]));
		} catch {
			// The process ended between listing and reading.
		}
	}
	return parents;
}

/** The process and all its descendants. */
function processTree(root: number): number[] {
	const parents = readParents();
	const tree = [root];
	for (let i = 0; i < tree.length; i++) {
		for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
	}
	return tree;
}

/** VmRSS and VmHWM of one process in kB, or zeros when it is gone. */
function memoryOf(pid: number): { rss: number; hwm: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (name: string): number =>
			Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
		return { rss: field('VmRSS'), hwm: field('VmHWM') };
	} catch {
		return { rss: 0, hwm: 0 };
	}
}

/**
 * Runs `astro build --root <root>` (plus extra arguments) on the project's Node 24 directly, so
 * the process tree is the build itself and not npx, and polls its memory every 100 ms.
 */
export function runAstroBuild(
	projectRoot: string,
	root: string,
	extraArgs: string[] = [],
	env: Record<string, string> = {},
): Promise<BuildRun> {
	const node = join(projectRoot, 'node_modules', '.bin', 'node');
	const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const started = performance.now();
	const child = spawn(node, [astro, 'build', '--root', root, ...extraArgs], {
		cwd: projectRoot,
		env: productionBuildEnv(env),
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let peakTree = 0;
	let peakHwm = 0;
	const poll = (): void => {
		if (child.pid === undefined) return;
		let sum = 0;
		for (const pid of processTree(child.pid)) {
			const { rss, hwm } = memoryOf(pid);
			sum += rss;
			peakHwm = Math.max(peakHwm, hwm);
		}
		peakTree = Math.max(peakTree, sum);
	};
	const timer = setInterval(poll, 100);
	return new Promise((resolve) => {
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({
				ok: code === 0,
				seconds: (performance.now() - started) / 1000,
				peakTreeRssMb: Math.round(peakTree / 1024),
				peakProcessHwmMb: Math.round(peakHwm / 1024),
				tail: output.split('\n').slice(-30).join('\n'),
				output,
			});
		});
	});
}
