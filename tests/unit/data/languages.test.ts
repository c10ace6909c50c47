import { describe, it, expect } from 'vitest';
import { goVersusPython, languages, throughputFigures } from '../../../src/data/languages.ts';

describe('languages', () => {
	it('lists the five backend languages in the lesson order', () => {
		expect(languages.map((l) => l.name)).toEqual([
			'Go',
			'Java/Kotlin',
			'Python',
			'Node.js/TypeScript',
			'Rust',
		]);
	});

	it('names the companies the lesson names', () => {
		const byId = Object.fromEntries(languages.map((l) => [l.id, l.usedBy]));
		expect(byId['go']).toEqual(['Uber', 'Google', 'Cloudflare', 'Twitch']);
		expect(byId['java-kotlin']).toEqual(['Amazon', 'LinkedIn', 'Netflix']);
		expect(byId['rust']).toEqual(['Cloudflare', 'Discord', 'Figma']);
	});

	it('mentions virtual threads for Java 21+ and FastAPI for Python', () => {
		const java = languages.find((l) => l.id === 'java-kotlin');
		const python = languages.find((l) => l.id === 'python');
		expect(java?.concurrencyModel).toMatch(/virtual threads \(Java 21\+\)/);
		expect(python?.frameworks).toContain('FastAPI');
	});

	it('gives every language a concurrency model, interview probes and a public reference', () => {
		for (const l of languages) {
			expect(l.concurrencyModel.length).toBeGreaterThan(20);
			expect(l.interviewProbes.length).toBeGreaterThanOrEqual(3);
			expect(l.references.length).toBeGreaterThan(0);
			for (const r of l.references) expect(r.url).toMatch(/^https:\/\//);
		}
	});
});

describe('throughput figures', () => {
	it('quotes about 95,000 req/s for Go with Gin and about 12,000 for Python with FastAPI', () => {
		const go = throughputFigures.find((t) => t.languageId === 'go');
		const py = throughputFigures.find((t) => t.languageId === 'python');
		expect(go).toMatchObject({
			framework: 'Gin',
			requestsPerSecond: 95_000,
			display: '~95,000 req/sec',
		});
		expect(py).toMatchObject({
			framework: 'FastAPI',
			requestsPerSecond: 12_000,
			display: '~12,000 req/sec',
		});
	});

	it('keeps the Go versus Python claim at 8-10x for I/O-bound services', () => {
		expect(goVersusPython.minFactor).toBe(8);
		expect(goVersusPython.maxFactor).toBe(10);
		expect(goVersusPython.workload).toBe('I/O-bound services');
		expect(goVersusPython.display).toBe('Go is 8-10x faster than Python for I/O-bound services');
	});

	it('shows that the two quoted figures alone give a ratio just under 8x', () => {
		const ratio = 95_000 / 12_000;
		expect(ratio).toBeGreaterThan(7.9);
		expect(ratio).toBeLessThan(goVersusPython.minFactor);
	});
});
