import { caseStudyBySlug, caseStudyPath } from './caseStudies';
import { frameworkStepById, stepNumber, type FrameworkStepId } from './framework';

/**
 * The books this companion is compared with, their chapters, and a map of
 * where each book treats each topic. The comparison page and its components
 * read from here; the prose on the page never restates a chapter list.
 *
 * Chapter titles are facts and were checked against a public source per book
 * (named above each book). Casing follows each source, with acronyms (ID, URL)
 * written the usual way.
 */

export type BookId = 'ml-system-design-interview' | 'designing-ml-systems' | 'system-design-interview-1' | 'system-design-interview-2';

export interface Chapter {
  number: number;
  title: string;
}

export interface Book {
  id: BookId;
  title: string;
  /** For table headers and tight spaces. */
  shortTitle: string;
  authors: readonly string[];
  publisher: string;
  year: number;
  chapters: readonly Chapter[];
}

/** Numbers the titles 1..n in the order given. */
function numbered(titles: readonly string[]): Chapter[] {
  return titles.map((title, index) => ({ number: index + 1, title }));
}

// Checked against ByteByteGo's own reference-materials repository for the book,
// github.com/ByteByteGoHq/ml-bytebytego (README.md, one heading per chapter).
const mlSystemDesignInterview: Book = {
  id: 'ml-system-design-interview',
  title: 'Machine Learning System Design Interview',
  shortTitle: 'ML System Design Interview',
  authors: ['Ali Aminian', 'Alex Xu'],
  publisher: 'ByteByteGo',
  year: 2023,
  chapters: numbered([
    'Introduction and Overview',
    'Visual Search System',
    'Google Street View Blurring System',
    'YouTube Video Search',
    'Harmful Content Detection',
    'Video Recommendation System',
    'Event Recommendation System',
    'Ad Click Prediction on Social Platforms',
    'Similar Listings on Vacation Rental Platforms',
    'Personalized News Feed',
    'People You May Know',
  ]),
};

// Checked against the author's repository for the book, github.com/chiphuyen/dmls-book
// (summary.md, one summary per chapter), and O'Reilly's table of contents at
// oreilly.com/library/view/designing-machine-learning/9781098107956/.
const designingMlSystems: Book = {
  id: 'designing-ml-systems',
  title: 'Designing Machine Learning Systems',
  shortTitle: 'Designing ML Systems',
  authors: ['Chip Huyen'],
  publisher: "O'Reilly Media",
  year: 2022,
  chapters: numbered([
    'Overview of Machine Learning Systems',
    'Introduction to Machine Learning Systems Design',
    'Data Engineering Fundamentals',
    'Training Data',
    'Feature Engineering',
    'Model Development and Offline Evaluation',
    'Model Deployment and Prediction Service',
    'Data Distribution Shifts and Monitoring',
    'Continual Learning and Test in Production',
    'Infrastructure and Tooling for MLOps',
    'The Human Side of Machine Learning',
  ]),
};

// Checked against the author's reference-materials repository, github.com/alex-xu-system/bytebytego
// (system_design_links.md: chapters 1, 2 and 4 to 15, which carry references), and the
// publisher's description of the second edition (ISBN 979-8664653403), which lists all sixteen.
// Self-published: no publishing house appears on the book.
const systemDesignInterview1: Book = {
  id: 'system-design-interview-1',
  title: "System Design Interview – An Insider's Guide",
  shortTitle: 'System Design Interview, vol. 1',
  authors: ['Alex Xu'],
  publisher: 'Self-published',
  year: 2020,
  chapters: numbered([
    'Scale From Zero To Millions Of Users',
    'Back-of-the-envelope Estimation',
    'A Framework For System Design Interviews',
    'Design A Rate Limiter',
    'Design Consistent Hashing',
    'Design A Key-value Store',
    'Design A Unique ID Generator In Distributed Systems',
    'Design A URL Shortener',
    'Design A Web Crawler',
    'Design A Notification System',
    'Design A News Feed System',
    'Design A Chat System',
    'Design A Search Autocomplete System',
    'Design YouTube',
    'Design Google Drive',
    'The Learning Continues',
  ]),
};

