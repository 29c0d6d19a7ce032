import MDXComponents from '@theme-original/MDXComponents';
import Figure from '@site/src/components/Figure';
import CaseStudyAtAGlance from '@site/src/components/CaseStudyAtAGlance';
import CaseStudiesTable from '@site/src/components/CaseStudiesTable';

/** Components every MDX page can use without importing them. */
export default {
  ...MDXComponents,
  Figure,
  CaseStudyAtAGlance,
  CaseStudiesTable,
};
