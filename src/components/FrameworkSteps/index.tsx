import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { frameworkSteps, interviewLengths, planTotalMinutes } from '@site/src/data/framework';
import styles from './styles.module.css';

interface Props {
  /** false leaves out the checklists, for an overview that links to the step pages. */
  checklists?: boolean;
}

/** The seven steps side by side with their goals, checklists and time budgets, read from the framework module. */
export default function FrameworkSteps({ checklists = true }: Props): ReactNode {
  return (
    <table className={styles.table}>
      <caption className="sr-only">The seven steps of the framework with their time budgets in a 45- and a 60-minute interview</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.stepColumn}>
            Step
          </th>
          <th scope="col" className={styles.goalColumn}>
            Goal
          </th>
          {checklists ? <th scope="col">Checklist</th> : null}
          {interviewLengths.map((length) => (
            <th key={length} scope="col" className={styles.minutes}>
              {length} min
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {frameworkSteps.map((step, index) => (
          <tr key={step.id}>
            <th scope="row" className={styles.step}>
              <span className={styles.number}>{index + 1}.</span> <Link to={`/docs/framework/${step.id}`}>{step.title}</Link>
            </th>
            <td>{step.goal}</td>
            {checklists ? (
              <td>
                <ul className={styles.checklist}>
                  {step.checklist.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </td>
            ) : null}
            {interviewLengths.map((length) => (
              <td key={length} className={styles.minutes}>
                {step.minutes[length]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={checklists ? 3 : 2}>
            Total minutes
          </th>
          {interviewLengths.map((length) => (
            <td key={length} className={styles.minutes}>
              {planTotalMinutes(length)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
