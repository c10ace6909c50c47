import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { findMissingMarketFields } from './content/market-page-rules.ts';
import { labelFolderGroups } from './config/sidebar-folder-labels.ts';
import { sidebarSections } from './config/sections.ts';

/**
 * Fails the build when a market page (Landscape, Interview loops) lacks its date or sources, and
 * labels the sidebar's sub-folder groups ("Worked designs", not `designs`).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const { entry, sidebar } = context.locals.starlightRoute;
	const problem = findMissingMarketFields(entry.id, entry.data, entry.filePath);
	if (problem) throw new Error(problem);
	labelFolderGroups(sidebar, sidebarSections);
});
