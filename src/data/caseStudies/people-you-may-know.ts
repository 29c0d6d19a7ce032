import type { CaseStudy } from './types';

const peopleYouMayKnow: CaseStudy = {
  slug: 'people-you-may-know',
  title: 'People you may know',
  origin: 'book',
  bookChapter: 11,
  domain: 'Social graph',
  summary: 'Suggest people a user is likely to befriend, and whose requests will be accepted and kept.',
  mlTask: 'Link prediction as pointwise pair classification',
  modelFamily: 'FoF + GraphSAGE candidates, send/accept/use multi-head ranker',
  offlineMetrics: ['Recall@k on future edges', 'mAP', 'ROC-AUC (time split)'],
  onlineMetrics: ['Accepted requests', 'Accept rate', '30-day retained connections', 'Report and block rate (guardrail)'],
  latencyBudget: '150 ms p99 per request',
  scale: 'Assumed 1B users, 500M DAU, 200 friends avg, 35K QPS peak',
  difficulty: 'intermediate',
};

export default peopleYouMayKnow;