// Checked against the author's reference-materials repository, github.com/alex-xu-system/bytebytego
// (system_design_links_vol2.md, one heading per chapter). That file and the retail description
// shorten chapters 5 and 7 to "Metrics Monitoring" and "Hotel Reservation"; the titles below are
// the chapter headings as readers' notes quote them from the book.
const systemDesignInterview2: Book = {
  id: 'system-design-interview-2',
  title: "System Design Interview – An Insider's Guide: Volume 2",
  shortTitle: 'System Design Interview, vol. 2',
  authors: ['Alex Xu', 'Sahn Lam'],
  publisher: 'Self-published',
  year: 2022,
  chapters: numbered([
    'Proximity Service',
    'Nearby Friends',
    'Google Maps',
    'Distributed Message Queue',
    'Metrics Monitoring and Alerting System',
    'Ad Click Event Aggregation',
    'Hotel Reservation System',
    'Distributed Email Service',
    'S3-like Object Storage',
    'Real-time Gaming Leaderboard',
    'Payment System',
    'Digital Wallet',
    'Stock Exchange',
  ]),
};

/** In the order the comparison table shows them: the ML books first. */
export const books: readonly Book[] = [mlSystemDesignInterview, designingMlSystems, systemDesignInterview1, systemDesignInterview2];

export function bookById(id: BookId): Book {
  const found = books.find((book) => book.id === id);
  if (!found) throw new Error(`Unknown book "${id}"`);
  return found;
}

/** The chapter, or undefined when the book has no chapter with that number. */
export function findChapter(id: BookId, number: number): Chapter | undefined {
  return bookById(id).chapters.find((chapter) => chapter.number === number);
}

// ---------------------------------------------------------------------------
// The topic map
// ---------------------------------------------------------------------------

export type TopicKind = 'framework-step' | 'case-study' | 'cross-cutting';

/** A chapter that treats the topic, with what it covers of it in our words when that is not obvious. */
export interface ChapterRef {
  chapter: number;
  note?: string;
}

/** A page or a section of this site. */
export interface SiteLink {
  to: string;
  label: string;
}

export interface Topic {
  /** Unique; the row's anchor is `topic-<id>` (see topicAnchor). Framework steps use the step id, case studies their slug. */
  id: string;
  kind: TopicKind;
  label: string;
  /** Every book, explicitly: an empty list means no chapter treats the topic. */
  coverage: Readonly<Record<BookId, readonly ChapterRef[]>>;
  /** Where this companion treats it. */
  here: readonly SiteLink[];
}

export const TOPIC_KIND_LABELS: Readonly<Record<TopicKind, string>> = {
  'framework-step': 'Framework steps',
  'case-study': 'Case studies',
  'cross-cutting': 'Across the books',
};

/** The id of a topic's row in the topic map, so chapters can link to it (/docs/compare#topic-news-feed). */
export function topicAnchor(topicId: string): string {
  return `topic-${topicId}`;
}

const none: readonly ChapterRef[] = [];

/** The framework's overview chapter walks through every step once. */
const frameworkOverview = (note: string): readonly ChapterRef[] => [{ chapter: 1, note }];

type AllBooks = Topic['coverage'];

/**
 * A framework step's row. Its id, label and page come from the framework
 * module; the row anchor is `topic-<step id>`.
 */
function frameworkStepTopic(id: FrameworkStepId, coverage: AllBooks, here: readonly SiteLink[]): Topic {
  const step = frameworkStepById(id);
  return {
    id,
    kind: 'framework-step',
    label: step.title,
    coverage,
    here: [{ to: `/docs/framework/${id}`, label: `Step ${stepNumber(id)}: ${step.title}` }, ...here],
  };
}

