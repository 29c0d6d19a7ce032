import React, { type ReactNode } from 'react';
import { PageMetadata } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { caseStudies } from '@site/src/data/caseStudies';

/** Case-study chapters get their own link-preview card (drawn by scripts/og-images.mts); other pages the site's. */
export default function DocItemMetadata(): ReactNode {
  const { metadata, frontMatter, assets } = useDoc();
  const study = caseStudies.find((entry) => metadata.id === `case-studies/${entry.slug}`);
  return (
    <PageMetadata
      title={metadata.title}
      description={metadata.description}
      keywords={frontMatter.keywords}
      image={assets.image ?? frontMatter.image ?? (study ? `img/og/${study.slug}.png` : undefined)}
    />
  );
}
