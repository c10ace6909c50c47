import { describe, expect, it } from 'vitest';
import { buildFixtureSite } from './support/fixture-site.ts';

// Each case builds a two-page site with one mistake a contributor could make, and checks that
// the build fails with a message naming the file, the place and the fix.
describe('contributor mistakes fail the build with the file named', () => {
	it('builds a fixture with no mistake (so the failures below are the mistakes, not the fixture)', () => {
		const build = buildFixtureSite('clean', {
			'src/content/docs/fine.md':
				'---\ntitle: Fine\ndescription: A page with nothing wrong.\nlevels: [L4]\n---\n\nSee [home](/).\n',
		});
		expect(build.output).not.toContain('[ERROR]');
		expect(build.ok).toBe(true);
	});

	it('invalid frontmatter names the file and the field', () => {
		const build = buildFixtureSite('bad-frontmatter', {
			'src/content/docs/bad-levels.md':
				'---\ntitle: Bad levels\ndescription: A page with a level that does not exist.\nlevels: [L9]\n---\n\nText.\n',
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('bad-levels.md');
		expect(build.output).toMatch(/levels/);
	});

	it('a broken internal link names the page and the link', () => {
		const build = buildFixtureSite('broken-link', {
			'src/content/docs/links.md':
				'---\ntitle: Links\ndescription: A page with a link to nowhere.\n---\n\nRead [the missing page](/no-such-page/).\n',
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('/no-such-page/');
		expect(build.output).toMatch(/links/);
	});

	it('a broken anchor names the page and the anchor', () => {
		const build = buildFixtureSite('broken-anchor', {
			'src/content/docs/anchors.md':
				'---\ntitle: Anchors\ndescription: A page with a link to a heading that does not exist.\n---\n\n## Real heading\n\nJump to [nowhere](#not-a-heading).\n',
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('#not-a-heading');
	});

	it('a diagram without an accessible title names file:line and the fix', () => {
		const build = buildFixtureSite('untitled-diagram', {
			'src/content/docs/diagram.md':
				'---\ntitle: Diagram\ndescription: A page with an untitled diagram.\n---\n\nText.\n\n```mermaid\nflowchart LR\n  a --> b\n```\n',
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('src/content/docs/diagram.md:8');
		expect(build.output).toContain('accTitle');
	});

	it('a market page without sources or review date names the file and both fields', () => {
		const build = buildFixtureSite('market-page', {
			'src/content/docs/landscape/pay.md':
				'---\ntitle: Pay\ndescription: A market page with no sources.\n---\n\nPay is high.\n',
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('landscape/pay.md');
		expect(build.output).toContain('lastReviewed');
		expect(build.output).toContain('sources');
	});
});
