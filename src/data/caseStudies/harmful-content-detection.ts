import type { CaseStudy } from './types';

const harmfulContentDetection: CaseStudy = {
  slug: 'harmful-content-detection',
  title: 'Harmful content detection',
  origin: 'book',
  bookChapter: 5,
  domain: 'Trust and safety',
  summary: 'Find posts that break content policy across many harm classes, ideally before anyone sees them.',
  mlTask: 'Multi-label classification, multi-task heads',
  modelFamily: 'Multimodal fusion transformer',
  offlineMetrics: ['PR-AUC per class', 'Recall at the cost-set threshold', 'Calibration error'],
  onlineMetrics: ['Prevalence, views-weighted', 'Proactive rate', 'Appeal overturn rate'],
  latencyBudget: '200 ms p99 text and image; video async',
  scale: 'Assumed 500M posts and 3B comments a day',
  difficulty: 'advanced',
};

export default harmfulContentDetection;
