import React, { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import clsx from 'clsx';
import Panzoom, { type PanzoomEventDetail, type PanzoomObject } from '@panzoom/panzoom';
import styles from './styles.module.css';

interface Props {
  figureId: string;
  title: string;
  caption: string;
  lines: string[];
  /** The diagram as the figure shows it (both colour modes); CSS picks the current one here too. */
  markup: string;
  onClose: () => void;
}

const MAX_SCALE = 8;
const MIN_SCALE = 0.5;
/** An arrow key moves the view by this share of the visible area. */
const PAN_STEP = 0.1;

/**
 * Drawings prefix every id with their own (`diagram-<key>`); the copy shown
 * here gets other ids, so that no id, marker or style rule is shared with
 * the figure it was copied from.
 */
function withOwnIds(markup: string): string {
  return markup.replace(/\bdiagram-([0-9a-f]{16})\b/g, 'viewer-diagram-$1');
}

/**
 * The diagram alone, full screen, fitted to the screen: zoom and pan by wheel
 * and drag, pinch and drag, or keys (+ and - to zoom, arrows to pan, 0 to fit,
 * Escape to close). A modal dialog, so focus stays inside while it is open;
 * the figure returns focus to its control on close. Title, caption and text
 * description come along.
 */
export default function DiagramViewer({ figureId, title, caption, lines, markup, onClose }: Props): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const zoom = useRef<PanzoomObject>(null);
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const ids = { title: `${figureId}-viewer-title`, caption: `${figureId}-viewer-caption`, text: `${figureId}-viewer-text` };

  useEffect(() => {
    const element = canvas.current;
    const area = stage.current;
    if (!element || !area) return undefined;
    dialog.current?.showModal();
    area.focus();
    const panzoom = Panzoom(element, { canvas: true, maxScale: MAX_SCALE, minScale: MIN_SCALE, step: 0.25, cursor: 'grab' });
    zoom.current = panzoom;
    const changed = (event: Event) => {
      const { scale, x, y } = (event as CustomEvent<PanzoomEventDetail>).detail;
      setView({ scale, x, y });
    };
    element.addEventListener('panzoomchange', changed);
    area.addEventListener('wheel', panzoom.zoomWithWheel, { passive: false });
    return () => {
      area.removeEventListener('wheel', panzoom.zoomWithWheel);
      element.removeEventListener('panzoomchange', changed);
      panzoom.destroy();
      zoom.current = null;
    };
  }, []);

  const zoomIn = () => zoom.current?.zoomIn();
  const zoomOut = () => zoom.current?.zoomOut();
  const fit = () => zoom.current?.reset({ animate: false });
  const panBy = (dx: number, dy: number) => {
    const panzoom = zoom.current;
    const area = stage.current;
    if (!panzoom || !area) return;
    const scale = panzoom.getScale();
    panzoom.pan((dx * area.clientWidth * PAN_STEP) / scale, (dy * area.clientHeight * PAN_STEP) / scale, { relative: true });
  };

  /** A modal dialog makes the page inert, but Tab would still leave for the browser's own controls: wrap around instead. */
  function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button, summary, [tabindex="0"]') ?? [])].filter((element) => element.checkVisibility());
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Tab') {
      keepFocusInside(event);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      '+': zoomIn,
      '=': zoomIn,
      '-': zoomOut,
      _: zoomOut,
      '0': fit,
      // The view moves the way the arrow points: the diagram slides the other way.
      ArrowLeft: () => panBy(1, 0),
      ArrowRight: () => panBy(-1, 0),
      ArrowUp: () => panBy(0, 1),
      ArrowDown: () => panBy(0, -1),
    };
    const action = actions[event.key];
    if (!action || (event.target as HTMLElement).closest('summary, details ul')) return;
    event.preventDefault();
    action();
  }

  return createPortal(
    <dialog
      ref={dialog}
      className={styles.viewer}
      aria-labelledby={ids.title}
      aria-describedby={ids.caption}
      data-figure-viewer={figureId}
      onKeyDown={onKeyDown}
      // Escape cancels a modal dialog; closing it in any way unmounts the viewer.
      onClose={onClose}>
      <header className={styles.bar}>
        <h2 id={ids.title} className={styles.title}>
          <span className={styles.kicker}>Figure: </span>
          {title}
        </h2>
        <div className={styles.controls} role="toolbar" aria-label="Zoom and close">
          <button type="button" className="button button--sm button--secondary" aria-label="Zoom out (minus key)" onClick={zoomOut}>
            −
          </button>
          <output className={styles.zoom} aria-live="off" data-viewer-zoom={view.scale.toFixed(2)}>
            {Math.round(view.scale * 100)}%
          </output>
          <button type="button" className="button button--sm button--secondary" aria-label="Zoom in (plus key)" onClick={zoomIn}>
            +
          </button>
          <button type="button" className="button button--sm button--secondary" onClick={fit}>
            Fit
          </button>
          <button type="button" className="button button--sm button--primary" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </header>
      <div
        ref={stage}
        className={styles.stage}
        tabIndex={0}
        role="img"
        aria-label={`Diagram: ${title}. Plus and minus zoom, arrow keys move, 0 fits it to the screen, Escape closes.`}
        aria-describedby={ids.text}
        data-viewer-stage
        data-viewer-pan={`${view.x.toFixed(1)},${view.y.toFixed(1)}`}>
        <div ref={canvas} className={styles.canvas} dangerouslySetInnerHTML={{ __html: withOwnIds(markup) }} />
      </div>
      <footer className={clsx(styles.notes)}>
        <p id={ids.caption} className={styles.caption}>
          {caption}
        </p>
        <details className={styles.text}>
          <summary>Text description of the diagram</summary>
          <ul id={ids.text}>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      </footer>
    </dialog>,
    document.body,
  );
}
