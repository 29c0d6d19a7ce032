import { describe, expect, it } from 'vitest';
import { mergeHits, searchHits, type PagefindPage, type SearchHit } from './searchHits';

const at = (...scores: number[]) => scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location }));

describe('searchHits', () => {
  const pages: PagefindPage[] = [
    {
      url: '/docs/a',
      meta: { title: 'Ad click prediction' },
      excerpt: 'page a',
      sub_results: [
        { title: 'Operations', url: '/docs/a#operations', excerpt: 'drift', weighted_locations: at(1) },
        { title: 'Figure: Serving path', url: '/docs/a#fig-serving', excerpt: 'figure', weighted_locations: at(2, 3) },
        { title: 'Why retrain hourly?', url: '/docs/a#fu-why-retrain-hourly', excerpt: 'question', weighted_locations: at(4) },
      ],
    },
    { url: '/docs/b', meta: { title: 'Glossary' }, excerpt: 'page b' },
  ];

  it('lists the best landing places of each page first, each with its page and section', () => {
    expect(searchHits(pages)).toEqual([
      { url: '/docs/a#fig-serving', page: 'Ad click prediction', section: 'Figure: Serving path', excerpt: 'figure' },
      { url: '/docs/a#fu-why-retrain-hourly', page: 'Ad click prediction', section: 'Why retrain hourly?', excerpt: 'question' },
      { url: '/docs/b', page: 'Glossary', section: 'Glossary', excerpt: 'page b' },
    ]);
  });

  it('stops at the limit', () => {
    expect(searchHits(pages, { perPage: 3, limit: 2 }).map((hit) => hit.url)).toEqual(['/docs/a#fig-serving', '/docs/a#fu-why-retrain-hourly']);
  });
});

describe('mergeHits', () => {
  const hit = (url: string, excerpt = ''): SearchHit => ({ url, page: 'P', section: url, excerpt });

  it('keeps the first list in order and adds only the places it lacks, up to the limit', () => {
    const merged = mergeHits([hit('/a#x'), hit('/b')], [hit('/b', 'text'), hit('/c'), hit('/d')], 3);
    expect(merged.map((entry) => entry.url)).toEqual(['/a#x', '/b', '/c']);
    expect(merged[1]?.excerpt).toBe('');
  });
});
