import type { CaseStudy } from './types';

const eventRecommendation: CaseStudy = {
  slug: 'event-recommendation',
  title: 'Event recommendation',
  bookChapter: 7,
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

export default eventRecommendation;
