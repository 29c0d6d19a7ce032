import type { CaseStudy } from './types';

const adClickPrediction: CaseStudy = {
  slug: 'ad-click-prediction',
  title: 'Ad click prediction',
  origin: 'book',
  bookChapter: 8,
  domain: 'Ads',
  summary: 'Predict the chance a user clicks an ad, calibrated well enough to price an auction.',
  mlTask: 'Pointwise binary classification (pCTR)',
  modelFamily: 'LR baseline, then DLRM-style embeddings + DCN-V2 with target attention',
  offlineMetrics: ['Normalized cross-entropy', 'Calibration ratio per slice', 'Log loss', 'ROC-AUC (diagnostic)'],
  onlineMetrics: ['Revenue per mille', 'CTR', 'Advertiser cost per click', 'Ad hide rate'],
  latencyBudget: '100 ms p99 ad request; 25 ms pCTR scoring',
  scale: 'Assumed 500M DAU, ~120K ad QPS peak, 5B impressions/day',
  difficulty: 'advanced',
};

export default adClickPrediction;
