import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import BookPdfLink from '@site/src/components/BookPdfLink';
import CaseStudyCard from '@site/src/components/CaseStudyCard';
import CaseStudyFilter from '@site/src/components/CaseStudyFilter';
import { beyondTheBookCaseStudies, bookCaseStudies, caseStudyPath } from '@site/src/data/caseStudies';
import styles from './index.module.css';

const sections: Array<{ title: string; to: string; text: string }> = [
  {
    title: 'The framework',
    to: '/docs/framework',
    text: 'Seven steps, a time plan for 45 and 60 minutes, and a printable cheat sheet.',
  },
  {
    title: 'Operations',
    to: '/docs/operations',
    text: 'Drift, retraining, CI/CD for models, canaries and rollback: where candidates lose points.',
  },
  {
    title: 'Reference',
    to: '/docs/reference/metrics',
    text: 'Every metric with its formula and a worked example, and a glossary of the terms.',
  },
  {
    title: 'Compare the books',
    to: '/docs/compare',
    text: 'How this companion sits beside Huyen and the System Design Interview volumes.',
  },
];

const studyTools: Array<{ title: string; to: string; text: string }> = [
  { title: 'Study plans', to: '/docs/start-here/study-plans', text: 'Two, four or eight weeks, alone or in a group.' },
  { title: 'Flashcards', to: '/flashcards', text: "Every chapter's self-check questions, with spaced review." },
  { title: 'Progress', to: '/progress', text: 'What you have read, kept in this browser, with a file to move it.' },
  { title: 'Glossary', to: '/docs/reference/glossary', text: 'The terms, each with a link to paste into a chat.' },
];

/** The suggested first chapter: the book's first case study rated foundational. */
const firstChapter = bookCaseStudies.find((study) => study.difficulty === 'foundational') ?? bookCaseStudies[0];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Study companion for ML system design interviews"
      description="Ten ML system design case studies written deep on operations, with diagrams, metric formulas, mock-interview kits and a printable framework cheat sheet.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            Prepare for the ML system design interview like the engineer who built the system
          </Heading>
          <p className={styles.heroLead}>
            A free companion to <cite>Machine Learning System Design Interview</cite> (Aminian and Xu, 2023) for engineers preparing alone or in study groups. The
            book's ten case studies rewritten from practice, each deeper on data, serving and operations than an interview book has room for, and four problems
            beyond the book.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/start-here">
              How to use this companion
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/framework/cheat-sheet">
              Framework cheat sheet
            </Link>
          </div>
          <BookPdfLink className="margin-top--md margin-bottom--none" />
        </div>
      </header>
      <main className="container margin-vert--lg">
        {firstChapter ? (
          <section aria-labelledby="where-to-start" className={styles.start} data-where-to-start="">
            <Heading as="h2" id="where-to-start">
              Where to start
            </Heading>
            <ol>
              <li>
                Read <Link to="/docs/start-here">how to use this companion</Link> and pick a <Link to="/docs/start-here/study-plans">study plan</Link>.
              </li>
              <li>
                Learn the seven steps of <Link to="/docs/framework">the framework</Link>; keep the <Link to="/docs/framework/cheat-sheet">cheat sheet</Link> at hand.
              </li>
              <li>
                Take your first case study: <Link to={caseStudyPath(firstChapter.slug)}>{firstChapter.title}</Link>
                {firstChapter.origin === 'book' ? ` (book chapter ${firstChapter.bookChapter})` : ''}, the one rated {firstChapter.difficulty}.
              </li>
            </ol>
          </section>
        ) : null}
        <section aria-labelledby="case-studies" className="margin-top--lg">
          <Heading as="h2" id="case-studies">
            Case studies from the book
          </Heading>
          <p>The book's ten problems in its chapter order, each rewritten deeper on data, serving and operations. Narrow them by domain or difficulty.</p>
          <CaseStudyFilter studies={bookCaseStudies} />
        </section>
        {beyondTheBookCaseStudies.length > 0 ? (
          <section aria-labelledby="beyond-the-book" className="margin-top--lg">
            <Heading as="h2" id="beyond-the-book">
              Beyond the book
            </Heading>
            <p>Problems interviewers ask that the book does not cover, in the same sections and the same framework.</p>
            <div className={styles.grid}>
              {beyondTheBookCaseStudies.map((study) => (
                <CaseStudyCard key={study.slug} study={study} />
              ))}
            </div>
          </section>
        ) : null}
        <section aria-labelledby="study-tools" className="margin-top--lg">
          <Heading as="h2" id="study-tools">
            Study tools
          </Heading>
          <ul className={styles.sections}>
            {studyTools.map((tool) => (
              <li key={tool.to}>
                <Link to={tool.to} className={styles.sectionLink}>
                  {tool.title}
                </Link>
                <p>{tool.text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="also-inside" className="margin-top--lg">
          <Heading as="h2" id="also-inside">
            Also inside
          </Heading>
          <ul className={styles.sections}>
            {sections.map((section) => (
              <li key={section.to}>
                <Link to={section.to} className={styles.sectionLink}>
                  {section.title}
                </Link>
                <p>{section.text}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
