import React, { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { caseStudies, caseStudyPath } from '@site/src/data/caseStudies';
import { REQUIRED_SECTIONS, sectionLabel, type SectionId } from '@site/src/data/chapterContract';
import { caseStudySlug, SECTION_ORDER, useReadingProgress } from '@site/src/hooks/useReadingProgress';
import { announce } from '@site/src/browser/announce';
import JsonBackupControls from '@site/src/components/JsonBackup';
import { useJsonBackup, type PendingImport } from '@site/src/components/JsonBackup/useJsonBackup';
import {
  applyImport,
  chapterProgress,
  exportProgress,
  isSectionDone,
  readProgressFile,
  setChapterDone,
  setSectionDone,
  type ProgressImport,
} from '@site/src/lib/progressStore';
import styles from './styles.module.css';

function describeImport({ fileName, sections, chapters, skipped }: PendingImport<ProgressImport>): string {
  const left = skipped.length > 0 ? ` It also lists ${skipped.join(', ')}, which this site does not have; those are left out.` : '';
  return `${fileName} marks ${sections} section${sections === 1 ? '' : 's'} done in ${chapters} chapter${chapters === 1 ? '' : 's'}.${left}`;
}

/**
 * Which chapters and sections the reader has finished, kept in this browser.
 * The rules (what a progress file must look like, how imports merge) live in
 * src/lib/progressStore; an imported file changes nothing until the reader
 * confirms it.
 */
export default function ReadingProgress(): ReactNode {
  const { state, setState, restored, catalog: CATALOG, pages, isRead, setRead } = useReadingProgress();
  const otherPages = pages.filter((page) => caseStudySlug(page.id) === undefined);
  const pagesRead = otherPages.filter((page) => isRead(page.id)).length;
  const baseId = useId();
  const backup = useJsonBackup({
    contents: 'progress',
    exportFile: (madeAt) => exportProgress(state, madeAt),
    checkFile: (text) => readProgressFile(text, CATALOG),
    downloaded: 'Progress file downloaded.',
    found: (pending) => `${describeImport(pending)} Nothing has changed yet: choose Add, Replace or Cancel.`,
  });

  const completeChapters = caseStudies.filter((study) => chapterProgress(state, study.slug, SECTION_ORDER).complete).length;

  function onToggleChapter(slug: string, title: string) {
    const done = !chapterProgress(state, slug, SECTION_ORDER).complete;
    setState((current) => setChapterDone(current, slug, done, SECTION_ORDER));
    announce(done ? `${title} marked done.` : `${title} marked not done.`);
  }

  function onToggleSection(slug: string, section: SectionId, done: boolean) {
    setState((current) => setSectionDone(current, slug, section, done, SECTION_ORDER));
  }

  function finishImport(mode: 'merge' | 'replace' | 'cancel') {
    if (!backup.pending) return;
    const imported = backup.pending.state;
    if (mode !== 'cancel') setState((current) => applyImport(current, imported, mode, CATALOG));
    backup.finish(mode === 'cancel' ? 'Import cancelled; nothing changed.' : mode === 'merge' ? 'Progress added.' : 'Progress replaced.');
    backup.fileInput.current?.focus();
  }

  return (
    <section className={styles.progress} aria-label="Reading progress" data-progress-ready={restored || undefined}>
      <p className={styles.summary} data-progress-summary="">
        {completeChapters} of {caseStudies.length} chapters done.
      </p>
      <ul className={styles.chapters}>
        {caseStudies.map((study) => {
          const { done, total, complete } = chapterProgress(state, study.slug, SECTION_ORDER);
          return (
            <li key={study.slug} className={styles.chapter} data-progress-chapter={study.slug}>
              <div className={styles.row}>
                <Link to={caseStudyPath(study.slug)} className={styles.title}>
                  {study.title}
                </Link>
                <span className={styles.count} data-progress-count="">
                  {done} of {total} sections
                </span>
                <span className={styles.bar} aria-hidden="true">
                  <span style={{ width: `${(100 * done) / total}%` }} />
                </span>
                <button
                  type="button"
                  className={clsx('button button--sm', complete ? 'button--primary' : 'button--secondary')}
                  aria-pressed={complete}
                  onClick={() => onToggleChapter(study.slug, study.title)}
                  data-progress-toggle="">
                  Mark chapter done<span className="sr-only">: {study.title}</span>
                </button>
              </div>
              <details className={styles.sections}>
                <summary>
                  Sections<span className="sr-only"> of {study.title}</span>
                </summary>
                <ul>
                  {REQUIRED_SECTIONS.map(({ id }) => {
                    const inputId = `${baseId}-${study.slug}-${id}`;
                    return (
                      <li key={id}>
                        <input
                          id={inputId}
                          type="checkbox"
                          checked={isSectionDone(state, study.slug, id)}
                          onChange={(event) => onToggleSection(study.slug, id, event.target.checked)}
                        />{' '}
                        <label htmlFor={inputId}>{sectionLabel(id)}</label>
                      </li>
                    );
                  })}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>

      <h2 className={styles.pagesHeading}>Framework, operations and reference pages</h2>
      <p className={styles.summary} data-progress-pages-summary="">
        {pagesRead} of {otherPages.length} pages read.
      </p>
      <ul className={styles.pages}>
        {otherPages.map((page) => {
          const title = page.title;
          return (
            <li key={page.id} data-progress-page={page.id}>
              <input type="checkbox" aria-label={`Read: ${title}`} checked={isRead(page.id)} onChange={(event) => setRead(page.id, event.target.checked)} />{' '}
              <Link to={page.path}>{title}</Link>
            </li>
          );
        })}
      </ul>

      <JsonBackupControls
        backup={backup}
        downloadLabel="Download progress"
        importLabel="Import a progress file"
        describe={describeImport}
        choices={[
          { label: 'Add to my progress', kind: 'primary', choose: () => finishImport('merge') },
          { label: 'Replace my progress', kind: 'secondary', choose: () => finishImport('replace') },
          { label: 'Cancel', kind: 'link', choose: () => finishImport('cancel') },
        ]}
        marks={{ input: 'data-progress-import', error: 'data-progress-error', pending: 'data-progress-pending' }}
      />
    </section>
  );
}
