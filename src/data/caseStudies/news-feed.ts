import type { CaseStudy } from './types';

const newsFeed: CaseStudy = {
  slug: 'news-feed',
  title: 'Personalized news feed',
  bookChapter: 10,
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

export default newsFeed;
