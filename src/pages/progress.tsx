import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import ReadingProgress from '@site/src/components/ReadingProgress';
import PracticeHistory from '@site/src/components/PracticeHistory';
import FlashcardsDue from '@site/src/components/FlashcardsDue';
import styles from './progress.module.css';

export default function ProgressPage(): ReactNode {
  return (
    <Layout
      title="Reading progress"
      description="Track which case-study chapters and sections you have finished, kept in your browser, with a progress file to move it to another device.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Reading progress</Heading>
        <p>
          Mark a chapter done when you have read it and tried its mock interview, or tick its sections one by one. Progress stays in this browser only; download it
          as a file to move it to another device or browser, then import it there. Drill what you read with the <Link to="/flashcards">flashcards</Link>.
        </p>
        <FlashcardsDue />
        <ReadingProgress />
        <PracticeHistory />
      </main>
    </Layout>
  );
}
