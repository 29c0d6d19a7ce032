import type { CaseStudy } from './types';

const videoRecommendation: CaseStudy = {
  slug: 'video-recommendation',
  title: 'Video recommendation',
  origin: 'book',
  bookChapter: 6,
  domain: 'Recommendation',
  summary: 'Fill a home feed with videos each user will watch and be glad they watched.',
  mlTask: 'Multi-source retrieval, then multi-task ranking',
  modelFamily: 'Two-tower retrieval + MMoE multi-task ranker',
  offlineMetrics: ['Recall@k (retrieval)', 'nDCG@k with watch-time gain', 'AUC and calibration per head'],
  onlineMetrics: ['Watch time per user', 'Satisfied sessions', 'Dismiss and dislike rate', '7-day retention'],
  latencyBudget: '200 ms p99, server side',
  scale: 'Assumed 300M DAU, 1B videos, ~100K QPS peak',
  difficulty: 'advanced',
};

export default videoRecommendation;
