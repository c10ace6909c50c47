import { describe, expect, it } from 'vitest';
import { buildStages } from '../../../scripts/measure/build-stages.ts';

const output = `21:24:30 [build] Collecting build info...
21:24:33 [content] Syncing content
21:24:41 [content] Synced content
21:24:41 [types] Generated 11.20s
21:24:41 [build] ✓ Completed in 11.76s.
21:24:41 [build] Building static entrypoints...
21:24:58 [vite] ✓ built in 17.18s
21:25:21 [vite] ✓ built in 22.73s
 generating static routes 
21:26:07 ✓ Completed in 45.88s.
21:26:07 [starlight:pagefind] Finished building search index in 7.39s.
21:26:09 [build] Complete!`;

describe('buildStages', () => {
	it("reads each stage's reported time and leaves the rest of the wall time as other", () => {
		const stages = buildStages(output, 110);
		expect(stages).toEqual({
			buildInfo: 11.76,
			bundling: 17.18 + 22.73,
			pages: 45.88,
			searchIndex: 7.39,
			contentSync: 8,
			other: expect.closeTo(110 - 11.76 - 17.18 - 22.73 - 45.88 - 7.39, 5) as number,
		});
	});

	it('reports zeros for stages a build did not print', () => {
		expect(buildStages('21:00:00 [build] Complete!', 3)).toEqual({
			buildInfo: 0,
			bundling: 0,
			pages: 0,
			searchIndex: 0,
			contentSync: 0,
			other: 3,
		});
	});
});
