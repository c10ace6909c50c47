import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

/** A running static server for a built site. */
export interface StaticServer {
	/** Origin plus base path, e.g. `http://127.0.0.1:41234/handbook/`. */
	url: string;
	origin: string;
	/** Stops the server and closes every connection, idle or not. */
	close(): Promise<void>;
}

/** Options for tests that need a server slower than a real one in one precise way. */
export interface StaticServerOptions {
	/**
	 * Sends every HTML file up to the first occurrence of `marker`, waits `ms`, then sends the rest,
	 * as a slow network can: the browser parses and may paint the first part on its own.
	 */
	pauseHtmlBefore?: { marker: string; ms: number };
}

/**
 * Serves `dir` under `base` on 127.0.0.1 the way a CDN would: `/x/` serves `x/index.html`, a
 * missing file serves `404.html` with status 404, and anything outside `base` is a 404.
 * @param headers extra response headers: the same for every file (e.g. a Content-Security-Policy),
 *   or a function of the request path, as a host applying a `_headers` file would send them
 */
export function serveStatic(
	dir: string,
	base = '/',
	headers: Record<string, string> | ((pathname: string) => Record<string, string>) = {},
	options: StaticServerOptions = {},
): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const extra = typeof headers === 'function' ? headers(pathname) : headers;
		const send = (file: string, status: number): void => {
			response.writeHead(status, {
				'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
				...extra,
			});
			const pause = options.pauseHtmlBefore;
			if (pause && extname(file) === '.html') {
				const text = readFileSync(file, 'utf8');
				const at = text.indexOf(pause.marker);
				if (at > 0) {
					response.write(text.slice(0, at));
					setTimeout(() => response.end(text.slice(at)), pause.ms);
					return;
				}
			}
			createReadStream(file).pipe(response);
		};
		const notFound = (): void => {
			const page = join(dir, '404.html');
			if (existsSync(page)) send(page, 404);
			else response.writeHead(404).end('not found');
		};
		if (!pathname.startsWith(base)) return notFound();
		// A doubled slash is a join gone wrong (`${base}/x`): at the root of a domain the same join
		// writes `//x`, another host. Answered 404 here, so the browser tests catch it under a base.
		// Read from the raw request: URL parsing takes a leading `//x` for a host named x.
		if ((request.url ?? '/').split('?')[0]?.includes('//')) return notFound();
		const relativePath = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
		let file = join(dir, relativePath);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return notFound();
		send(file, 200);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			const origin = `http://127.0.0.1:${port}`;
			resolve({
				url: `${origin}${base}`,
				origin,
				// Drops kept-alive connections too: a browser still open would otherwise hold it up.
				close: () =>
					new Promise((done) => {
						server.close(() => done());
						server.closeAllConnections();
					}),
			});
		});
	});
}
