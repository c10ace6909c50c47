import { describe, expect, it } from 'vitest';
import {
	boldLevels,
	interviewSection,
	levelExpectations,
	plainText,
} from '../../../src/text/level-expectations.ts';
import { checkInterviewLevels } from '../../../scripts/content-lint/check-levels.ts';

const page = `---
title: A page
---

## How it works

A strong **L5** answer here is not in the section.

## In the interview

Say it early.

**A strong L4 answer** uses a [queue](/system-design/message-queues/) and \`SKIP LOCKED\`.

**A strong L5 answer** drives the estimate. It sizes the fleet.

**A strong L6 or L7 answer** sets the contracts. An L7 candidate also covers cost.

## Pitfalls

- none
`;

describe('interviewSection', () => {
	it('returns the section body and its heading line, up to the next heading', () => {
		const section = interviewSection(page);
		expect(section?.line).toBe(9);
		expect(section?.text).toContain('drives the estimate');
		expect(section?.text).not.toContain('not in the section');
		expect(section?.text).not.toContain('Pitfalls');
	});

	it('is undefined for a page without the section', () => {
		expect(interviewSection('## Other\n\ntext')).toBeUndefined();
	});
});

describe('boldLevels', () => {
	it('reads bold levels, "or" pairs and table rows whose first cell is a level', () => {
		expect(boldLevels(interviewSection(page)?.text ?? '')).toEqual(['L4', 'L5', 'L6', 'L7']);
		expect(
			boldLevels('| Level | Bar |\n| --- | --- |\n| L4 | works |\n| **L5** | drives |'),
		).toEqual(['L4', 'L5']);
	});

	it('ignores levels that are not in bold', () => {
		expect(boldLevels('A strong L4 answer and a strong L5 answer.')).toEqual([]);
	});
});

describe('levelExpectations', () => {
	it('gives each level the sentences from the one naming it to the next level', () => {
		expect(levelExpectations(interviewSection(page)?.text ?? '')).toEqual([
			{ level: 'L4', text: 'A strong L4 answer uses a queue and SKIP LOCKED.' },
			{ level: 'L5', text: 'A strong L5 answer drives the estimate. It sizes the fleet.' },
			{
				level: 'L6 or L7',
				text: 'A strong L6 or L7 answer sets the contracts. An L7 candidate also covers cost.',
			},
		]);
	});

	it('splits one paragraph that names several levels at the sentence naming each', () => {
		const text =
			'Follow-ups come next. A strong **L4** answer has the key. A strong **L5** answer drives the lease: it fences. A strong **L6** answer owns recovery.';
		expect(levelExpectations(text).map((item) => [item.level, item.text])).toEqual([
			['L4', 'A strong L4 answer has the key.'],
			['L5', 'A strong L5 answer drives the lease: it fences.'],
			['L6', 'A strong L6 answer owns recovery.'],
		]);
	});
});

describe('plainText', () => {
	it('drops emphasis, code spans, links and tags', () => {
		expect(plainText('**Bold** `code` [link](/a/) <abbr>x</abbr> *it* _em_')).toBe(
			'Bold code link x it em',
		);
	});
});

describe('checkInterviewLevels', () => {
	it('passes a section that names L4, L5 and L6', () => {
		expect(checkInterviewLevels('page.mdx', page)).toEqual([]);
	});

	it('names the file, the heading line and the missing levels', () => {
		const missing = page.replace('**A strong L5 answer**', 'A strong L5 answer');
		expect(checkInterviewLevels('src/content/docs/x.mdx', missing)).toEqual([
			expect.objectContaining({ file: 'src/content/docs/x.mdx', line: 9 }),
		]);
		expect(checkInterviewLevels('x.mdx', missing)[0]?.message).toMatch(
			/has no \*\*L5\*\* bar\. Say what a strong answer covers at each of L4, L5 and L6/,
		);
	});

	it('leaves pages without an "In the interview" section alone', () => {
		expect(checkInterviewLevels('x.mdx', '## Other\n\nno levels')).toEqual([]);
	});
});

describe('bold spans that name no level', () => {
	it('are paired as Markdown pairs them, so a level between two of them is not taken for bold', () => {
		const list =
			'1. **Your position.** You have an offer at the top of the L5 band.\n2. **The ask.** You ask for more.';
		expect(boldLevels(list)).toEqual([]);
		expect(levelExpectations(list)).toEqual([]);
	});
});
