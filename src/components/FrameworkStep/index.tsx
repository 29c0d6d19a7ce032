import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { caseStudies, caseStudyPath } from '@site/src/data/caseStudies';
import { frameworkStepById, frameworkSteps, interviewLengths, stepNumber } from '@site/src/data/framework';
import styles from './styles.module.css';

interface Props {
  /** A step id from src/data/framework.ts; an unknown id fails the build. */
  id: string;
}

/**
 * One step of the framework as its page shows it: goal, time budget, checklist,
 * signals, mistakes and the same step in every case study. Its headings carry
 * fixed ids, so render it once per page.
 */
export default function FrameworkStep({ id }: Props): ReactNode {
  const step = frameworkStepById(id);
  // "7 minutes of a 45-minute interview, 9 of a 60-minute one"
  const budget = interviewLengths
    .map((length, index) => (index === 0 ? `${step.minutes[length]} minutes of a ${length}-minute interview` : `${step.minutes[length]} of a ${length}-minute one`))
    .join(', ');
  return (
    <div className={styles.step}>
      <dl className={styles.facts}>
        <dt>Goal</dt>
        <dd>{step.goal}</dd>
        <dt>Time</dt>
        <dd>
          Step {stepNumber(step.id)} of {frameworkSteps.length}: {budget}
        </dd>
      </dl>

      <Heading as="h3" id="checklist">
        Checklist
      </Heading>
      <ul className={styles.list}>
        {step.checklist.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <div className={styles.columns}>
        <div>
          <Heading as="h3" id="signals">
            Signals interviewers look for
          </Heading>
          <ul className={styles.list}>
            {step.signals.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
        <div>
          <Heading as="h3" id="mistakes">
            Common mistakes
          </Heading>
          <ul className={styles.list}>
            {step.mistakes.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      </div>

      <p className={styles.chapters}>
        <strong>This step in every case study:</strong>{' '}
        {caseStudies.map((study, index) => (
          <React.Fragment key={study.slug}>
            {index > 0 ? ', ' : null}
            <Link to={caseStudyPath(study.slug, step.chapterSection)}>{study.title}</Link>
          </React.Fragment>
        ))}
        .
      </p>
    </div>
  );
}
