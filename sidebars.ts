import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { beyondTheBookCaseStudies, bookCaseStudies, caseStudyDocId } from './src/data/caseStudies';
import { operationsPages } from './src/data/operations';

const sidebars = {
  book: [
    {
      type: 'category',
      label: 'Start here',
      collapsed: false,
      link: { type: 'doc', id: 'start-here/index' },
      items: ['start-here/study-paths'],
    },
    {
      type: 'category',
      label: 'Framework',
      link: { type: 'doc', id: 'framework/index' },
      items: [
        'framework/cheat-sheet',
        'framework/clarify-requirements',
        'framework/frame-the-problem',
        'framework/data-preparation',
        'framework/model-development',
        'framework/evaluation',
        'framework/serving',
        'framework/monitoring',
      ],
    },
    {
      type: 'category',
      label: 'Case studies',
      link: { type: 'doc', id: 'case-studies/index' },
      // Order and labels come from the case-study metadata module, like the landing page cards: the book's ten first.
      items: bookCaseStudies.map((study) => ({ type: 'doc' as const, id: caseStudyDocId(study.slug), label: study.title })),
    },
    ...(beyondTheBookCaseStudies.length > 0
      ? [
          {
            type: 'category' as const,
            label: 'Beyond the book',
            items: beyondTheBookCaseStudies.map((study) => ({ type: 'doc' as const, id: caseStudyDocId(study.slug), label: study.title })),
          },
        ]
      : []),
    {
      type: 'category',
      label: 'Operations',
      link: { type: 'doc', id: 'operations/index' },
      items: operationsPages.map((page) => `operations/${page.id}`),
    },
    {
      type: 'category',
      label: 'Reference',
      items: ['reference/metrics', 'reference/glossary'],
    },
    'compare',
  ],
} satisfies SidebarsConfig;

export default sidebars;
