import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useActiveDocContext, useDoc } from '@docusaurus/plugin-content-docs/client';
import { errorReportUrl } from '@site/src/lib/errorReport';
import styles from './styles.module.css';

interface Props {
  /** The section's or figure's anchor, without '#'. */
  id: string;
  /** Its heading or title as the reader sees it. */
  heading: string;
  /** What the link reports on, for its tooltip: a section (the default) or a figure. */
  kind?: 'section' | 'figure';
  className?: string;
}

/**
 * A small flag beside a section heading that opens a pre-filled issue for it. It renders nothing when the build has no
 * repository (REPOSITORY_URL unset) or the page is not a doc (blog posts, tag lists). A figure uses it the same way,
 * beside its title: `<ReportErrorLink id={id} heading={`Figure: ${title}`} kind="figure" />`.
 */
export default function ReportErrorLink(props: Props): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const onDocPage = useActiveDocContext(undefined).activeDoc !== undefined;
  const repositoryUrl = siteConfig.customFields?.repositoryUrl;
  if (typeof repositoryUrl !== 'string' || !onDocPage) return null;
  return <DocErrorReportLink {...props} repositoryUrl={repositoryUrl} siteUrl={siteConfig.url} />;
}

/** Only inside a doc page, where useDoc has the page's title and permalink. */
function DocErrorReportLink({ id, heading, kind = 'section', className, repositoryUrl, siteUrl }: Props & { repositoryUrl: string; siteUrl: string }): ReactNode {
  const { metadata } = useDoc();
  const url = errorReportUrl(repositoryUrl, { pageTitle: metadata.title, permalink: `${siteUrl}${metadata.permalink}#${id}`, heading });
  return (
    <a
      href={url}
      className={clsx(styles.reportLink, className)}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`Report an error in “${heading}”`}
      title={`Report an error in this ${kind}`}
      data-report-error=""
      translate="no">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M3 1.5v13M3 2.5h8.5l-1.75 3 1.75 3H3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
    </a>
  );
}
