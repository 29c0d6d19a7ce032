import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { beyondTheBookCaseStudies, bookCaseStudies, caseStudyPath, type CaseStudy } from '@site/src/data/caseStudies';
import { practicePath } from '@site/src/shared/practiceKit';
import styles from './progress.module.css';

/** One group of case studies, each with its practice page and the kit in its chapter. */
function PracticeGroup({ id, title, lead, studies }: { id: string; title: string; lead: string; studies: readonly CaseStudy[] }): ReactNode {
  return (
    <section aria-labelledby={id} data-practice-group={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      <p>{lead}</p>
      <ul data-practice-index="">
        {studies.map((study) => (
          <li key={study.slug}>
            <Link to={practicePath(study.slug)}>{study.title}</Link> ({study.domain.toLowerCase()}, {study.difficulty}).{' '}
            <Link to={caseStudyPath(study.slug, 'mock-interview')}>
              Read the kit in the chapter
              <span className="sr-only">: {study.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Every case study's practice page, from the metadata list, grouped as the
 * landing page groups them: a new case study appears here with its chapter.
 */
export default function PracticeIndex(): ReactNode {
  return (
    <Layout
      title="Mock interviews"
      description="Practice each case study's interview against the clock, alone or with a partner, with the chapter's prompts, signals, rubric and curveballs.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Mock interviews</Heading>
        <p>
          Reading a chapter is not rehearsing it. Pick a case study and run its 45 or 60 minutes out loud: alone, writing or outlining each answer before you see
          what a strong one shows, or with a partner who reads the prompts and scores you on the chapter's rubric. Your sessions and scores over time are on the{' '}
          <Link to="/progress">progress page</Link>.
        </p>
        <PracticeGroup id="from-the-book" title="Case studies from the book" lead="The book's ten problems in its chapter order." studies={bookCaseStudies} />
        {beyondTheBookCaseStudies.length > 0 ? (
          <PracticeGroup
            id="beyond-the-book"
            title="Beyond the book"
            lead="Problems interviewers ask that the book does not cover, with a kit in the same form."
            studies={beyondTheBookCaseStudies}
          />
        ) : null}
      </main>
    </Layout>
  );
}
