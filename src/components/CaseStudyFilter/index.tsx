import React, { useId, useState, type ReactNode } from 'react';
import CaseStudyCard from '@site/src/components/CaseStudyCard';
import type { CaseStudy, Difficulty, Domain } from '@site/src/data/caseStudies/types';
import styles from './styles.module.css';

const DIFFICULTIES: readonly Difficulty[] = ['foundational', 'intermediate', 'advanced'];

/**
 * Case-study cards in the order given (the book's), narrowed by domain and
 * difficulty. Every card is in the server-rendered page; a filter only hides
 * cards, so the order and the book's chapter numbers never change.
 */
export default function CaseStudyFilter({ studies }: { studies: readonly CaseStudy[] }): ReactNode {
  const [domain, setDomain] = useState<Domain | 'all'>('all');
  const [difficulty, setDifficulty] = useState<Difficulty | 'all'>('all');
  const id = useId();
  const domains = [...new Set(studies.map((study) => study.domain))].sort();
  const shown = (study: CaseStudy) => (domain === 'all' || study.domain === domain) && (difficulty === 'all' || study.difficulty === difficulty);
  const count = studies.filter(shown).length;

  return (
    <div data-case-study-filter="">
      <div className={styles.controls}>
        <div className={styles.control}>
          <label htmlFor={`${id}-domain`}>Domain</label>
          <select id={`${id}-domain`} value={domain} onChange={(event) => setDomain(event.target.value as Domain | 'all')}>
            <option value="all">All domains</option>
            {domains.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-difficulty`}>Difficulty</label>
          <select id={`${id}-difficulty`} value={difficulty} onChange={(event) => setDifficulty(event.target.value as Difficulty | 'all')}>
            <option value="all">All levels</option>
            {DIFFICULTIES.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </div>
        <p className={styles.count} role="status" data-case-study-count="">
          {count === studies.length ? `All ${count} case studies` : `${count} of ${studies.length} case studies`}
        </p>
      </div>
      <ul className={styles.grid}>
        {studies.map((study) => (
          <li key={study.slug} hidden={!shown(study)} data-case-study={study.slug}>
            <CaseStudyCard study={study} />
          </li>
        ))}
      </ul>
    </div>
  );
}
