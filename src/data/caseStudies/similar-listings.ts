import type { CaseStudy } from './types';

const similarListings: CaseStudy = {
  slug: 'similar-listings',
  title: 'Similar listings',
  bookChapter: 9,
  domain: 'Recommendation',
  summary: 'TODO',
  mlTask: 'TODO',
  modelFamily: 'TODO',
  offlineMetrics: ['TODO'],
  onlineMetrics: ['TODO'],
  latencyBudget: 'TODO',
  scale: 'TODO',
  difficulty: 'intermediate',
};

export default similarListings;
