import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import BookPdfLink from '@site/src/components/BookPdfLink';
import CaseStudyCard from '@site/src/components/CaseStudyCard';
import { beyondTheBookCaseStudies, bookCaseStudies } from '@site/src/data/caseStudies';
import styles from './index.module.css';

const sections: Array<{ title: string; to: string; text: string }> = [
  {
    title: 'The framework',
    to: '/docs/framework/cheat-sheet',
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
            A free companion to <cite>Machine Learning System Design Interview</cite> (Aminian and Xu, 2023) for
            engineers preparing alone or in study groups. The book's ten case studies rewritten from practice, each
            deeper on data, serving and operations than an interview book has room for, and four problems beyond the book.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/start-here">
              Start here
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/framework/cheat-sheet">
              Framework cheat sheet
            </Link>
          </div>
          <BookPdfLink className="margin-top--md margin-bottom--none" />
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="case-studies">
          <Heading as="h2" id="case-studies">
            Case studies from the book
          </Heading>
          <p>The book's ten problems in its chapter order, each rewritten deeper on data, serving and operations.</p>
          <div className={styles.grid}>
            {bookCaseStudies.map((study) => (
              <CaseStudyCard key={study.slug} study={study} />
            ))}
          </div>
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
