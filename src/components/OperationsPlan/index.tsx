import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { operationsPlan } from '@site/src/data/framework';
import styles from './styles.module.css';

/** The operations talking points for the last minutes of the interview, in the order to say them. */
export default function OperationsPlan(): ReactNode {
  return (
    <ul className={styles.plan}>
      {operationsPlan.map(({ topic, point, link }) => (
        <li key={topic}>
          <strong>
            <Link to={link}>{topic}</Link>:
          </strong>{' '}
          {point}
        </li>
      ))}
    </ul>
  );
}
