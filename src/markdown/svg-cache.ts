import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where drawn diagrams are kept between builds; inside node_modules so git and CI ignore it.
 * `HANDBOOK_DIAGRAM_CACHE_DIR` moves it (the bench gives each generated site its own).
 */
const cacheDir =
	process.env['HANDBOOK_DIAGRAM_CACHE_DIR'] ??
	join(process.cwd(), 'node_modules', '.cache', 'handbook-diagrams');
const memory = new Map<string, string>();

/**
 * Returns the SVG for a diagram body, drawing it only when this exact body (and renderer
 * version) has not been drawn before, in this process or an earlier build. Layout is the slow
 * part of a build, and most builds change few diagrams. `HANDBOOK_DIAGRAM_CACHE=off` always draws.
 */
export function cachedSvg(
	body: string,
	rendererVersion: string,
	draw: (body: string) => string,
): string {
	if (process.env['HANDBOOK_DIAGRAM_CACHE'] === 'off') return draw(body);
	const key = createHash('sha256').update(rendererVersion).update('\0').update(body).digest('hex');
	const remembered = memory.get(key);
	if (remembered !== undefined) return remembered;
	const file = join(cacheDir, `${key}.svg`);
	try {
		const svg = readFileSync(file, 'utf8');
		memory.set(key, svg);
		return svg;
	} catch {
		// Not cached yet: draw it below.
	}
	const svg = draw(body);
	memory.set(key, svg);
	try {
		mkdirSync(cacheDir, { recursive: true });
		// Write then rename, so a parallel build never reads a half-written file.
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, svg);
		renameSync(temporary, file);
	} catch {
		// A read-only tree still builds; it just draws every time.
	}
	return svg;
}
