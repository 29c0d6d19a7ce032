import React, { type ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import MarkAsRead from '@site/src/components/MarkAsRead';

type Props = WrapperProps<typeof FooterType>;

/** Every doc page ends with "mark as read", above the theme's own footer (tags). */
export default function FooterWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  return (
    <>
      <MarkAsRead docId={metadata.id} title={metadata.title} />
      <Footer {...props} />
    </>
  );
}
