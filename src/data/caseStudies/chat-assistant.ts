import type { CaseStudy } from './types';

const chatAssistant: CaseStudy = {
  slug: 'chat-assistant',
  title: 'Consumer chat assistant',
  origin: 'beyond-the-book',
  whyItIsHere:
    'The generative-AI design interviewers ask most, and the one that shows whether the seven steps carry over to training stages from base model to assistant, token-level GPU serving arithmetic and safety operations for a model that writes its own output.',
  domain: 'Generative AI',
  summary: 'Train a chat assistant from a pretrained base and serve it to millions a day: fast streaming, low cost per turn, layered safety.',
  mlTask: 'Conditional text generation aligned to human preferences, plus routing and safety classification',
  modelFamily: '70B dense decoder + distilled 8B behind a learned router',
  offlineMetrics: ['Pairwise win rate vs production (audited LLM judge)', 'Attack success rate', 'Over-refusal rate', 'Capability suite scores'],
  onlineMetrics: ['Active days per user', 'Thumbs-down per response', 'Violating responses per response', 'TTFT and TPOT p95'],
  latencyBudget: 'First token 1 s p95; 50 ms per output token p95',
  scale: 'Assumed 50M DAU, 500M turns a day, ~11,600 turns/s peak, ~2,540 H100s',
  difficulty: 'advanced',
};

export default chatAssistant;
