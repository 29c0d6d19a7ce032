import React, { useEffect, useRef, type ReactNode } from 'react';
import TOC from '@theme-original/TOC';
import type TOCType from '@theme/TOC';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof TOCType>;

const ACTIVE = 'table-of-contents__link--active';

/** Scrolls the list box just enough to show its active entry, leaving the page where it is. */
function keepActiveInView(list: HTMLElement): void {
  const active = list.querySelector<HTMLElement>(`.${ACTIVE}`);
  if (!active) return;
  const box = list.getBoundingClientRect();
  const entry = active.getBoundingClientRect();
  const margin = Math.min(48, box.height / 4);
  if (entry.top < box.top + margin) list.scrollTop -= box.top + margin - entry.top;
  else if (entry.bottom > box.bottom - margin) list.scrollTop += entry.bottom - (box.bottom - margin);
}

/**
 * The desktop table of contents follows the reader: a chapter's list is taller
 * than the screen, and Docusaurus moves the highlight without scrolling the
 * list, so at the end of a chapter the active entry sat far below its box.
 */
export default function TOCWrapper(props: Props): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = wrapper.current?.firstElementChild;
    if (!(list instanceof HTMLElement)) return undefined;
    const observer = new MutationObserver(() => keepActiveInView(list));
    observer.observe(list, { subtree: true, attributes: true, attributeFilter: ['class'] });
    keepActiveInView(list);
    return () => observer.disconnect();
  }, []);
  return (
    // display: contents keeps the list's own position: sticky working against the column, as without the wrapper.
    <div ref={wrapper} style={{ display: 'contents' }} data-toc-follow="">
      <TOC {...props} />
    </div>
  );
}
