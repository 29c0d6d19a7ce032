import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import OriginalMermaid from '@theme-original/Mermaid';
import type { Props } from '@theme/Mermaid';
import styles from './styles.module.css';

/** How far outside the viewport a diagram starts rendering, so it is ready when scrolled to. */
const PRELOAD_MARGIN = '800px 0px';

/**
 * Renders the stock Mermaid component only when its slot nears the viewport
 * (or the page is about to print). Until then the slot keeps its space, so
 * first paint never waits on Mermaid and nothing below it jumps.
 */
export default function Mermaid(props: Props): ReactNode {
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = slot.current;
    if (!element || near) return undefined;
    const show = () => setNear(true);
    if (!('IntersectionObserver' in window)) {
      show();
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    observer.observe(element);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [near]);

  return (
    <div ref={slot} className={near ? styles.slot : styles.placeholder} data-mermaid-slot={near ? 'requested' : 'waiting'}>
      {near ? <OriginalMermaid {...props} /> : null}
    </div>
  );
}
