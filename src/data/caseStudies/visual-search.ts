import type { CaseStudy } from './types';

const visualSearch: CaseStudy = {
  slug: 'visual-search',
  title: 'Visual search',
  origin: 'book',
  bookChapter: 2,
  domain: 'Search and retrieval',
  summary: 'Given a photo or a selected object, return visually similar images from a billion-image corpus.',
  mlTask: 'Embedding learning + nearest-neighbor retrieval',
  modelFamily: 'Contrastive image encoder, IVF-PQ index',
  offlineMetrics: ['Recall@k', 'MRR', 'nDCG@k', 'ANN recall vs exact'],
  onlineMetrics: ['Query success rate', 'CTR', 'Saves per query'],
  latencyBudget: '200 ms p95 server-side',
  scale: 'Assumed 1B images, 10M uploads/day, 10K QPS peak',
  difficulty: 'intermediate',
};

export default visualSearch;
