/**
 * Links into the handbook's repository for the About page, from `REPOSITORY_URL` (read by
 * site-options.ts). Without it the site names no repository and shows no issue link.
 */

/** The repository's home page and the form that reports an error on a page. */
export interface RepositoryLinks {
	repository: string;
	/** A new issue with the "Content error" form (.github/ISSUE_TEMPLATE/content-error.yml). */
	reportError: string;
}

/** File name of the issue form for errors on a page, as GitHub's `template` parameter takes it. */
export const contentErrorTemplate = 'content-error.yml';

/** The links for a repository web URL (already trimmed of trailing slashes), or none when unset. */
export function repositoryLinks(repositoryUrl: string | undefined): RepositoryLinks | undefined {
	if (repositoryUrl === undefined) return undefined;
	return {
		repository: repositoryUrl,
		reportError: `${repositoryUrl}/issues/new?template=${contentErrorTemplate}`,
	};
}
