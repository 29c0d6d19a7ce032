import React, { lazy, Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import CopyLink from '@site/src/components/CopyLink';
import { FigureContext, type Drawing } from './FigureContext';
import styles from './styles.module.css';

// The full-screen viewer and its zoom library load when a reader first reaches for the control.
const loadViewer = () => import('@site/src/components/DiagramViewer');
const DiagramViewer = lazy(loadViewer);

interface Props {
  id: string;
  title: string;
  caption: string;
  /** JSON array of text-alternative lines, written by plugins/remark-mermaid-figure. */
  description: string;
  /** The diagram drawn at build time, per colour mode (absent only on the development server while a drawing is stale). */
  light?: Drawing;
  dark?: Drawing;
  children: ReactNode;
}

/**
 * A titled, captioned, linkable diagram. The title is an h3 so the offline
 * search indexes the figure as its own section and lands on it; the text
 * description sits in the HTML so readers who cannot see the diagram, and the
 * search index, get its labels. A diagram wider than the column scrolls
 * sideways inside the figure; the full-screen control shows it alone, with
 * zoom and pan.
 */
export default function Figure({ id, title, caption, description, light, dark, children }: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  const isBrowser = useIsBrowser();
  const lines = useMemo(() => JSON.parse(description) as string[], [description]);
  const drawings = useMemo(() => ({ light, dark }), [light, dark]);
  const diagram = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // The diagram as shown in the page, copied into the viewer while it is open.
  const [viewerMarkup, setViewerMarkup] = useState<string | null>(null);
  const textId = `${id}-text`;

  return (
    <figure id={id} className={clsx(styles.figure, 'diagram-figure')}>
      {/* The h3 stays a direct child of the figure: search takes its section to be the siblings that follow it. */}
      <h3 className={clsx('anchor', styles.title)}>
        <span className={styles.kicker}>Figure: </span>
        {title}
        <CopyLink id={id} label={`figure ${title}`} />
      </h3>
      {/* Rendered in the static HTML too, inert until hydration, so the title keeps its width and wraps the same before and after. */}
      <button
        ref={opener}
        type="button"
        className={clsx('button button--sm button--secondary', styles.open, !isBrowser && styles.openPending)}
        aria-haspopup="dialog"
        aria-label={`Open figure ${title} full screen`}
        aria-hidden={isBrowser ? undefined : true}
        tabIndex={isBrowser ? undefined : -1}
        disabled={!isBrowser}
        data-figure-viewer-open
        onPointerEnter={() => void loadViewer()}
        onFocus={() => void loadViewer()}
        onClick={() => setViewerMarkup(diagram.current?.innerHTML ?? '')}>
        Full screen
      </button>
      <div className={styles.frame}>
        <div ref={diagram} className={styles.diagram} role="img" aria-label={`Diagram: ${title}`} aria-describedby={textId} data-figure-diagram>
          <FigureContext.Provider value={drawings}>{children}</FigureContext.Provider>
        </div>
        <p className={styles.scrollHint} data-figure-scroll-hint>
          Scroll sideways for more
        </p>
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
      {viewerMarkup !== null ? (
        <Suspense fallback={null}>
          <DiagramViewer
            figureId={id}
            title={title}
            caption={caption}
            lines={lines}
            markup={viewerMarkup}
            onClose={() => {
              setViewerMarkup(null);
              opener.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </figure>
  );
}
