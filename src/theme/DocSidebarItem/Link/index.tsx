import React, { type ReactNode } from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { useIsRead } from '@site/src/hooks/useReadingProgress';

type Props = WrapperProps<typeof LinkType>;

/** A page the reader marked as read carries a check mark in the sidebar (drawn in custom.css, with its words for screen readers). */
export default function LinkWrapper(props: Props): ReactNode {
  const read = useIsRead(props.item.docId);
  return <Link {...props} {...(read ? { 'data-read': 'true' } : {})} />;
}
