import type { CaseStudy } from './types';

const paymentFraudDetection: CaseStudy = {
  slug: 'payment-fraud-detection',
  title: 'Payment fraud detection',
  origin: 'beyond-the-book',
  whyItIsHere:
    'Interviewers ask it because it is a cost-weighted decision against an adversary, with labels that arrive weeks late and only for the payments that were let through, which none of the book’s ten problems teach.',
  domain: 'Payments and risk',
  summary: 'Score every card or wallet payment inside the authorization call and approve, decline or ask the customer to prove it is them.',
  mlTask: 'Calibrated binary classification feeding a cost-based three-way decision',
  modelFamily: 'Rules engine + gradient-boosted trees over streaming velocity and entity-graph features',
  offlineMetrics: ['Expected cost per payment at the policy', 'Dollar recall at a fixed decline rate', 'PR-AUC', 'Calibration ratio per segment'],
  onlineMetrics: ['Fraud loss in basis points of volume (90-day mature)', 'False decline rate', 'Approval rate', 'Step-up rate and pass rate'],
  latencyBudget: '60 ms p99 for the risk decision inside the authorization call',
  scale: 'Assumed 50M payments a day, 5,000 per second design peak, fraud about 3 in 1,000 attempts',
  difficulty: 'advanced',
};

export default paymentFraudDetection;
