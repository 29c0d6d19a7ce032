import type {
  Box,
  ConfusionMatrix,
  DetectedBox,
  GroundTruthBox,
  OneProportionSampleSizeInput,
  Reference,
  SampleSizeInput,
  TwoProportionInput,
} from '@site/src/lib/metrics';

/**
 * The inputs of the worked examples on the metrics reference page. The page
 * renders every worked-example number from these inputs through the tested
 * functions of src/lib/metrics.ts (src/components/WorkedExample), the
 * calculators start from them, and the unit tests named "worked example: <metric>"
 * pin them and check the results by hand. Change a number here and the tests
 * that pin it fail, which is the moment to reread the prose around the example.
 */
export const metricExamples = {
  /** 1,000 items: 60 actually positive, the model flags 50 of which 40 are right. */
  confusionMatrix: { tp: 40, fp: 10, fn: 20, tn: 930 } satisfies ConfusionMatrix,
  fBeta: 2,

  /** Six scored examples with one tie across the classes (0.6). */
  scored: {
    scores: [0.9, 0.8, 0.7, 0.6, 0.6, 0.3],
    labels: [1, 1, 0, 1, 0, 0],
  },

  /** Eight predictions in four populated bins of width 0.2. */
  calibration: {
    probabilities: [0.1, 0.1, 0.3, 0.3, 0.7, 0.7, 0.9, 0.9],
    labels: [0, 0, 0, 1, 1, 1, 1, 0],
    bins: 5,
  },

  /** One ranked list of graded relevances (0 to 3) and its cutoff. */
  ranking: { relevances: [0, 3, 0, 1, 2], k: 4 },

  /** Three queries for the averaged ranking metrics (the first is the list above). */
  rankingQueries: {
    queries: [
      [0, 3, 0, 1, 2],
      [1, 0, 0],
      [0, 0, 0, 2],
    ],
    k: 3,
  },

  boxes: {
    a: { x1: 0, y1: 0, x2: 4, y2: 3 } satisfies Box,
    b: { x1: 2, y1: 1, x2: 6, y2: 4 } satisfies Box,
  },

  /** One image, three ground-truth boxes, four detections (one a duplicate, one a miss). */
  detection: {
    groundTruths: [
      { image: 'img-1', box: { x1: 0, y1: 0, x2: 10, y2: 10 } },
      { image: 'img-1', box: { x1: 20, y1: 20, x2: 30, y2: 30 } },
      { image: 'img-1', box: { x1: 40, y1: 0, x2: 50, y2: 10 } },
    ] satisfies GroundTruthBox[],
    detections: [
      { image: 'img-1', score: 0.9, box: { x1: 1, y1: 1, x2: 11, y2: 11 } },
      { image: 'img-1', score: 0.8, box: { x1: 0, y1: 0, x2: 10, y2: 10 } },
      { image: 'img-1', score: 0.7, box: { x1: 21, y1: 21, x2: 31, y2: 31 } },
      { image: 'img-1', score: 0.6, box: { x1: 50, y1: 50, x2: 60, y2: 60 } },
    ] satisfies DetectedBox[],
    iouThreshold: 0.5,
  },

  regression: {
    actual: [100, 200, 300, 400],
    predicted: [110, 190, 330, 360],
  },

  /** Intermittent demand: mostly zeros. The all-zero forecast wins on MAE although it never stocks anything. */
  intermittent: {
    actual: [0, 0, 0, 8],
    zeroForecast: [0, 0, 0, 0],
    meanForecast: [2, 2, 2, 2],
  },

  /** Two actuals and two flat forecasts: MAPE prefers the low one. */
  mapeBias: {
    actual: [50, 150],
    lowForecast: [50, 50],
    meanForecast: [100, 100],
  },

  /** A P90 forecast of the regression example's actuals, scored against the point forecast at tau = 0.9. */
  quantile: {
    tau: 0.9,
    p90: [150, 230, 290, 480],
  },

  /** P10 to P90 intervals (nominal coverage 0.8) around the regression example's actuals. */
  intervals: {
    lower: [80, 150, 310, 350],
    upper: [130, 260, 380, 450],
    nominal: 0.8,
  },

  /** Four generated answers and their references, after SQuAD normalization. */
  answers: {
    predictions: ['Paris', 'the Eiffel Tower', 'engineer Gustave Eiffel', 'not in 1889'],
    references: ['Paris', 'Eiffel Tower', 'Gustave Eiffel', '1889'] satisfies Reference[],
  },

  /** An LLM judge against human raters on 100 answers: rows the judge (good, bad), columns the humans (good, bad). */
  judgeAgreement: [
    [60, 15],
    [5, 20],
  ],

  /** Control A and treatment B, randomized by user: users who clicked at least once, out of users assigned. */
  zTest: { successesA: 200, trialsA: 10_000, successesB: 250, trialsB: 10_000 } satisfies TwoProportionInput,

  /** A guardrail (users who hid at least one ad, out of users assigned; higher is worse) and its non-inferiority margin. */
  guardrail: {
    test: { successesA: 400, trialsA: 500_000, successesB: 450, trialsB: 500_000 } satisfies TwoProportionInput,
    margin: 0.0002,
    /** one-sided levels: 0.025 reads the upper end of a two-sided 95% interval, 0.05 that of a 90% interval */
    alphas: [0.025, 0.05],
  },

  /** 120 clicks on 4,000 impressions: the CTR example and its confidence interval. */
  ctr: { clicks: 120, impressions: 4_000 },

  /** A prevalence sample: 30 violating views among 20,000 sampled views. */
  prevalence: { successes: 30, trials: 20_000 },

  /** A small sample where the Wald interval collapses: nothing found in 100 labeled items. */
  noEvents: { successes: 0, trials: 100 },

  sampleSize: { baselineRate: 0.1, minimumDetectableEffect: 0.02, effect: 'absolute', alpha: 0.05, power: 0.8 } satisfies SampleSizeInput,

  /** Labeled views to pin a prevalence near 0.15 percent to within 0.03 percentage points. */
  oneSampleSize: { rate: 0.0015, margin: 0.0003, confidenceLevel: 0.95 } satisfies OneProportionSampleSizeInput,

  /** The NCE denominator at low click rates, and one raw log loss read against each. */
  nceDenominator: { rates: [0.01, 0.002], logLoss: 0.05 },

  /** Online product and integrity counts. */
  conversion: { conversions: 36, visits: 1_200 },
  /** Seconds watched in the period by each of three assigned users. */
  watchTime: [1_200, 0, 600],
  retention: { day: 7, active: 4_200, cohort: 10_000 },
  proactive: { foundBeforeReport: 9_400, actioned: 10_000 },

  /** A feature's histogram over four bins at training time (baseline) and today (current). */
  histograms: { baseline: [25, 25, 25, 25], current: [10, 20, 30, 40] },

  ks: { sampleA: [1, 2, 3, 4, 5], sampleB: [3, 4, 5, 6, 7, 8] },
} as const;
