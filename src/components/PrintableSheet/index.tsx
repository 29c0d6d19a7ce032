import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * Wraps a page meant to be printed: on screen it changes nothing; in print it
 * sets dense type, black ink on white paper (in either color mode) and keeps
 * figures, tables and formulas whole. Admonitions inside it are screen-only tips.
 */
export default function PrintableSheet({ children }: { children: ReactNode }): ReactNode {
  return <div className={styles.sheet}>{children}</div>;
}
