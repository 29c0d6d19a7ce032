import type { CaseStudy } from './types';

const videoSearch: CaseStudy = {
  slug: 'video-search',
  title: 'YouTube video search',
  bookChapter: 4,
  domain: 'Search and retrieval',
  summary: 'TODO',
  mlTask: 'TODO',
  modelFamily: 'TODO',
  offlineMetrics: ['TODO'],
  onlineMetrics: ['TODO'],
  latencyBudget: 'TODO',
  scale: 'TODO',
  difficulty: 'intermediate',
};

export default videoSearch;
