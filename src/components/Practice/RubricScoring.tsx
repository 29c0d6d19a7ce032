import React, { useId, type ReactNode } from 'react';
import { RUBRIC_LEVELS, type Rubric } from '@site/src/shared/practiceKit';
import KitText from './KitText';
import styles from './styles.module.css';

interface Props {
  rubric: Rubric;
  scores: Readonly<Record<string, number>>;
  onScore: (dimension: string, score: number) => void;
  /** Who scores: the candidate themselves (solo) or the interviewer. */
  scorer: 'self' | 'interviewer';
}

/** The chapter's rubric as one radio group per dimension: each score's description is its label, so the rubric is the form. */
export default function RubricScoring({ rubric, scores, onScore, scorer }: Props): ReactNode {
  const baseId = useId();
  const levels = Array.from({ length: RUBRIC_LEVELS }, (_, index) => index + 1);
  return (
    <div className={styles.rubric} data-practice-rubric="">
      <p className={styles.hint}>
        {scorer === 'self'
          ? 'Score each dimension on what you actually said, not what you meant to say.'
          : 'Score each dimension as the evidence comes in; change a score at any time.'}
      </p>
      {rubric.dimensions.map((dimension) => (
        <fieldset key={dimension.name} className={styles.dimension} data-practice-score={dimension.name}>
          <legend>{dimension.name}</legend>
          {levels.map((level) => {
            const id = `${baseId}-${dimension.name}-${level}`;
            const text = dimension.levels[level - 1];
            return (
              <div key={level} className={styles.level}>
                <input
                  id={id}
                  type="radio"
                  name={`${baseId}-${dimension.name}`}
                  value={level}
                  checked={scores[dimension.name] === level}
                  onChange={() => onScore(dimension.name, level)}
                />
                <label htmlFor={id}>
                  <strong>{level}</strong> {text ? <KitText text={text} /> : null}
                </label>
              </div>
            );
          })}
          {dimension.redFlag ? (
            <p className={styles.redFlag}>
              <strong>{rubric.redFlagLabel ?? 'Red flag'}:</strong> <KitText text={dimension.redFlag} />
            </p>
          ) : null}
        </fieldset>
      ))}
      {rubric.notes.map((note, index) => (
        <KitText key={index} as="div" text={note} />
      ))}
    </div>
  );
}
