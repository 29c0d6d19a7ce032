import React, { Fragment, type ReactNode } from 'react';
import { cardParagraphs, type Segment } from '@site/src/shared/cardText';
import styles from './styles.module.css';

function SegmentView({ segment }: { segment: Segment }): ReactNode {
  if (segment.kind === 'text') return segment.value;
  // TeX source as written in the chapter; the chapter link shows it typeset.
  const delimiter = segment.display ? '$$' : '$';
  return (
    <code className={styles.tex} translate="no">
      {delimiter}
      {segment.tex}
      {delimiter}
    </code>
  );
}

/** A card's question (inline, inside a heading) or answer (paragraphs) as plain text with math left as TeX. */
export default function CardText({ markdown, inline = false }: { markdown: string; inline?: boolean }): ReactNode {
  const paragraphs = cardParagraphs(markdown);
  const render = (paragraph: Segment[]) => paragraph.map((segment, index) => <SegmentView key={index} segment={segment} />);
  if (inline) {
    return paragraphs.map((paragraph, index) => (
      <Fragment key={index}>
        {index > 0 ? ' ' : null}
        {render(paragraph)}
      </Fragment>
    ));
  }
  return paragraphs.map((paragraph, index) => <p key={index}>{render(paragraph)}</p>);
}
