import MDXComponents from '@theme-original/MDXComponents';
import Figure from '@site/src/components/Figure';
import CaseStudyAtAGlance from '@site/src/components/CaseStudyAtAGlance';

/**
 * Components every chapter uses, available in MDX without an import. Whatever
 * is registered here ships in the main bundle of every page, so a component
 * that serves one page or one section (the glossary, the timer, the book map,
 * the calculators) is imported by those pages and travels in their own chunk.
 */
export default {
  ...MDXComponents,
  Figure,
  CaseStudyAtAGlance,
};
