import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { PageMetadata } from '@docusaurus/theme-common';
import { MOCK_INTERVIEW_SECTION, type PracticeKit } from '@site/src/shared/practiceKit';
import KitText from './KitText';
import MockInterview from './MockInterview';
import styles from './styles.module.css';

/** A practice route: the plugin passes the chapter's kit as route data, so only practice pages download it and this code. */
export default function PracticePage({ kit }: { kit: PracticeKit }): ReactNode {
  return (
    <Layout
      title={`Mock interview: ${kit.title}`}
      description={`Practice the ${kit.title} interview against the clock, alone or with a partner: the chapter's prompts per step, the signals of a strong answer, its rubric and curveballs.`}>
      {/* The chapter's link-preview card, drawn by scripts/og-images.mts. */}
      <PageMetadata image={`img/og/${kit.slug}.png`} />
      <main className={`container margin-vert--lg ${styles.page}`}>
        <p className={styles.back}>
          <Link to={`${kit.chapterPath}#${MOCK_INTERVIEW_SECTION}`}>Back to the chapter: {kit.title}</Link>
        </p>
        <h1>Mock interview: {kit.title}</h1>
        <p>
          Rehearse the interview out loud, step by step on the 45- or 60-minute plan. Alone, write or outline each answer, then reveal what a strong answer shows and
          score yourself on the rubric. With a partner, the interviewer's view shows the signals, curveballs and rubric; the candidate's view hides them. Sessions
          stay in this browser.
        </p>
        {kit.intro.map((text, index) => (
          <KitText key={index} as="div" text={text} />
        ))}
        <MockInterview kit={kit} />
      </main>
    </Layout>
  );
}
