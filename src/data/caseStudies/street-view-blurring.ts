import type { CaseStudy } from './types';

const streetViewBlurring: CaseStudy = {
  slug: 'street-view-blurring',
  title: 'Street View blurring',
  origin: 'book',
  bookChapter: 3,
  domain: 'Computer vision',
  summary: 'Find faces and license plates in street-level panoramas and blur them irreversibly before publishing.',
  mlTask: 'Object detection, 2 classes (face, plate)',
  modelFamily: 'Faster R-CNN with FPN, unioned with a face detector; NMS-free one-stage as cost option',
  offlineMetrics: ['Recall at operating threshold, per slice, interval clustered by panorama', 'mAP at IoU 0.5', 'Precision at threshold (floor)'],
  onlineMetrics: [
    'Audit recall on published imagery',
    'Paired disagreement review in the union canary',
    'Missed-blur reports per 1M panoramas, by region',
    'Blurred-area fraction',
  ],
  latencyBudget: 'Batch only: 0.825 GPU-s and 1 core-s per panorama; 48 h per capture run',
  scale: 'Assumed 2B-panorama archive, 30M new per month',
  difficulty: 'foundational',
};

export default streetViewBlurring;
