import type { CaseStudy } from './types';

const similarListings: CaseStudy = {
  slug: 'similar-listings',
  title: 'Similar listings',
  origin: 'book',
  bookChapter: 9,
  domain: 'Recommendation',
  summary: 'Fill the listing-page carousel with bookable alternatives the guest is likely to book instead.',
  mlTask: 'Session-based item embeddings, filtered retrieval, then re-ranking',
  modelFamily: 'Skip-gram listing embeddings + GBDT re-ranker',
  offlineMetrics: ['MRR of the booked listing', 'Hit rate@12 of the booked listing', 'Average rank of the booked listing'],
  onlineMetrics: ['Bookings per exposed user (primary)', 'Carousel-attributed bookings', 'Carousel CTR on viewed impressions (diagnostic)'],
  latencyBudget: '100 ms p99, server side',
  scale: 'Assumed 5M listings, 10M DAU, ~3.5K QPS peak',
  difficulty: 'intermediate',
};

export default similarListings;
