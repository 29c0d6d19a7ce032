import React, { lazy, Suspense, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Props } from '@theme/Mermaid';
import { FigureContext } from '@site/src/components/Figure/FigureContext';
import StoredDrawing from '@site/src/components/StoredDrawing';
import styles from './styles.module.css';

// Mermaid itself: only for a diagram not drawn yet, which only the development server shows.
const LiveMermaid = lazy(() => import('@theme-original/Mermaid'));

/** How far outside the viewport a live diagram starts rendering, so it is ready when scrolled to. */
const PRELOAD_MARGIN = '800px 0px';

/**
 * Every Mermaid fence of the site arrives here. A figure's diagram is shown
 * from the drawings `npm run diagrams` stored for it, with no Mermaid code on
 * the page. While an author edits a diagram on the development server, its
 * drawing is stale and Mermaid draws it live instead, once it nears the viewport.
 */
export default function Mermaid(props: Props): ReactNode {
  const { light, dark } = useContext(FigureContext);
  if (light && dark) return <StoredDrawing light={light} dark={dark} />;
  return <LazyLiveMermaid {...props} />;
}

function LazyLiveMermaid(props: Props): ReactNode {
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = slot.current;
    if (!element || near) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return (
    <div ref={slot} className={near ? styles.slot : styles.placeholder} data-live-diagram={near ? 'requested' : 'waiting'}>
      {near ? (
        <Suspense fallback={null}>
          <LiveMermaid {...props} />
        </Suspense>
      ) : null}
    </div>
  );
}
