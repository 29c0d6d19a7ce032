/**
 * The interview framework: seven steps, their time budgets, the questions for
 * the first five minutes and the operations plan for the last ones. The step
 * pages, the cheat sheet and the mock-interview timer all read this module;
 * nothing restates it by hand.
 */

/** Interview lengths the time plans cover, in minutes. */
export type InterviewLength = 45 | 60;

export const interviewLengths: readonly InterviewLength[] = [45, 60];

/** Also the slug of the step's page: /docs/framework/<id>. */
export type FrameworkStepId = 'clarify-requirements' | 'frame-the-problem' | 'data-preparation' | 'model-development' | 'evaluation' | 'serving' | 'monitoring';

/** The section of every case-study chapter that shows the step done in full. */
export type ChapterSectionId = 'requirements' | 'framing' | 'data' | 'model' | 'evaluation' | 'serving' | 'operations';

export interface FrameworkStep {
  id: FrameworkStepId;
  title: string;
  /** The shorter name tables use for a long title (the chapters' mock-interview kits say "Frame as an ML task"). */
  shortTitle?: string;
  /** What the step must leave on the board, in one sentence. */
  goal: string;
  /** Questions to ask and decisions to state, in the order they usually come up. */
  checklist: readonly string[];
  /** What an interviewer writes down as evidence of seniority in this step. */
  signals: readonly string[];
  mistakes: readonly string[];
  /** Minutes this step gets in each interview length; each plan sums to its length. */
  minutes: Readonly<Record<InterviewLength, number>>;
  chapterSection: ChapterSectionId;
}

export interface OpeningQuestion {
  question: string;
  /** What the answer decides later in the design. */
  decides: string;
}

export interface OperationsPoint {
  topic: string;
  point: string;
  /** The operations page that goes deeper. */
  link: string;
}

