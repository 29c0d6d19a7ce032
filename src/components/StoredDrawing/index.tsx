import React, { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Drawing } from '@site/src/components/Figure/FigureContext';
import styles from './styles.module.css';
// The diagram font: the drawings were measured with it. Browsers fetch it only on pages whose text uses it.
import '@fontsource/inter/latin-400.css';

type ColorMode = 'light' | 'dark';

/**
 * One colour mode of a stored drawing. Its box has the drawing's size before
 * the SVG is there, so nothing moves when it arrives. The SVG comes with the
 * server-rendered HTML; after a client-side navigation it is fetched by URL,
 * as the markup never ships in JavaScript.
 */
function DrawingInMode({ mode, drawing }: { mode: ColorMode; drawing: Drawing }): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [fetched, setFetched] = useState<string>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // Hydrated from the static HTML: the SVG is already in place.
    if (drawing.markup !== undefined || box.current?.firstElementChild) return undefined;
    const controller = new AbortController();
    fetch(drawing.url, { signal: controller.signal })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then(setFetched)
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [drawing]);

  const size: CSSProperties = { width: drawing.width, minWidth: drawing.minWidth, aspectRatio: `${drawing.width} / ${drawing.height}` };
  if (failed) {
    return (
      <div className={`${styles.drawing} ${styles.failedBox}`} data-diagram-mode={mode} style={size}>
        <p className={styles.failed}>This diagram could not be loaded. Its text description is below.</p>
      </div>
    );
  }
  return (
    <div
      ref={box}
      className={styles.drawing}
      data-diagram-mode={mode}
      style={size}
      // The static HTML holds the SVG; hydration leaves an element with inner HTML as it is.
      dangerouslySetInnerHTML={{ __html: drawing.markup ?? fetched ?? '' }}
      suppressHydrationWarning
    />
  );
}

/** A diagram drawn when the site was built, in both colour modes; CSS shows the one the site is in. */
export default function StoredDrawing({ light, dark }: { light: Drawing; dark: Drawing }): ReactNode {
  return (
    <div className={styles.drawings} data-diagram-drawings>
      <DrawingInMode mode="light" drawing={light} />
      <DrawingInMode mode="dark" drawing={dark} />
    </div>
  );
}
