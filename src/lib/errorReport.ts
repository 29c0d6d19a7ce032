/**
 * "Report an error here": the URL of a pre-filled GitHub issue for one section or figure of a page. No React, no
 * browser: the heading control and the figure component build their links with `errorReportUrl`.
 */

/** The issue form a report opens, in .github/ISSUE_TEMPLATE/; its field ids are the query keys `errorReportUrl` fills. */
export const ERROR_REPORT_TEMPLATE = 'error-in-a-chapter.yml';

/** The issue-form fields a report fills in, by their ids in the template. */
export const ERROR_REPORT_FIELDS = { page: 'page', section: 'section' } as const;

export interface ReportedPlace {
  /** The page's title, as its h1 shows it. */
  pageTitle: string;
  /** The section's or figure's absolute permalink, with its `#id`. */
  permalink: string;
  /** The section heading or figure title, quoted in the title. */
  heading: string;
}

/**
 * Reads the repository URL the deploy sets (REPOSITORY_URL, for example https://github.com/owner/repo). Unset or blank
 * means no report links; anything but an http(s) URL of a repository fails the build instead of publishing broken links.
 */
export function parseRepositoryUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`REPOSITORY_URL must be the repository's web address, like https://github.com/owner/repo (got "${trimmed}").`);
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || path.split('/').filter(Boolean).length !== 2) {
    throw new Error(`REPOSITORY_URL must be the repository's web address, like https://github.com/owner/repo (got "${trimmed}").`);
  }
  return `${url.origin}${path}`;
}

/** The new-issue URL on `repositoryUrl` (as parseRepositoryUrl returns it), pre-filled for `place`. */
export function errorReportUrl(repositoryUrl: string, { pageTitle, permalink, heading }: ReportedPlace): string {
  const url = new URL(`${repositoryUrl}/issues/new`);
  url.searchParams.set('template', ERROR_REPORT_TEMPLATE);
  url.searchParams.set('title', `Error in ${pageTitle}: “${heading}”`);
  url.searchParams.set(ERROR_REPORT_FIELDS.page, pageTitle);
  url.searchParams.set(ERROR_REPORT_FIELDS.section, permalink);
  return url.href;
}
