import type { CaseStudy } from './types';

const adClickPrediction: CaseStudy = {
  slug: 'ad-click-prediction',
  title: 'Ad click prediction',
  bookChapter: 8,
  domain: 'Ads',
  summary: 'TODO',
  mlTask: 'TODO',
  modelFamily: 'TODO',
  offlineMetrics: ['TODO'],
  onlineMetrics: ['TODO'],
  latencyBudget: 'TODO',
  scale: 'TODO',
  difficulty: 'intermediate',
};

export default adClickPrediction;
