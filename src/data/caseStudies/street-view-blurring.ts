import type { CaseStudy } from './types';

const streetViewBlurring: CaseStudy = {
  slug: 'street-view-blurring',
  title: 'Street View blurring',
  bookChapter: 3,
  domain: 'Computer vision',
  summary: 'TODO',
  mlTask: 'TODO',
  modelFamily: 'TODO',
  offlineMetrics: ['TODO'],
  onlineMetrics: ['TODO'],
  latencyBudget: 'TODO',
  scale: 'TODO',
  difficulty: 'intermediate',
};

export default streetViewBlurring;
