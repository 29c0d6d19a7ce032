import { describe, expect, it } from 'vitest';
import { readingCatalog } from './catalog';

const docs = [
  { id: 'start-here/index', title: 'How to use this companion', permalink: '/docs/start-here' },
  { id: 'start-here/study-paths', title: 'Study plans', permalink: '/docs/start-here/study-paths' },
  { id: 'case-studies/index', title: 'Case studies', permalink: '/docs/case-studies' },
  { id: 'case-studies/news-feed', title: 'Personalized news feed', permalink: '/docs/case-studies/news-feed' },
  { id: 'compare', title: 'Compare the books', permalink: '/docs/compare' },
];

describe('readingCatalog', () => {
  it('lists the sidebar pages in reading order, each category page before its items, with the docs titles and paths', () => {
    const sidebar = [
      { type: 'category', link: { type: 'doc', id: 'start-here/index' }, items: [{ type: 'doc', id: 'start-here/study-paths' }] },
      { type: 'category', link: { type: 'doc', id: 'case-studies/index' }, items: [{ type: 'doc', id: 'case-studies/news-feed' }] },
      { type: 'link' },
      { type: 'doc', id: 'compare' },
    ];
    expect(readingCatalog(sidebar, docs).map((page) => page.id)).toEqual([
      'start-here/index',
      'start-here/study-paths',
      'case-studies/index',
      'case-studies/news-feed',
      'compare',
    ]);
    expect(readingCatalog(sidebar, docs)[3]).toEqual({ id: 'case-studies/news-feed', title: 'Personalized news feed', path: '/docs/case-studies/news-feed' });
  });

  it('lists a page once, and leaves out ids no doc has', () => {
    const sidebar = [
      {
        type: 'category',
        link: { type: 'generated-index' },
        items: [
          { type: 'doc', id: 'compare' },
          { type: 'doc', id: 'missing' },
        ],
      },
      { type: 'doc', id: 'compare' },
    ];
    expect(readingCatalog(sidebar, docs).map((page) => page.id)).toEqual(['compare']);
  });
});
