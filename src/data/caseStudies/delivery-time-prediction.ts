import type { CaseStudy } from './types';

const deliveryTimePrediction: CaseStudy = {
  slug: 'delivery-time-prediction',
  title: 'Delivery-time prediction',
  origin: 'beyond-the-book',
  whyItIsHere:
    'Delivery and mobility companies ask it often, and it teaches what none of the ten do: regression whose range must be honest, labels that arrive stage by stage and are sometimes censored, and experiments where every order shares the same couriers.',
  domain: 'Logistics',
  summary: 'Promise a delivery window before the order and keep it honest while the food is cooked, picked up and driven over.',
  mlTask: 'Multi-task quantile regression over order stages, re-estimated during the trip',
  modelFamily: 'Multi-task network with quantile heads over a routing baseline, plus a conformal offset',
  offlineMetrics: ['Late rate against the promise (q0.9 coverage)', 'Pinball loss per quantile', 'MAE of the median by horizon', 'Interval score and width'],
  onlineMetrics: ['Late orders per 100', 'Checkout conversion', 'Late-order contacts and credits', 'Courier wait at the store'],
  latencyBudget: '60 ms p99 for 40 store-list ETAs; 150 ms p99 for the checkout promise',
  scale: 'Assumed 3M orders a day, ~53K store ETAs/s at the dinner peak, ~230K orders in flight',
  difficulty: 'advanced',
};

export default deliveryTimePrediction;
