import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '@site/src/components/CopyLink';
import styles from './styles.module.css';

interface Props {
  id: string;
  title: string;
  caption: string;
  /** JSON array of text-alternative lines, written by plugins/remark-mermaid-figure. */
  description: string;
  children: ReactNode;
}

/**
 * A titled, captioned, linkable diagram. The title is an h3 so the offline
 * search indexes the figure as its own section and lands on it; the text
 * description sits in the HTML so readers who cannot see the diagram, and the
 * search index, get its labels.
 */
export default function Figure({ id, title, caption, description, children }: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  const lines = JSON.parse(description) as string[];
  const textId = `${id}-text`;
  return (
    <figure id={id} className={clsx(styles.figure, 'diagram-figure')}>
      <h3 className={clsx('anchor', styles.title)}>
        <span className={styles.kicker}>Figure: </span>
        {title}
        <CopyLink id={id} label={`figure ${title}`} />
      </h3>
      <div className={styles.diagram} role="img" aria-label={`Diagram: ${title}`} aria-describedby={textId}>
        {children}
      </div>
      <figcaption className={styles.caption}>{caption}</figcaption>
      <details className={styles.text}>
        <summary>Text description of the diagram</summary>
        <ul id={textId}>
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