export const frameworkSteps: readonly FrameworkStep[] = [
  {
    id: 'clarify-requirements',
    title: 'Clarify requirements',
    goal: 'Turn a one-line prompt into a scoped problem with numbered assumptions about users, scale, latency, freshness and constraints.',
    checklist: [
      'Which product surface, and who sees the output?',
      'Business success, and what must not get worse?',
      'Feedback available: labels, implicit signals, reviewers?',
      'Scale: users, items, QPS, growth (assume out loud)',
      'Latency per request; freshness of items and signals',
      'Privacy, policy, fairness and regional constraints',
      'Write the assumptions on the board; confirm the scope',
    ],
    signals: [
      'Asks the questions that change the design, not trivia',
      'Turns vague answers into written, numbered assumptions',
      'Names the one or two requirements that will drive the architecture',
      'Finishes inside the time budget and says so',
    ],
    mistakes: [
      'Naming a model before knowing what is predicted, for whom',
      'Asking twenty questions and committing to no assumptions',
      'Leaving latency, freshness and privacy for the interviewer to raise',
      'Treating the business goal and the ML metric as the same thing',
    ],
    minutes: { 45: 5, 60: 5 },
    chapterSection: 'requirements',
  },
  {
    id: 'frame-the-problem',
    title: 'Frame the problem as an ML task',
    shortTitle: 'Frame as an ML task',
    goal: 'Translate the business objective into an ML objective with a defined input, output and task type, and say which framings you rejected.',
    checklist: [
      'Business objective, and the ML objective serving it',
      'Input and output: what arrives, what leaves',
      'Task type: classify, rank, retrieve, detect, regress',
      'One model, or candidate generation then ranking?',
      'The label, stated precisely, and when it is known',
      'Calibrated probabilities or only an order?',
      'One framing you rejected, and why',
    ],
    signals: [
      'Separates the business metric from the training objective and links them',
      'Picks a framing the latency and data constraints allow',
      'Predicts how the objective can be gamed and guards against it',
    ],
    mistakes: [
      'Optimizing clicks because clicks are easy to count',
      'Choosing a task type without stating the label',
      'One heavy model scoring the whole catalog per request',
    ],
    minutes: { 45: 4, 60: 5 },
    chapterSection: 'framing',
  },
  {
    id: 'data-preparation',
    title: 'Data preparation',
    goal: 'Name the data sources, how labels arise and how late, the features that matter, and how training data stays consistent with serving.',
    checklist: [
      'Sources: users, items, interactions, context',
      'Labels: explicit or implicit, delay, noise, source',
      'Features for user, item, context and their crosses',
      'Batch or streaming for each feature, and why',
      'Point-in-time correctness: features logged as served',
      'Imbalance: resample or reweight, then recalibrate',
      'Split by time; deduplicate; check for leakage',
    ],
    signals: [
      'Knows label delay and label noise and plans for both',
      'Prevents training-serving skew by design, not by hope',
      'Draws the batch and streaming line with a reason',
      'Handles imbalance without breaking calibration',
    ],
    mistakes: [
      'Listing features without saying how they are computed',
      'Random splits that leak the future into training',
      'Assuming labels are clean and arrive instantly',
      'Forgetting new users and new items',
    ],
    minutes: { 45: 7, 60: 9 },
    chapterSection: 'data',
  },
  {
    id: 'model-development',
    title: 'Model development',
    goal: 'Start from a baseline, then develop the production architecture, its loss and its training setup deep enough to defend each choice.',
    checklist: [
      'A baseline that ships in a week, and its flaws',
      'The production design and why it beats the baseline',
      'Architecture sketch: towers, heads, fusion, stages',
      'The loss, written out, with any sampling correction',
      'Training: data window, negatives, hardware, cadence',
      'Cold start and exploration',
      'Capacity against latency; freshness against stability',
    ],
    signals: [
      'Justifies complexity against a named baseline',
      'Writes the loss and explains each term',
      'Ties architecture choices back to requirements and data',
      'Goes deep where the interviewer steers, stays brief elsewhere',
    ],
    mistakes: [
      'Opening with the fanciest architecture and no baseline',
      'Reciting layer sizes while the serving path is still blank',
      'A loss that does not match the framing or the metric',
    ],
    minutes: { 45: 11, 60: 16 },
    chapterSection: 'model',
  },
  {
    id: 'evaluation',
    title: 'Evaluation',
    goal: 'Show how you would know the model is better: offline metrics that fit the framing, online metrics that fit the goal, and a guarded A/B test.',
    checklist: [
      'Offline metrics that fit the task and the class balance',
      'Evaluation data: time-based split, slices, rater labels',
      'Operating point or threshold, and who owns it',
      'Online metrics tied to the business objective',
      'A/B test: unit, duration, sample size, guardrails',
      'What would stop a launch despite a win',
    ],
    signals: [
      'Picks metrics from the framing, not from habit',
      'Explains where offline and online results can disagree',
      'Names guardrails and a stopping rule before seeing results',
    ],
    mistakes: [
      'Accuracy on a one-in-a-thousand positive class',
      'Only offline metrics, or only online ones',
      'An A/B test with no guardrails and no sample-size estimate',
    ],
    minutes: { 45: 6, 60: 8 },
    chapterSection: 'evaluation',
  },
  {
    id: 'serving',
    title: 'Deployment and serving',
    goal: 'Draw the inference path beside the training path, give each stage a latency budget, and show how the system meets its traffic.',
    checklist: [
      'Online, near-line or batch prediction, and why',
      'Inference path: gateway, candidates, ranking, re-ranking',
      'Per-stage latency budget that sums to the requirement',
      'Feature store reads, consistent with training',
      'ANN index, caching, sharding, load balancing',
      'Compression or distillation if the budget is tight',
      'Graceful degradation when a dependency fails',
    ],
    signals: [
      'Separates the training pipeline from the inference pipeline on the board',
      'Does the latency and capacity arithmetic out loud',
      'Has a fallback for every stage that can fail',
    ],
    mistakes: [
      'A single box labeled "model" between request and response',
      'A latency budget with no per-stage split',
      'Features computed one way offline and another way online',
    ],
    minutes: { 45: 7, 60: 10 },
    chapterSection: 'serving',
  },
  {
    id: 'monitoring',
    title: 'Monitoring and infrastructure',
    goal: 'Keep the system correct after launch: watch data and predictions, detect drift, retrain on a cadence, ship safely and roll back fast.',
    checklist: [
      'System health: latency, errors, throughput, cost',
      'Drift: statistic, baseline window, alert threshold',
      'Once labels arrive: per-slice quality, calibration',
      'Retraining cadence and triggers, per component',
      'CI/CD for models: gates, shadow, canary, rollback',
      'Feedback loops: exploration, holdouts, bias corrections',
    ],
    signals: [
      'Names concrete monitors with thresholds, not "we monitor it"',
      'Knows which labels arrive late and monitors proxies meanwhile',
      'Plans rollback before launch',
    ],
    mistakes: [
      'Running out of time and skipping the step entirely',
      '"Retrain periodically" with no cadence or trigger',
      'Ignoring the loop where the model shapes its own training data',
    ],
    minutes: { 45: 5, 60: 7 },
    chapterSection: 'operations',
  },
];

