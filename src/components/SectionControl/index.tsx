import React, { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import type { TOCItem } from '@docusaurus/mdx-loader';
import styles from './styles.module.css';

interface Section {
  item: TOCItem;
  subsections: TOCItem[];
}

/** The page's h2 entries, each with the h3 entries under it. */
function sectionsOf(toc: readonly TOCItem[]): Section[] {
  const sections: Section[] = [];
  for (const item of toc) {
    if (item.level <= 2 || sections.length === 0) sections.push({ item, subsections: [] });
    else sections[sections.length - 1]?.subsections.push(item);
  }
  return sections;
}

/** The id of the last heading of the list that the reader has scrolled past, or null above the first one. */
function headingInView(ids: readonly string[], offset: number): string | null {
  let current: string | null = null;
  for (const id of ids) {
    const heading = document.getElementById(id);
    if (!heading) continue;
    if (heading.getBoundingClientRect().top <= offset) current = id;
    else break;
  }
  return current;
}

/**
 * On a phone, a bar that stays under the navbar through the whole page: it
 * names the section being read and opens the list of sections from anywhere,
 * the main ones first and the subsections of the current one under it. A
 * chapter is fifty screens long, and the theme's own list sat only at the top.
 */
export default function SectionControl({ toc }: { toc: readonly TOCItem[] }): ReactNode {
  const sections = useMemo(() => sectionsOf(toc), [toc]);
  const [current, setCurrent] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    const ids = sections.map((section) => section.item.id);
    let queued = false;
    const update = () => {
      queued = false;
      const bottom = bar.current?.getBoundingClientRect().bottom ?? 0;
      setCurrent(headingInView(ids, bottom + 8));
    };
    const onScroll = () => {
      if (queued) return;
      queued = true;
      window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [sections]);

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  }

  const currentSection = sections.find((section) => section.item.id === current);

  return (
    <nav ref={bar} className={clsx(ThemeClassNames.docs.docTocMobile, styles.bar)} aria-label="Sections of this page" onKeyDown={onKeyDown} data-section-control="">
      <button
        ref={button}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-section-toggle="">
        <span className={styles.kicker}>{currentSection ? 'Section' : 'On this page'}</span>
        {currentSection ? <span className={styles.current} data-section-current="" dangerouslySetInnerHTML={{ __html: currentSection.item.value }} /> : null}
      </button>
      <div id={panelId} className={styles.panel} hidden={!open} data-section-panel="">
        <ol className={styles.list}>
          {sections.map(({ item, subsections }) => {
            const here = item.id === current;
            return (
              <li key={item.id}>
                <a
                  href={`#${item.id}`}
                  className={clsx(styles.link, here && styles.here)}
                  aria-current={here ? 'location' : undefined}
                  onClick={() => setOpen(false)}
                  dangerouslySetInnerHTML={{ __html: item.value }}
                />
                {here && subsections.length > 0 ? (
                  <ol className={styles.sublist}>
                    {subsections.map((sub) => (
                      <li key={sub.id}>
                        <a href={`#${sub.id}`} className={styles.link} onClick={() => setOpen(false)} dangerouslySetInnerHTML={{ __html: sub.value }} />
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}
