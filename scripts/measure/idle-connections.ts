// `npx node --expose-gc scripts/measure/idle-connections.ts [count]`: measures what an idle connection costs a
// Node.js server on this machine, for the real-time networking page. A child process accepts
// `count` loopback connections (plain TCP, then WebSocket), and the parent prints the server's
// resident memory and heap growth per connection and the kernel slab memory per socket.
// Loopback only; every connection is closed before the script exits. Not part of npm test.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { renderTable } from './table.ts';

type Mode = 'tcp' | 'websocket';
const modes: readonly Mode[] = ['tcp', 'websocket'];

/** What the server child reports: its memory after a full garbage collection. */
interface ServerReport {
	connections: number;
	rssBytes: number;
	heapUsedBytes: number;
}

// RFC 6455, section 1.3: the fixed GUID the server appends to the client's key before hashing.
const websocketGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

// Kernel slab caches that grow by one object per open TCP socket on Linux.
const socketCaches = ['TCP', 'sock_inode_cache', 'filp', 'eventpoll_epi'] as const;

function slabBytes(): number {
	let total = 0;
	for (const line of readFileSync('/proc/slabinfo', 'utf8').split('\n')) {
		const [name, activeObjects, , objectSize] = line.trim().split(/\s+/);
		if (name !== undefined && (socketCaches as readonly string[]).includes(name)) {
			total += Number(activeObjects) * Number(objectSize);
		}
	}
	return total;
}

function runServer(mode: Mode): void {
	const sockets = new Set<Socket>();
	const track = (socket: Socket): void => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => socket.destroy());
	};
	const listening = (port: number): void => {
		process.send?.({ port });
	};
	if (mode === 'tcp') {
		const server = createTcpServer(track);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			if (address !== null && typeof address === 'object') listening(address.port);
		});
	} else {
		const server = createHttpServer((_request, response) => response.writeHead(426).end());
		server.on('upgrade', (request, socket: Socket) => {
			const key = request.headers['sec-websocket-key'];
			if (typeof key !== 'string') {
				socket.destroy();
				return;
			}
			const accept = createHash('sha1')
				.update(key + websocketGuid)
				.digest('base64');
			socket.write(
				'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
					`Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
			);
			track(socket);
		});
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			if (address !== null && typeof address === 'object') listening(address.port);
		});
	}
	process.on('message', (message: unknown) => {
		if (message !== 'report') return;
		globalThis.gc?.();
		const usage = process.memoryUsage();
		const report: ServerReport = {
			connections: sockets.size,
			rssBytes: usage.rss,
			heapUsedBytes: usage.heapUsed,
		};
		process.send?.(report);
	});
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
	return new Promise((resolve) => child.once('message', (message) => resolve(message as T)));
}

async function report(child: ChildProcess): Promise<ServerReport> {
	const answer = nextMessage<ServerReport>(child);
	child.send('report');
	return answer;
}

async function openClients(mode: Mode, port: number, count: number): Promise<() => void> {
	const closers: (() => void)[] = [];
	// Open in batches so the listen backlog never overflows.
	const batch = 500;
	for (let start = 0; start < count; start += batch) {
		const size = Math.min(batch, count - start);
		await Promise.all(
			Array.from({ length: size }, () =>
				mode === 'tcp'
					? new Promise<void>((resolve, reject) => {
							const socket = connect(port, '127.0.0.1', () => resolve());
							socket.once('error', reject);
							closers.push(() => socket.destroy());
						})
					: new Promise<void>((resolve, reject) => {
							const socket = new WebSocket(`ws://127.0.0.1:${port}/`);
							socket.addEventListener('open', () => resolve(), { once: true });
							socket.addEventListener('error', () => reject(new Error('WebSocket failed')), {
								once: true,
							});
							closers.push(() => socket.close());
						}),
			),
		);
	}
	return () => closers.forEach((close) => close());
}

async function measure(mode: Mode, count: number): Promise<string[]> {
	const child = fork(fileURLToPath(import.meta.url), [`--serve=${mode}`], {
		execArgv: ['--expose-gc'],
	});
	const { port } = await nextMessage<{ port: number }>(child);
	const before = await report(child);
	const slabBefore = slabBytes();
	const closeAll = await openClients(mode, port, count);
	let after = await report(child);
	while (after.connections < count) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		after = await report(child);
	}
	globalThis.gc?.();
	const slabAfter = slabBytes();
	closeAll();
	child.kill();
	const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
	return [
		mode,
		count.toLocaleString('en-US'),
		kib((after.rssBytes - before.rssBytes) / count),
		kib((after.heapUsedBytes - before.heapUsedBytes) / count),
		// Both ends of every loopback connection live in this kernel: divide by two sockets each.
		kib((slabAfter - slabBefore) / (2 * count)),
	];
}

const serveArgument = process.argv.find((arg) => arg.startsWith('--serve='));
if (serveArgument !== undefined) {
	runServer(serveArgument.slice('--serve='.length) as Mode);
} else {
	const count = Number(process.argv[2] ?? 10_000);
	if (!Number.isInteger(count) || count < 1) {
		console.error(`idle-connections: count must be a positive integer, got "${process.argv[2]}".`);
		process.exit(2);
	}
	const rows: string[][] = [];
	for (const mode of modes) rows.push(await measure(mode, count));
	console.log(`Node ${process.version}, ${count} idle loopback connections per run`);
	console.log(
		renderTable(
			[
				'transport',
				'connections',
				'server RSS KiB/conn',
				'heap KiB/conn',
				'kernel slab KiB/socket',
			],
			rows,
		),
	);
}