const frameworkStepTopics: readonly Topic[] = [
  frameworkStepTopic(
    'clarify-requirements',
    {
      'ml-system-design-interview': frameworkOverview('The first step of its framework: the questions to ask before designing.'),
      'designing-ml-systems': [{ chapter: 2, note: 'Business versus ML objectives, and what makes a system reliable, scalable, maintainable and adaptable.' }],
      'system-design-interview-1': [{ chapter: 3, note: 'Step one of the four-step interview: understand the problem and settle the scope.' }],
      'system-design-interview-2': none,
    },
    [{ to: caseStudyPath('ad-click-prediction', 'requirements'), label: 'Worked example: ad click prediction, requirements' }],
  ),
  frameworkStepTopic(
    'frame-the-problem',
    {
      'ml-system-design-interview': frameworkOverview('Objective, input and output, and the ML category.'),
      'designing-ml-systems': [{ chapter: 2, note: 'Framing ML problems: task types and objective functions.' }],
      'system-design-interview-1': none,
      'system-design-interview-2': none,
    },
    [{ to: caseStudyPath('harmful-content-detection', 'framing'), label: 'Worked example: harmful content, framings compared' }],
  ),
  frameworkStepTopic(
    'data-preparation',
    {
      'ml-system-design-interview': frameworkOverview('Data engineering and feature engineering in brief.'),
      'designing-ml-systems': [
        { chapter: 3, note: 'Formats, storage, and batch versus stream processing.' },
        { chapter: 4, note: 'Sampling, labels, class imbalance, augmentation.' },
        { chapter: 5, note: 'Feature operations, leakage, feature importance.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': [{ chapter: 4, note: 'The log-based queue that streaming features travel on; no ML.' }],
    },
    [{ to: '/docs/operations/features-batch-and-streaming', label: 'Features: batch and streaming' }],
  ),
  frameworkStepTopic(
    'model-development',
    {
      'ml-system-design-interview': frameworkOverview('Model selection, training, losses and regularization at survey depth.'),
      'designing-ml-systems': [{ chapter: 6, note: 'Choosing a model, ensembles, experiment tracking, distributed training.' }],
      'system-design-interview-1': none,
      'system-design-interview-2': none,
    },
    [{ to: caseStudyPath('ad-click-prediction', 'model'), label: 'Worked example: ad click prediction, from baseline to production model' }],
  ),
  frameworkStepTopic(
    'evaluation',
    {
      'ml-system-design-interview': frameworkOverview('Offline metrics by task, and online metrics.'),
      'designing-ml-systems': [
        { chapter: 6, note: 'Offline evaluation: baselines, slices, calibration, perturbation tests.' },
        { chapter: 9, note: 'Test in production: shadow, A/B, canary, interleaving, bandits.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': none,
    },
    [
      { to: '/docs/reference/metrics', label: 'Metrics reference' },
      { to: '/docs/operations/experimentation', label: 'Experimentation' },
    ],
  ),
  frameworkStepTopic(
    'serving',
    {
      'ml-system-design-interview': frameworkOverview('Cloud versus device, compression, online versus batch prediction.'),
      'designing-ml-systems': [
        { chapter: 7, note: 'Batch versus online prediction, compression, cloud and edge.' },
        { chapter: 10, note: 'Model store, feature store and the shared ML platform.' },
      ],
      'system-design-interview-1': [{ chapter: 1, note: 'The scaling toolkit any prediction service sits on: load balancers, caches, sharding.' }],
      'system-design-interview-2': none,
    },
    [
      { to: '/docs/operations/two-pipelines', label: 'Two pipelines: training and inference' },
      { to: '/docs/operations/serving-at-scale', label: 'Serving at scale' },
    ],
  ),
  frameworkStepTopic(
    'monitoring',
    {
      'ml-system-design-interview': frameworkOverview('Why systems fail in production and what to monitor, in a few pages.'),
      'designing-ml-systems': [
        { chapter: 8, note: 'Covariate, label and concept shift; detecting them; observability.' },
        { chapter: 9, note: 'Retraining cadence and continual learning.' },
        { chapter: 10, note: 'The infrastructure under it all.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': [{ chapter: 5, note: 'The metrics and alerting pipeline itself; nothing on data or model drift.' }],
    },
    [
      { to: '/docs/operations/monitoring-and-drift', label: 'Monitoring and drift' },
      { to: '/docs/operations/model-delivery', label: 'Model delivery: CI/CD, canary and rollback' },
    ],
  ),
];

type OtherBooks = Omit<AllBooks, 'ml-system-design-interview'>;

/**
 * A case study's row. Its chapter in Aminian and Xu comes from the case-study
 * metadata, so the number lives in one place.
 */
function caseStudyTopic(slug: string, others: OtherBooks, here: readonly SiteLink[]): Topic {
  const study = caseStudyBySlug(slug);
  return {
    id: slug,
    kind: 'case-study',
    label: study.title,
    coverage: { 'ml-system-design-interview': study.origin === 'book' ? [{ chapter: study.bookChapter }] : [], ...others },
    here: [{ to: caseStudyPath(slug), label: `${study.title}: the chapter` }, ...here],
  };
}

const caseStudyTopics: readonly Topic[] = [
  caseStudyTopic(
    'visual-search',
    {
      'designing-ml-systems': none,
      'system-design-interview-1': none,
      'system-design-interview-2': [
        { chapter: 1, note: 'Geohash and quadtree: nearest-neighbor search in two dimensions, the partitioning idea behind many ANN indexes.' },
      ],
    },
    [{ to: caseStudyPath('visual-search', 'serving'), label: 'Serving: choosing the ANN index' }],
  ),
  caseStudyTopic(
    'street-view-blurring',
    {
      'designing-ml-systems': [
        { chapter: 4, note: 'Hand labels and augmentation, which dominate a detection project.' },
        { chapter: 7, note: 'Batch prediction, the mode this system runs in.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': none,
    },
    [
      { to: caseStudyPath('street-view-blurring', 'data'), label: 'Data: labels, hard cases, augmentation' },
      { to: caseStudyPath('street-view-blurring', 'operations'), label: 'Operations: batch only, on purpose' },
    ],
  ),
  caseStudyTopic(
    'video-search',
    {
      'designing-ml-systems': none,
      'system-design-interview-1': [
        { chapter: 13, note: 'Top-k query suggestions from a trie by frequency; no learned relevance.' },
        { chapter: 14, note: 'The upload, transcoding and delivery platform around the index.' },
      ],
      'system-design-interview-2': none,
    },
    [{ to: caseStudyPath('video-search', 'serving'), label: 'Serving: caching, sharding and the freshness path' }],
  ),
  caseStudyTopic(
    'harmful-content-detection',
    {
      'designing-ml-systems': [
        { chapter: 4, note: 'Class imbalance, hand labels, weak supervision.' },
        { chapter: 11, note: 'Responsible AI: who is harmed by errors.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': none,
    },
    [
      { to: caseStudyPath('harmful-content-detection', 'evaluation'), label: 'Evaluation: per-class thresholds' },
      { to: caseStudyPath('harmful-content-detection', 'serving'), label: 'Serving: review queues and appeals' },
    ],
  ),
  caseStudyTopic(
    'video-recommendation',
    {
      'designing-ml-systems': [{ chapter: 7, note: 'Batch versus online prediction: whether to precompute recommendations or score per request.' }],
      'system-design-interview-1': [{ chapter: 14, note: 'The video platform the recommender feeds; no recommendation in it.' }],
      'system-design-interview-2': none,
    },
    [
      { to: caseStudyPath('video-recommendation', 'model'), label: 'Model: two-tower retrieval, multi-task ranking' },
      { to: caseStudyPath('video-recommendation', 'operations'), label: 'Operations: drift, rollout, feedback loops' },
    ],
  ),
  caseStudyTopic(
    'event-recommendation',
    {
      'designing-ml-systems': [{ chapter: 5, note: 'Feature engineering and leakage, the core of this problem.' }],
      'system-design-interview-1': none,
      'system-design-interview-2': [{ chapter: 1, note: 'Geohash, quadtree and S2: the geographic index behind candidate generation.' }],
    },
    [
      { to: caseStudyPath('event-recommendation', 'model'), label: 'Model: candidates by geography and time, learning to rank' },
      { to: caseStudyPath('event-recommendation', 'data'), label: 'Data: features and the batch-streaming boundary' },
    ],
  ),
  caseStudyTopic(
    'ad-click-prediction',
    {
      'designing-ml-systems': [
        { chapter: 4, note: 'Natural labels and how long feedback takes to arrive.' },
        { chapter: 6, note: 'Calibration as part of offline evaluation.' },
        { chapter: 9, note: 'Continual learning, which ad models live on.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': [{ chapter: 6, note: 'Counting clicks exactly once for billing: the same event stream that becomes the labels.' }],
    },
    [
      { to: caseStudyPath('ad-click-prediction', 'data'), label: 'Data: the impression-click joiner and streaming counters' },
      { to: caseStudyPath('ad-click-prediction', 'operations'), label: 'Operations: retraining cadence and rollback' },
    ],
  ),
  caseStudyTopic(
    'similar-listings',
    {
      'designing-ml-systems': none,
      'system-design-interview-1': none,
      'system-design-interview-2': [{ chapter: 1, note: 'Geographic filtering, which cuts the candidate pool before any similarity.' }],
    },
    [
      { to: caseStudyPath('similar-listings', 'model'), label: 'Model: listing embeddings and hard filters' },
      { to: caseStudyPath('similar-listings', 'serving'), label: 'Serving: pre- versus post-filtering' },
    ],
  ),
  caseStudyTopic(
    'news-feed',
    {
      'designing-ml-systems': none,
      'system-design-interview-1': [{ chapter: 11, note: 'Fan-out on write versus on read, and feed storage; no ranking model.' }],
      'system-design-interview-2': none,
    },
    [
      { to: caseStudyPath('news-feed', 'model'), label: 'Model: hybrid push/pull inventory, multi-task ranker' },
      { to: caseStudyPath('news-feed', 'serving'), label: 'Serving: latency budget and caching' },
    ],
  ),
  caseStudyTopic(
    'people-you-may-know',
    {
      'designing-ml-systems': [{ chapter: 7, note: 'Batch prediction: precompute, then refresh the few who need it.' }],
      'system-design-interview-1': none,
      'system-design-interview-2': none,
    },
    [
      { to: caseStudyPath('people-you-may-know', 'model'), label: 'Model: friends-of-friends fan-out, graph embeddings' },
      { to: caseStudyPath('people-you-may-know', 'serving'), label: 'Serving: freshness within minutes' },
    ],
  ),
  caseStudyTopic(
    'document-assistant',
    {
      'designing-ml-systems': none,
      'system-design-interview-1': [
        { chapter: 15, note: 'File sync, sharing and change notifications: the source systems the connectors read; no retrieval or ML.' },
      ],
      'system-design-interview-2': [{ chapter: 8, note: 'Searching emails by subject, sender and body: keyword search over one mailbox, no generation.' }],
    },
    [
      { to: caseStudyPath('document-assistant', 'model'), label: 'Model: hybrid retrieval with permissions, grounded generation' },
      { to: caseStudyPath('document-assistant', 'evaluation'), label: 'Evaluation: groundedness, citations and checking the judge' },
    ],
  ),
  caseStudyTopic(
    'chat-assistant',
    {
      'designing-ml-systems': [
        { chapter: 7, note: 'Model compression and online prediction: quantization and distillation, written before LLM serving.' },
        { chapter: 9, note: 'Shadow, canary and A/B tests, the release path for models and prompts here.' },
      ],
      'system-design-interview-1': [
        { chapter: 4, note: 'Token-bucket rate limiting, the first layer of abuse and load protection.' },
        { chapter: 12, note: 'Chat between people: long-lived connections and message storage; no model.' },
      ],
      'system-design-interview-2': none,
    },
    [
      { to: caseStudyPath('chat-assistant', 'serving'), label: 'Serving: KV cache, batching and GPU arithmetic' },
      { to: caseStudyPath('chat-assistant', 'operations'), label: 'Operations: release bundles, canaries and incidents' },
    ],
  ),
  caseStudyTopic(
    'delivery-time-prediction',
    {
      'designing-ml-systems': [
        { chapter: 4, note: 'Natural labels and how long feedback takes: delivery times label themselves within the hour.' },
        { chapter: 8, note: 'Distribution shifts and how to detect them, which weather, events and menu changes cause here.' },
        { chapter: 9, note: 'Continual learning and testing in production: shadow, canary and bandits.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': [
        { chapter: 1, note: 'Geospatial indexes for the stores and couriers near a customer.' },
        { chapter: 2, note: 'Streaming location updates at scale, the shape of the courier GPS feed.' },
        { chapter: 3, note: 'Routing and its ETA service, the starting point for the travel legs; no kitchen, courier or hand-off stages.' },
      ],
    },
    [
      { to: caseStudyPath('delivery-time-prediction', 'model'), label: 'Model: order stages, quantile heads over a routing baseline' },
      { to: caseStudyPath('delivery-time-prediction', 'evaluation'), label: 'Evaluation: coverage, pinball loss and switchback tests' },
    ],
  ),
  caseStudyTopic(
    'payment-fraud-detection',
    {
      'designing-ml-systems': [
        { chapter: 4, note: 'Class imbalance and natural labels that arrive late, the two data problems fraud is known for.' },
        { chapter: 8, note: 'Distribution shifts and how to detect them; here the shift is an opponent changing tactics.' },
        { chapter: 9, note: 'Continual learning and testing in production: shadow, canary, A/B.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': [{ chapter: 11, note: 'The payment flow a risk check sits in: idempotency, reconciliation, retries; no fraud model.' }],
    },
    [
      { to: caseStudyPath('payment-fraud-detection', 'data'), label: 'Data: labels that arrive late, and never for declines' },
      { to: caseStudyPath('payment-fraud-detection', 'framing'), label: 'Framing: thresholds from the cost of each error' },
    ],
  ),
];

const crossCuttingTopics: readonly Topic[] = [
  {
    id: 'interview-framework',
    kind: 'cross-cutting',
    label: 'An interview framework',
    coverage: {
      'ml-system-design-interview': [{ chapter: 1, note: 'Seven steps, from requirements to monitoring.' }],
      'designing-ml-systems': [{ chapter: 2, note: 'An iterative project process, not an interview script.' }],
      'system-design-interview-1': [{ chapter: 3, note: 'Four steps, with a time plan for the hour.' }],
      'system-design-interview-2': none,
    },
    here: [
      { to: '/docs/framework/cheat-sheet', label: 'Framework cheat sheet' },
      { to: '/docs/framework', label: 'The framework' },
    ],
  },
  {
    id: 'estimation',
    kind: 'cross-cutting',
    label: 'Back-of-the-envelope estimation',
    coverage: {
      'ml-system-design-interview': none,
      'designing-ml-systems': none,
      'system-design-interview-1': [{ chapter: 2, note: 'Powers of two, latency numbers, availability, QPS and storage.' }],
      'system-design-interview-2': none,
    },
    here: [
      { to: caseStudyPath('people-you-may-know', 'scale'), label: 'People you may know: graph arithmetic' },
      { to: caseStudyPath('visual-search', 'scale'), label: 'Visual search: index memory' },
    ],
  },
  {
    id: 'responsible-ml',
    kind: 'cross-cutting',
    label: 'Feedback loops, fairness and privacy',
    coverage: {
      'ml-system-design-interview': none,
      'designing-ml-systems': [
        { chapter: 8, note: 'Degenerate feedback loops among the ways systems fail.' },
        { chapter: 11, note: 'Responsible AI, with case studies of failures.' },
      ],
      'system-design-interview-1': none,
      'system-design-interview-2': none,
    },
    here: [
      { to: '/docs/operations/feedback-loops-and-responsible-ml', label: 'Feedback loops and responsible ML' },
      { to: caseStudyPath('people-you-may-know', 'operations'), label: 'People you may know: privacy and fairness guardrails' },
    ],
  },
];

/** Every row of the topic map, in display order: framework steps, case studies, then topics across the books. */
export const topics: readonly Topic[] = [...frameworkStepTopics, ...caseStudyTopics, ...crossCuttingTopics];
