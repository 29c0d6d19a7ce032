import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { announce } from '@site/src/browser/announce';
import { caseStudySlug, useReadingProgress } from '@site/src/hooks/useReadingProgress';
import styles from './styles.module.css';

/**
 * "Mark as read" at the end of a page: progress recorded where the reading
 * happens. A case study counts as read with every section done, the same mark
 * the progress page gives it; the sidebar shows the mark at once.
 */
export default function MarkAsRead({ docId, title }: { docId: string; title: string }): ReactNode {
  const { isRead, setRead, restored } = useReadingProgress();
  const read = isRead(docId);
  const chapter = caseStudySlug(docId) !== undefined;

  function onToggle() {
    setRead(docId, !read);
    announce(read ? `${title} marked not read.` : `${title} marked read.`);
  }

  return (
    <div className={styles.markAsRead} data-mark-read={restored ? String(read) : undefined}>
      <button type="button" className={clsx('button', read ? 'button--primary' : 'button--secondary')} aria-pressed={read} onClick={onToggle}>
        {read ? 'Read' : 'Mark as read'}
      </button>
      <p className={styles.note}>
        {read ? `You marked this ${chapter ? 'chapter' : 'page'} read. ` : ''}
        Progress stays in this browser: <Link to="/progress">see every page</Link>.
      </p>
    </div>
  );
}
