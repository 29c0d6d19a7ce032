import type { CaseStudy } from './types';

const eventRecommendation: CaseStudy = {
  slug: 'event-recommendation',
  title: 'Event recommendation',
  origin: 'book',
  bookChapter: 7,
  domain: 'Recommendation',
  summary: 'Rank upcoming nearby events so each user finds ones worth registering for before they start.',
  mlTask: 'Geo-time candidate generation, then learning to rank',
  modelFamily: 'LambdaMART (gradient-boosted trees) ranker',
  offlineMetrics: ['nDCG@10 with graded labels', 'mAP@10 on registrations', 'Candidate recall@k'],
  onlineMetrics: ['Feed registrations per assigned user', 'Registration rate per impression', 'New-host exposure share'],
  latencyBudget: '150 ms p99, server side',
  scale: 'Assumed 20M DAU, 1.4M live events, ~3.5K QPS peak',
  difficulty: 'intermediate',
};

export default eventRecommendation;
