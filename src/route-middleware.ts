import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { findMissingMarketFields } from './content/market-page-rules.ts';

/** Fails the build when a market page (Landscape, Interview loops) lacks its date or sources. */
export const onRequest = defineRouteMiddleware((context) => {
	const { entry } = context.locals.starlightRoute;
	const problem = findMissingMarketFields(entry.id, entry.data, entry.filePath);
	if (problem) throw new Error(problem);
});
