import { describe, expect, it } from 'vitest';
import type { Topic } from '@site/src/data/books';
import { describeShown, kindFilter, parseTopicFilter, topicFilter, topicMatches } from './topicFilter';

const noCoverage: Topic['coverage'] = {
  'ml-system-design-interview': [],
  'designing-ml-systems': [],
  'system-design-interview-1': [],
  'system-design-interview-2': [],
};
const step: Topic = { id: 'serving', kind: 'framework-step', label: 'Serving', coverage: noCoverage, here: [] };
const study: Topic = { id: 'news-feed', kind: 'case-study', label: 'News feed', coverage: noCoverage, here: [] };

describe('topicMatches', () => {
  it('shows every topic when the filter is "all"', () => {
    expect([step, study].filter((topic) => topicMatches(topic, 'all'))).toEqual([step, study]);
  });

  it('shows only topics of the chosen kind', () => {
    expect([step, study].filter((topic) => topicMatches(topic, kindFilter('case-study')))).toEqual([study]);
  });

  it('shows only the chosen topic', () => {
    expect([step, study].filter((topic) => topicMatches(topic, topicFilter('serving')))).toEqual([step]);
  });

  it('does not match a topic id that only shares a prefix', () => {
    expect(topicMatches(study, topicFilter('news'))).toBe(false);
  });
});

describe('parseTopicFilter', () => {
  it('keeps kind and topic filters and maps anything else to "all"', () => {
    expect(parseTopicFilter('kind:case-study')).toBe('kind:case-study');
    expect(parseTopicFilter('topic:news-feed')).toBe('topic:news-feed');
    expect(parseTopicFilter('everything')).toBe('all');
  });
});

describe('describeShown', () => {
  it('says "all" when nothing is hidden', () => {
    expect(describeShown(20, 20)).toBe('Showing all 20 topics');
  });

  it('gives the count out of the total otherwise', () => {
    expect(describeShown(1, 20)).toBe('Showing 1 of 20 topics');
    expect(describeShown(10, 20)).toBe('Showing 10 of 20 topics');
  });
});
