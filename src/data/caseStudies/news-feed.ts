import type { CaseStudy } from './types';

const newsFeed: CaseStudy = {
  slug: 'news-feed',
  title: 'Personalized news feed',
  origin: 'book',
  bookChapter: 10,
  domain: 'Recommendation',
  summary: 'Order posts from friends, groups, pages and beyond so each screen is worth the time.',
  mlTask: 'Multi-task pointwise ranking combined into one value score',
  modelFamily: 'Hybrid push/pull inventory + MMoE multi-task ranker',
  offlineMetrics: ['NCE per head', 'Calibration ratio per head', 'ROC-AUC per head', 'RMSE on log dwell'],
  onlineMetrics: ['Sessions per user', 'Meaningful interactions', 'Hides and reports per 1K', 'Creator feedback reach'],
  latencyBudget: '200 ms p99 first page, server side',
  scale: 'Assumed 1B DAU, ~350K QPS peak, 1,500 candidates per request',
  difficulty: 'advanced',
};

export default newsFeed;
