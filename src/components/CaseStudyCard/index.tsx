import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { caseStudyPath, type CaseStudy } from '@site/src/data/caseStudies';
import { practicePath } from '@site/src/shared/practiceKit';
import styles from './styles.module.css';

export default function CaseStudyCard({ study }: { study: CaseStudy }): ReactNode {
  return (
    <article className={styles.card}>
      <p className={styles.domain}>
        {study.origin === 'book' ? `Book chapter ${study.bookChapter}` : 'Beyond the book'} · {study.domain}
      </p>
      <h3 className={styles.title}>
        <Link to={caseStudyPath(study.slug)} className={styles.link}>
          {study.title}
        </Link>
      </h3>
      <p className={styles.summary}>{study.summary}</p>
      <dl className={styles.facts}>
        <dt>Task</dt>
        <dd>{study.mlTask}</dd>
        <dt>Key metrics</dt>
        <dd>
          {study.offlineMetrics[0]} offline, {study.onlineMetrics[0]} online
        </dd>
        <dt>Difficulty</dt>
        <dd>{study.difficulty}</dd>
      </dl>
      <Link to={practicePath(study.slug)} className={styles.practice}>
        Practice the interview<span className="sr-only">: {study.title}</span>
      </Link>
    </article>
  );
}
