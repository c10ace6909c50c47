import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/harness/static-server.ts';

/** The status the server answers for `path`, sent as it is (no URL normalizing on the way). */
function statusOf(server: StaticServer, path: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const { hostname, port } = new URL(server.origin);
		request({ hostname, port, path }, (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		})
			.on('error', reject)
			.end();
	});
}

describe('serveStatic', () => {
	let dir: string;
	let root: StaticServer;
	let underBase: StaticServer;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'static-server-'));
		mkdirSync(join(dir, 'databases'));
		writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
		writeFileSync(join(dir, 'databases', 'index.html'), '<h1>Databases</h1>');
		writeFileSync(join(dir, '404.html'), '<h1>Not found</h1>');
		root = await serveStatic(dir);
		underBase = await serveStatic(dir, '/handbook/');
	});

	afterAll(async () => {
		await root.close();
		await underBase.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves a folder index at the root and under a base path', async () => {
		expect(await statusOf(root, '/databases/')).toBe(200);
		expect(await statusOf(underBase, '/handbook/databases/')).toBe(200);
		expect(await statusOf(underBase, '/databases/')).toBe(404);
	});

	// A join that doubles the slash must fail under the base path as it would at the root, where
	// `//databases/` names another host.
	it('answers 404 to a path with a doubled slash, leading or inside', async () => {
		expect(await statusOf(root, '//databases/')).toBe(404);
		expect(await statusOf(root, '/databases//')).toBe(404);
		expect(await statusOf(underBase, '/handbook//databases/')).toBe(404);
		expect(await statusOf(root, '/databases/?next=//x')).toBe(200);
	});
});
