import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { ANKI_FILE_PATH, type RenderedFlashcard } from '@site/src/shared/flashcard';
import Flashcards from '@site/src/components/Flashcards';
import { caseStudies } from '@site/src/data/caseStudies';
import styles from './FlashcardsPage.module.css';

/** The book's chapter order, built once so the deck is not rebuilt on every render. */
const chapterOrder = caseStudies.map((study) => study.slug);

/** The /flashcards route: the plugin passes the cards as route data, so no other page downloads them. */
export default function FlashcardsPage({ cards }: { cards: RenderedFlashcard[] }): ReactNode {
  const ankiFile = useBaseUrl(ANKI_FILE_PATH);
  return (
    <Layout
      title="Flashcards"
      description="Every case study's self-check questions as spaced-repetition flashcards: due dates from FSRS, a daily limit on new cards, formulas typeset, and the deck for Anki.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Flashcards</Heading>
        <p>
          The self-check questions of every <Link to="/docs/case-studies">case study</Link>, scheduled for spaced repetition. Answer out loud before you show the
          answer, then say how well you knew it: <strong>Again</strong>, <strong>Hard</strong>, <strong>Good</strong> or <strong>Easy</strong>. The FSRS algorithm
          turns each answer into the card's next due date, a few minutes for a card you missed and days to months for one you know. Each day brings the cards that
          are due and a limited number of new ones. The schedule stays in this browser; the <Link to="/progress">progress page</Link> shows how many cards are due
          today.
        </p>
        <Flashcards cards={cards} chapterOrder={chapterOrder} />
        <section className={styles.anki} aria-labelledby="anki">
          <Heading as="h2" id="anki">
            Study in Anki
          </Heading>
          <p>
            <a href={ankiFile} download data-flashcards-anki="">
              Download all {cards.length} cards for Anki
            </a>{' '}
            (tab-separated text). In Anki 2.1.55 or later, choose <strong>File, Import</strong> and pick the file: the separator, note type and columns are preset,
            each card is tagged with its chapter, and every answer ends with a link back to its chapter. Importing a newer file later updates the cards whose
            question has not changed.
          </p>
        </section>
      </main>
    </Layout>
  );
}
