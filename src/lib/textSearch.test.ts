import { describe, expect, it } from 'vitest';
import { searchLandings, searchTitles, titleLandings, withinOneEdit } from './textSearch';
import type { TitlePage } from '../shared/searchTitles';

describe('withinOneEdit', () => {
  it('forgives one missing, extra, wrong or swapped letter', () => {
    expect(withinOneEdit('calibration', 'calibraton')).toBe(true);
    expect(withinOneEdit('calibration', 'calibrattion')).toBe(true);
    expect(withinOneEdit('calibration', 'calibrasion')).toBe(true);
    expect(withinOneEdit('calibration', 'calibraiton')).toBe(true);
    expect(withinOneEdit('calibration', 'calbiraton')).toBe(false);
  });
});

describe('searchLandings', () => {
  const landings = [
    { url: '/docs/a#operations', page: 'Ad click prediction', section: 'Operations', text: 'Watch the calibration ratio per slice.' },
    { url: '/docs/a#fu-why', page: 'Ad click prediction', section: 'Why retrain hourly?', text: 'Inventory <turns> over.' },
  ];

  it('finds a section through a typo and marks the matched word in an escaped excerpt', () => {
    expect(searchLandings(landings, 'calibraton')).toEqual([
      { url: '/docs/a#operations', page: 'Ad click prediction', section: 'Operations', excerpt: 'Watch the <mark>calibration</mark> ratio per slice.' },
    ]);
  });

  it('needs every word of the query and matches prefixes', () => {
    expect(searchLandings(landings, 'invent turns').map((hit) => hit.url)).toEqual(['/docs/a#fu-why']);
    expect(searchLandings(landings, 'inventory calibration')).toEqual([]);
  });
});

describe('searchTitles', () => {
  const pages: TitlePage[] = [
    [
      '/docs/ops',
      'Monitoring and drift',
      [
        ['annotation-queues', 'Annotation queues'],
        ['psi', 'Population stability index', 'PSI'],
      ],
    ],
    ['/docs/glossary', 'Glossary', [['ann', 'ANN index']]],
    ['/docs/serving', 'Serving', [['infra', 'Caching, sharding, ANN and load balancing']]],
    ['/docs/terms', 'Terms', [['approximate', 'Approximate nearest neighbor search', 'ANN, vector search']]],
  ];
  const landings = titleLandings(pages);

  it('lists each page and each of its landing places, linked by anchor', () => {
    expect(landings.map((landing) => landing.url)).toEqual([
      '/docs/ops',
      '/docs/ops#annotation-queues',
      '/docs/ops#psi',
      '/docs/glossary',
      '/docs/glossary#ann',
      '/docs/serving',
      '/docs/serving#infra',
      '/docs/terms',
      '/docs/terms#approximate',
    ]);
  });

  it('finds a section by a typo in its title or by the abbreviation it defines, with no excerpt', () => {
    expect(searchTitles(landings, 'populaton')).toEqual([
      { url: '/docs/ops#psi', page: 'Monitoring and drift', section: 'Population stability index', excerpt: '' },
    ]);
    expect(searchTitles(landings, 'psi').map((hit) => hit.url)).toEqual(['/docs/ops#psi']);
  });

  it('ranks the place that defines a word first, then whole words above longer words they prefix, then shorter titles', () => {
    expect(searchTitles(landings, 'ann').map((hit) => hit.url)).toEqual([
      '/docs/terms#approximate',
      '/docs/glossary#ann',
      '/docs/serving#infra',
      '/docs/ops#annotation-queues',
    ]);
    expect(searchTitles(landings, 'caching').map((hit) => hit.url)).toEqual(['/docs/serving#infra']);
  });

  it('offers at most two places of one page', () => {
    const many: TitlePage[] = [
      [
        '/docs/a',
        'A',
        [
          ['one', 'Drift one'],
          ['two', 'Drift two'],
          ['three', 'Drift three'],
        ],
      ],
      ['/docs/b', 'B', [['four', 'Drift four']]],
    ];
    expect(searchTitles(titleLandings(many), 'drift').map((hit) => hit.url)).toEqual(['/docs/a#one', '/docs/a#two', '/docs/b#four']);
  });
});
