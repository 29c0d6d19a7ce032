import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/Heading';
import { useAnchorTargetClassName } from '@docusaurus/theme-common';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '@site/src/components/CopyLink';

/** The stock heading, with a "#" that also copies the section's absolute URL. */
export default function Heading({ as: As, id, ...props }: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  if (As === 'h1' || !id) {
    return <As {...props} id={undefined} />;
  }
  brokenLinks.collectAnchor(id);
  const label = typeof props.children === 'string' ? props.children : id;
  return (
    <As {...props} className={clsx('anchor', anchorTargetClassName, props.className)} id={id}>
      {props.children}
      <CopyLink id={id} label={label} />
    </As>
  );
}
