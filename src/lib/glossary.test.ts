import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '@site/src/data/glossary';
import { describeShown, groupByInitial, letterAnchorId, searchText, sortTerms, termMatches } from './glossary';

function term(id: string, name: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return {
    id,
    term: name,
    category: 'retrieval',
    definition: 'First sentence. Second sentence.',
    seeAlso: [{ label: 'Visual search: serving', to: '/docs/case-studies/visual-search#serving' }],
    ...extra,
  };
}

const twoTower = term('two-tower', 'Two-tower model', {
  aliases: ['dual encoder'],
  definition: 'A retrieval model with one network per side. Item embeddings go into an ANN index.',
});
const hnsw = term('hnsw', 'HNSW', { definition: 'A graph index for planned lookups. It costs memory.' });
const psi = term('psi', 'Population stability index', { category: 'operations', aliases: ['PSI'] });

describe('searchText', () => {
  it('lowercases and turns punctuation runs into single spaces', () => {
    expect(searchText('Two-Tower  model (DCN-V2)')).toBe('two tower model dcn v2');
  });

  it('drops accents so "Jégou" matches "jegou"', () => {
    expect(searchText('Jégou')).toBe('jegou');
  });
});

describe('termMatches', () => {
  it('matches everything on an empty or blank query', () => {
    expect(termMatches(twoTower, '')).toBe(true);
    expect(termMatches(twoTower, '  - ')).toBe(true);
  });

  it('ignores case and hyphens: "two tower" finds "Two-tower model"', () => {
    expect(termMatches(twoTower, 'two tower')).toBe(true);
    expect(termMatches(twoTower, 'TWO-TOWER')).toBe(true);
  });

  it('searches aliases and definitions, requiring every word', () => {
    expect(termMatches(twoTower, 'dual')).toBe(true);
    expect(termMatches(twoTower, 'ann index')).toBe(true);
    expect(termMatches(twoTower, 'ann graph')).toBe(false);
  });

  it('matches the start of words only: "ann" does not match "planned"', () => {
    expect(termMatches(hnsw, 'ann')).toBe(false);
    expect(termMatches(hnsw, 'plan')).toBe(true);
  });

  it('restricts to the chosen category', () => {
    expect(termMatches(psi, 'psi', 'operations')).toBe(true);
    expect(termMatches(psi, 'psi', 'retrieval')).toBe(false);
    expect(termMatches(psi, '', 'retrieval')).toBe(false);
    expect(termMatches(psi, '', 'all')).toBe(true);
  });
});

describe('sortTerms and groupByInitial', () => {
  const terms = [psi, twoTower, term('p99', 'p99 latency'), hnsw, term('ab', 'A/B test'), term('n', '3D detection')];

  it('sorts A to Z ignoring case and punctuation', () => {
    expect(sortTerms(terms).map((t) => t.term)).toEqual(['3D detection', 'A/B test', 'HNSW', 'p99 latency', 'Population stability index', 'Two-tower model']);
  });

  it('groups by initial, with digits under "#" first and empty letters left out', () => {
    expect(groupByInitial(terms).map((group) => [group.letter, group.terms.map((t) => t.id)])).toEqual([
      ['#', ['n']],
      ['A', ['ab']],
      ['H', ['hnsw']],
      ['P', ['p99', 'psi']],
      ['T', ['two-tower']],
    ]);
  });
});

describe('letterAnchorId and describeShown', () => {
  it('names letter anchors letter-a and letter-other', () => {
    expect(letterAnchorId('A')).toBe('letter-a');
    expect(letterAnchorId('#')).toBe('letter-other');
  });

  it('says how many terms are shown', () => {
    expect(describeShown(124, 124)).toBe('124 terms');
    expect(describeShown(3, 124)).toBe('3 of 124 terms');
    expect(describeShown(0, 124)).toBe('0 of 124 terms');
  });
});
