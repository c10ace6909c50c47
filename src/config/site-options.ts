/** Where the built site will be served, read from the environment. */
export interface SiteOptions {
	/** Absolute origin the site is deployed to (`SITE_URL`), used for canonical URLs and the sitemap. */
	site: string | undefined;
	/** Path prefix the site is served under (`BASE_PATH`), always with leading and trailing slash. */
	base: string;
	/** Repository web URL (`REPOSITORY_URL`) for "Edit this page" links; none when unset. */
	repositoryUrl: string | undefined;
}

/**
 * Reads `SITE_URL`, `BASE_PATH` and `REPOSITORY_URL`, normalizing the base path so that `handbook`,
 * `/handbook` and `/handbook/` all mean the same thing.
 * @throws when `SITE_URL` is set but is not an absolute http(s) URL.
 */
export function siteOptionsFromEnv(env: Record<string, string | undefined>): SiteOptions {
	const rawSite = env['SITE_URL']?.trim() || undefined;
	if (rawSite !== undefined && !/^https?:\/\/[^/]+/.test(rawSite)) {
		throw new Error(
			`SITE_URL must be an absolute http(s) URL such as https://handbook.example.com, got "${rawSite}".`,
		);
	}
	return {
		site: rawSite,
		base: normaliseBasePath(env['BASE_PATH']),
		repositoryUrl: env['REPOSITORY_URL']?.trim().replace(/\/+$/, '') || undefined,
	};
}

/** Turns '', 'handbook', '/handbook' or '/handbook/' into '/' or '/handbook/'. */
export function normaliseBasePath(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}
