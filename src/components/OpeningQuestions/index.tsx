import React, { type ReactNode } from 'react';
import { openingQuestions } from '@site/src/data/framework';
import styles from './styles.module.css';

/** The questions for the first five minutes, each with what its answer decides later. */
export default function OpeningQuestions(): ReactNode {
  return (
    <ol className={styles.questions}>
      {openingQuestions.map(({ question, decides }) => (
        <li key={question}>
          {question} <span className={styles.decides}>Decides: {decides}.</span>
        </li>
      ))}
    </ol>
  );
}
