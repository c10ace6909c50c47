/** Where the built site will be served and what it publishes, read from the environment. */
export interface SiteOptions {
	/** Absolute origin the site is deployed to (`SITE_URL`), used for canonical URLs and the sitemap. */
	site: string | undefined;
	/** Path prefix the site is served under (`BASE_PATH`), always with leading and trailing slash. */
	base: string;
	/** Repository web URL (`REPOSITORY_URL`) for "Edit this page" links; none when unset. */
	repositoryUrl: string | undefined;
	/**
	 * Whether the build publishes llms.txt, llms-full.txt, llms-small.txt and the per-section text
	 * files. True when `SITE_URL` is set (their links are absolute) unless `LLMS_TXT=off`, which a
	 * build that does not need them sets to skip rendering every page three more times.
	 */
	llmsTxt: boolean;
}

/**
 * Reads `SITE_URL`, `BASE_PATH`, `REPOSITORY_URL` and `LLMS_TXT`, normalizing the base path so that
 * `handbook`, `/handbook` and `/handbook/` all mean the same thing.
 * @throws when `SITE_URL` is set but is not an absolute http(s) URL, or `LLMS_TXT` is neither `on`
 * nor `off`.
 */
export function siteOptionsFromEnv(env: Record<string, string | undefined>): SiteOptions {
	const rawSite = env['SITE_URL']?.trim() || undefined;
	if (rawSite !== undefined && !/^https?:\/\/[^/]+/.test(rawSite)) {
		throw new Error(
			`SITE_URL must be an absolute http(s) URL such as https://handbook.example.com, got "${rawSite}".`,
		);
	}
	const rawLlmsTxt = env['LLMS_TXT']?.trim().toLowerCase() || 'on';
	if (rawLlmsTxt !== 'on' && rawLlmsTxt !== 'off') {
		throw new Error(
			`LLMS_TXT must be "on" (the default: publish llms.txt when SITE_URL is set) or "off" (publish none), got "${env['LLMS_TXT']}".`,
		);
	}
	return {
		site: rawSite,
		base: normaliseBasePath(env['BASE_PATH']),
		repositoryUrl: env['REPOSITORY_URL']?.trim().replace(/\/+$/, '') || undefined,
		llmsTxt: rawSite !== undefined && rawLlmsTxt === 'on',
	};
}

/** Turns '', 'handbook', '/handbook' or '/handbook/' into '/' or '/handbook/'. */
export function normaliseBasePath(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}
