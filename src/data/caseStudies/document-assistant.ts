import type { CaseStudy } from './types';

const documentAssistant: CaseStudy = {
  slug: 'document-assistant',
  title: 'Document assistant (RAG)',
  origin: 'beyond-the-book',
  whyItIsHere:
    'Retrieval-augmented generation over company documents is the generative-AI design interviewers ask most, and it adds what the book never needs: answers checked against their sources, per-user permissions inside retrieval, and graders that must themselves be validated.',
  domain: 'Generative AI',
  summary: "Answer employees' questions from millions of internal documents, citing each claim and showing only what the asker may open.",
  mlTask: 'Permission-filtered hybrid retrieval and re-ranking, then grounded generation with verification and abstention',
  modelFamily: 'BM25 + fine-tuned bi-encoder, cross-encoder reranker, prompted LLM, entailment verifier',
  offlineMetrics: ['Recall@50 and @8 per stage', 'Groundedness and citation precision', 'Correctness and abstention quality', 'Judge-human kappa'],
  onlineMetrics: ['Good-answer rate per question', 'Thumbs-down and rephrase rate', 'Helpdesk tickets per 1K employees', 'Leak canaries (zero)'],
  latencyBudget: '1.5 s p95 to first token, 2.5 s to first checked sentence, 8 s full answer',
  scale: 'Assumed 20M documents, 100M chunks, 400K questions/day, 20 QPS peak',
  difficulty: 'advanced',
};

export default documentAssistant;
