import MDXComponents from '@theme-original/MDXComponents';
import Figure from '@site/src/components/Figure';
import CaseStudyAtAGlance from '@site/src/components/CaseStudyAtAGlance';
import * as MetricCalculators from '@site/src/components/MetricCalculators';

/**
 * Components every chapter uses, available in MDX without an import. Whatever
 * is registered here ships in the main bundle of every page, so a component
 * that serves one page or one section (the glossary, the timer, the book map)
 * is imported by those pages instead and travels in their own chunk.
 */
export default {
  ...MDXComponents,
  Figure,
  CaseStudyAtAGlance,
  // Lazy wrappers: each calculator's code loads only on a page that renders it.
  ...MetricCalculators,
};
