import React, { Children, isValidElement, type ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/Heading';
import { useAnchorTargetClassName } from '@docusaurus/theme-common';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '@site/src/components/CopyLink';
import ReportErrorLink from '@site/src/components/ReportErrorLink';

/** The words of a heading, for quoting it: "Offline metrics" from `Offline <em>metrics</em>`. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return Children.toArray(node).map(textOf).join('');
}

/** The stock heading, with a "#" that also copies the section's absolute URL, and on doc pages a "report an error" flag. */
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
      <ReportErrorLink id={id} heading={textOf(props.children).trim() || id} />
    </As>
  );
}
