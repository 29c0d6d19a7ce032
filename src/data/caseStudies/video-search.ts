import type { CaseStudy } from './types';

const videoSearch: CaseStudy = {
  slug: 'video-search',
  title: 'YouTube video search',
  origin: 'book',
  bookChapter: 4,
  domain: 'Search and retrieval',
  summary: 'Rank videos for a text query by fusing lexical and embedding retrieval, then re-ranking.',
  mlTask: 'Hybrid retrieval plus learning to rank',
  modelFamily: 'BM25F and text-video dual encoder; boosted-tree and cross-encoder rankers',
  offlineMetrics: ['nDCG@10 on rater labels', 'MRR on navigational queries', 'Recall@500 per retriever'],
  onlineMetrics: ['Search success rate', 'Reformulation rate', 'Time to first click'],
  latencyBudget: '200 ms p95 server-side (assumed)',
  scale: 'Assumed 1B videos, 1.5B queries/day, ~52K QPS peak',
  difficulty: 'intermediate',
};

export default videoSearch;
