import React, { useState, type MouseEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { announce } from '@site/src/browser/announce';
import { copyText } from '@site/src/browser/copyText';
import styles from './styles.module.css';

interface Props {
  /** The anchor to link to, without '#'. */
  id: string;
  /** What the link points at, for its accessible name ("Model", "Figure: Serving"). */
  label: string;
}

/**
 * The "#" beside a heading or figure title. Following it still jumps to the
 * anchor; it also copies the absolute URL, so a study group can paste it.
 */
export default function CopyLink({ id, label }: Props): ReactNode {
  const [copied, setCopied] = useState(false);

  async function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // Inside a question's <summary>, the click follows the link instead of toggling the answer.
    event.stopPropagation();
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const url = `${window.location.origin}${window.location.pathname}#${id}`;
    const ok = await copyText(url);
    announce(ok ? `Link to ${label} copied` : `Could not copy the link to ${label}`);
    if (ok) {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1800);
    }
  }

  return (
    <a
      href={`#${id}`}
      className={clsx('hash-link', styles.copyLink, copied && styles.copied)}
      aria-label={`Copy link to ${label}`}
      title={copied ? 'Link copied' : `Copy link to ${label}`}
      data-copied={copied || undefined}
      onClick={(event) => void onClick(event)}
      translate="no">
      &#8203;
    </a>
  );
}