export const openingQuestions: readonly OpeningQuestion[] = [
  { question: 'Who is the user, and where does the output appear?', decides: 'candidate set, latency budget, surface constraints' },
  { question: 'What is the business goal, and what would stop a launch?', decides: 'online metric and guardrails' },
  { question: 'What data and feedback exist today?', decides: 'labels, supervision, cold start' },
  { question: 'How many users, items and requests per second?', decides: 'funnel shape, index size, serving fleet' },
  { question: 'How fast must results come, and how fresh must they be?', decides: 'online or batch, streaming features' },
  { question: 'Which privacy, fairness or regional rules apply?', decides: 'features allowed, where models run' },
  { question: 'Is there a system to beat?', decides: 'baseline and the A/B control' },
];

export const operationsPlan: readonly OperationsPoint[] = [
  {
    topic: 'Drift detection',
    point: 'PSI or KS per key feature and on the score distribution, per slice, against a trailing same-weekday baseline; alert on shifts that persist.',
    link: '/docs/operations/monitoring-and-drift',
  },
  {
    topic: 'Retraining',
    point: 'A cadence per component set by how fast its inputs change, plus drift-triggered runs, always on a window that ends now.',
    link: '/docs/operations/model-delivery',
  },
  {
    topic: 'CI/CD for models',
    point: 'Data validation, offline gates against the live model, latency tests, then shadow traffic and a small canary.',
    link: '/docs/operations/model-delivery',
  },
  {
    topic: 'A/B tests with guardrails',
    point: 'Randomize by user, size the test in advance, and stop on guardrail breaches: latency, complaints, revenue, integrity.',
    link: '/docs/operations/experimentation',
  },
  {
    topic: 'Rollback',
    point: 'Keep the previous model and its feature versions warm; roll back automatically on a guardrail breach, in minutes.',
    link: '/docs/operations/model-delivery',
  },
];

/** Total minutes of an interview plan, summed from the steps. */
export function planTotalMinutes(length: InterviewLength): number {
  return frameworkSteps.reduce((total, step) => total + step.minutes[length], 0);
}

export function frameworkStepById(id: string): FrameworkStep {
  const found = frameworkSteps.find((step) => step.id === id);
  if (!found) {
    throw new Error(`Unknown framework step "${id}". Known: ${frameworkSteps.map((step) => step.id).join(', ')}`);
  }
  return found;
}

/** 1-based position of a step, as in "Step 3: Data preparation". */
export function stepNumber(id: FrameworkStepId): number {
  return frameworkSteps.findIndex((step) => step.id === id) + 1;
}
