import React, { type ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import SectionControl from '@site/src/components/SectionControl';

/** On phones the page's sections are one sticky control away from anywhere in it, not only from the top. */
export default function DocItemTOCMobile(): ReactNode {
  const { toc } = useDoc();
  return <SectionControl toc={toc} />;
}
