/**
 * Pagefind's default UI lists every metadata field of a result as a tag under its title. A page's
 * search terms are metadata only so that search matches them; shown, they would be a row of
 * keywords under the result. This wraps the UI's `processResult` option to drop that one field.
 */
import { searchTermsMetaKey } from '../../config/search-ranking.ts';

/** The part of a Pagefind result that the UI renders and `processResult` may change. */
export interface PagefindResultData {
	meta?: Record<string, string | undefined>;
}

/** The UI's `processResult` option: changes a result in place or returns a replacement. */
export type ProcessResult = (result: PagefindResultData) => PagefindResultData | undefined | void;

/** `processResult` as given (Starlight's, which rewrites URLs), then without the search terms. */
export function withoutSearchTermsTag(processResult: unknown): ProcessResult {
	return (result) => {
		const processed =
			(typeof processResult === 'function'
				? (processResult as ProcessResult)(result)
				: undefined) ?? result;
		if (processed.meta) delete processed.meta[searchTermsMetaKey];
		return processed;
	};
}
