import { describe, expect, it } from 'vitest';
import { metricExamples } from '@site/src/data/metricExamples';
import {
  averagePrecision,
  calibrationRatio,
  dcgAtK,
  detectionAveragePrecision,
  expectedCalibrationError,
  f1Score,
  fBetaScore,
  formatNumber,
  hitRateAtK,
  intersectionOverUnion,
  klDivergence,
  ksStatistic,
  logLoss,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanAveragePrecision,
  meanReciprocalRank,
  ndcgAtK,
  normalCdf,
  normalizedCrossEntropy,
  normalQuantile,
  populationStabilityIndex,
  prAuc,
  precision,
  precisionAtK,
  proportionConfidenceInterval,
  recall,
  recallAtK,
  reciprocalRank,
  rocAuc,
  rootMeanSquaredError,
  sampleSizePerArm,
  twoProportionZTest,
  type MetricResult,
} from './metrics';

/** The value of a result that must succeed; fails the test with the error otherwise. */
function valueOf<T>(result: MetricResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got the error: ${result.error}`);
  expect(result.steps.length).toBeGreaterThan(0);
  return result.value;
}

/** The error of a result that must fail; it must be a sentence, never a number. */
function errorOf(result: MetricResult<unknown>): string {
  expect(result.ok, 'expected an error').toBe(false);
  if (result.ok) return '';
  expect(result.error).toMatch(/\w{3,}/);
  return result.error;
}

// log2 values used by hand below: log2(3) = 1.5849625, log2(5) = 2.3219281.
const LOG2_3 = 1.5849625;
const LOG2_5 = 2.3219281;

describe('classification from a confusion matrix', () => {
  const cm = { tp: 40, fp: 10, fn: 20, tn: 930 };

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.confusionMatrix).toEqual(cm);
    expect(metricExamples.fBeta).toBe(2);
  });

  it('worked example: precision', () => {
    // 40 / (40 + 10) = 40 / 50 = 0.8
    expect(valueOf(precision(cm))).toBeCloseTo(0.8, 10);
  });

  it('worked example: recall', () => {
    // 40 / (40 + 20) = 40 / 60 = 0.666667
    expect(valueOf(recall(cm))).toBeCloseTo(0.666667, 6);
  });

  it('worked example: f1', () => {
    // 2 × 40 / (2 × 40 + 10 + 20) = 80 / 110 = 0.727273; same as 2 × 0.8 × 0.666667 / 1.466667
    expect(valueOf(f1Score(cm))).toBeCloseTo(0.727273, 6);
  });

  it('worked example: f-beta (beta = 2)', () => {
    // (1 + 4) × 40 / (5 × 40 + 4 × 20 + 10) = 200 / 290 = 0.689655
    expect(valueOf(fBetaScore(cm, 2))).toBeCloseTo(0.689655, 6);
  });

  it('F-beta with beta = 1 equals F1, and beta = 0.5 leans toward precision', () => {
    expect(valueOf(fBetaScore(cm, 1))).toBeCloseTo(80 / 110, 12);
    // 1.25 × 40 / (1.25 × 40 + 0.25 × 20 + 10) = 50 / 65 = 0.769231, between recall 0.667 and precision 0.8
    expect(valueOf(fBetaScore(cm, 0.5))).toBeCloseTo(0.769231, 6);
  });

  it('says why precision, recall and F1 are undefined at zero denominators', () => {
    expect(errorOf(precision({ tp: 0, fp: 0, fn: 5, tn: 10 }))).toMatch(/no positives/);
    expect(errorOf(recall({ tp: 0, fp: 3, fn: 0, tn: 10 }))).toMatch(/no actual positives/);
    expect(errorOf(f1Score({ tp: 0, fp: 0, fn: 0, tn: 10 }))).toMatch(/all 0/);
    expect(errorOf(fBetaScore({ tp: 0, fp: 0, fn: 0, tn: 10 }, 2))).toMatch(/all 0/);
  });

  it('gives F1 = 0, not an error, when there are no true positives but some errors', () => {
    // 2 × 0 / (0 + 0 + 5) = 0
    expect(valueOf(f1Score({ tp: 0, fp: 0, fn: 5, tn: 10 }))).toBe(0);
  });

  it('rejects negative, fractional and NaN counts and a bad beta', () => {
    expect(errorOf(precision({ tp: -1, fp: 0, fn: 0, tn: 0 }))).toMatch(/TP must be a whole number/);
    expect(errorOf(recall({ tp: 1.5, fp: 0, fn: 0, tn: 0 }))).toMatch(/TP must be a whole number/);
    expect(errorOf(f1Score({ tp: 1, fp: Number.NaN, fn: 0, tn: 0 }))).toMatch(/FP must be a number/);
    expect(errorOf(fBetaScore(cm, 0))).toMatch(/beta/);
    expect(errorOf(fBetaScore(cm, Number.NaN))).toMatch(/beta/);
  });
});

describe('ranking metrics on one list', () => {
  const relevances = [0, 3, 0, 1, 2];
  const k = 4;

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.ranking).toEqual({ relevances, k });
  });

  it('worked example: precision at k', () => {
    // top 4 = [0, 3, 0, 1]: 2 relevant; 2 / 4 = 0.5
    expect(valueOf(precisionAtK(relevances, k))).toBe(0.5);
  });

  it('worked example: recall at k', () => {
    // R = 3 relevant in the list (3, 1, 2); 2 of them in the top 4; 2 / 3 = 0.666667
    expect(valueOf(recallAtK(relevances, k))).toBeCloseTo(0.666667, 6);
  });

  it('recall at k divides by the total relevant items when given', () => {
    // 2 found in the top 4, 5 relevant in the collection: 2 / 5 = 0.4
    expect(valueOf(recallAtK(relevances, k, 5))).toBeCloseTo(0.4, 12);
  });

  it('worked example: reciprocal rank', () => {
    // first relevant item at rank 2: 1 / 2
    expect(valueOf(reciprocalRank(relevances))).toBe(0.5);
  });

  it('worked example: average precision', () => {
    // relevant at ranks 2, 4, 5: P@2 = 1/2, P@4 = 2/4, P@5 = 3/5; (0.5 + 0.5 + 0.6) / 3 = 1.6 / 3 = 0.533333
    expect(valueOf(averagePrecision(relevances))).toBeCloseTo(0.533333, 6);
  });

  it('average precision counts relevant items never retrieved as zero precision', () => {
    // same three hits, but R = 4: 1.6 / 4 = 0.4
    expect(valueOf(averagePrecision(relevances, 4))).toBeCloseTo(0.4, 12);
  });

  it('worked example: dcg (linear gain)', () => {
    // 0/log2(2) + 3/log2(3) + 0/log2(4) + 1/log2(5) = 3/1.5849625 + 1/2.3219281 = 1.8927893 + 0.4306766 = 2.3234659
    expect(valueOf(dcgAtK(relevances, k, 'linear'))).toBeCloseTo(3 / LOG2_3 + 1 / LOG2_5, 6);
    expect(valueOf(dcgAtK(relevances, k, 'linear'))).toBeCloseTo(2.323466, 5);
  });

  it('worked example: dcg (exponential gain)', () => {
    // gains 2^rel - 1 = [0, 7, 0, 1]: 7/1.5849625 + 1/2.3219281 = 4.4165083 + 0.4306766 = 4.8471849
    expect(valueOf(dcgAtK(relevances, k, 'exponential'))).toBeCloseTo(4.847185, 5);
  });

  it('worked example: ndcg (linear gain)', () => {
    // ideal order [3, 2, 1, 0]: IDCG = 3/1 + 2/1.5849625 + 1/2 = 3 + 1.2618595 + 0.5 = 4.7618595
    // nDCG = 2.3234659 / 4.7618595 = 0.487933
    expect(valueOf(ndcgAtK(relevances, k, 'linear'))).toBeCloseTo(0.487933, 5);
  });

  it('worked example: ndcg (exponential gain)', () => {
    // ideal gains [7, 3, 1, 0]: IDCG = 7/1 + 3/1.5849625 + 1/2 = 7 + 1.8927893 + 0.5 = 9.3927893
    // nDCG = 4.8471849 / 9.3927893 = 0.516054
    expect(valueOf(ndcgAtK(relevances, k, 'exponential'))).toBeCloseTo(0.516054, 5);
  });

  it('nDCG takes the ideal order from a larger judged pool when given', () => {
    // pool [3, 3, 2, 1]: IDCG@2 (linear) = 3 + 3/1.5849625 = 4.8927893; DCG@2 of [0, 3] = 1.8927893; ratio 0.386854
    expect(valueOf(ndcgAtK(relevances, 2, 'linear', [3, 3, 2, 1]))).toBeCloseTo(0.386854, 5);
  });

  it('a perfect order has nDCG 1 under both gains', () => {
    expect(valueOf(ndcgAtK([3, 2, 1, 0], 4, 'linear'))).toBeCloseTo(1, 12);
    expect(valueOf(ndcgAtK([3, 2, 1, 0], 4, 'exponential'))).toBeCloseTo(1, 12);
  });

  it('precision at k counts the missing positions of a short list as not relevant', () => {
    // [1, 1] at k = 4: 2 / 4
    expect(valueOf(precisionAtK([1, 1], 4))).toBe(0.5);
  });

  it('gives a reciprocal rank of 0 when nothing is relevant', () => {
    expect(valueOf(reciprocalRank([0, 0, 0]))).toBe(0);
  });

  it('refuses all-zero relevances where the metric is undefined', () => {
    expect(errorOf(ndcgAtK([0, 0, 0], 3, 'linear'))).toMatch(/every relevance is 0/);
    expect(errorOf(recallAtK([0, 0], 2))).toMatch(/no relevant items/);
    expect(errorOf(averagePrecision([0, 0]))).toMatch(/no relevant items/);
  });

  it('rejects empty lists, negative or NaN relevances, bad k, a bad gain and an impossible R', () => {
    expect(errorOf(precisionAtK([], 3))).toMatch(/empty/);
    expect(errorOf(dcgAtK([1, -1], 2, 'linear'))).toMatch(/negative/);
    expect(errorOf(ndcgAtK([1, Number.NaN], 2, 'linear'))).toMatch(/not a number at position 2/);
    expect(errorOf(precisionAtK([1], 0))).toMatch(/k must be/);
    expect(errorOf(recallAtK([1], 1.5))).toMatch(/k must be/);
    expect(errorOf(dcgAtK([1], 1, 'cubic' as never))).toMatch(/linear.*exponential/);
    expect(errorOf(recallAtK([1, 1, 1], 2, 2))).toMatch(/smaller than the 3 relevant items/);
    expect(errorOf(ndcgAtK([3, 2], 2, 'linear', [1, 1]))).toMatch(/ideal relevances must include/);
  });

  it('reports overflow as an error, never Infinity or NaN', () => {
    expect(errorOf(dcgAtK([5000], 1, 'exponential'))).toMatch(/overflows/);
    expect(errorOf(ndcgAtK([5000, 1], 2, 'exponential'))).toMatch(/overflows/);
  });
});

describe('ranking metrics over queries', () => {
  const queries = [
    [0, 3, 0, 1, 2],
    [1, 0, 0],
    [0, 0, 0, 2],
  ];

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.rankingQueries).toEqual({ queries, k: 3 });
  });

  it('worked example: hit rate', () => {
    // first relevant at ranks 2, 1, 4: the first two are in the top 3; 2 / 3 = 0.666667
    expect(valueOf(hitRateAtK(queries, 3))).toBeCloseTo(0.666667, 6);
  });

  it('worked example: mrr', () => {
    // (1/2 + 1/1 + 1/4) / 3 = 1.75 / 3 = 0.583333
    expect(valueOf(meanReciprocalRank(queries))).toBeCloseTo(0.583333, 6);
  });

  it('worked example: map', () => {
    // AP: query 1 = 0.533333 (above); query 2 = 1/1 = 1; query 3 = (1/4) / 1 = 0.25
    // MAP = (0.533333 + 1 + 0.25) / 3 = 1.783333 / 3 = 0.594444
    expect(valueOf(meanAveragePrecision(queries))).toBeCloseTo(0.594444, 6);
  });

  it('counts a query with no relevant item as a miss for MRR and hit rate', () => {
    // RR = [1, 0]: MRR = 0.5; hits = 1 of 2
    expect(valueOf(meanReciprocalRank([[1], [0, 0]]))).toBe(0.5);
    expect(valueOf(hitRateAtK([[1], [0, 0]], 2))).toBe(0.5);
  });

  it('names the query whose AP is undefined and rejects an empty query set', () => {
    expect(errorOf(meanAveragePrecision([[1], [0, 0]]))).toMatch(/^Query 2: .*no relevant items/);
    expect(errorOf(meanReciprocalRank([]))).toMatch(/no queries/);
    expect(errorOf(hitRateAtK([[1], []], 1))).toMatch(/Query 2 is empty/);
  });
});

describe('classification from scores and labels', () => {
  const scores = [0.9, 0.8, 0.7, 0.6, 0.6, 0.3];
  const labels = [1, 1, 0, 1, 0, 0];

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.scored).toEqual({ scores, labels });
  });

  it('worked example: roc-auc', () => {
    // ascending ranks: 0.3→1, 0.6 and 0.6→2.5 each, 0.7→4, 0.8→5, 0.9→6
    // positives (0.9, 0.8, 0.6) hold ranks 6 + 5 + 2.5 = 13.5; U = 13.5 - 3 × 4 / 2 = 7.5; AUC = 7.5 / (3 × 3) = 0.833333
    // by pairs: 0.9 beats 3 negatives, 0.8 beats 3, 0.6 beats 0.3 and ties 0.6 (1.5): 7.5 of 9
    expect(valueOf(rocAuc(scores, labels))).toBeCloseTo(0.833333, 6);
  });

  it('worked example: pr-auc', () => {
    // thresholds 0.9: P 1/1, R 1/3; 0.8: P 2/2, R 2/3; 0.7: P 2/3, R 2/3; 0.6 (two items): P 3/5, R 3/3; 0.3: R unchanged
    // AP = 1/3 × 1 + 1/3 × 1 + 1/3 × 0.6 = 0.866667
    expect(valueOf(prAuc(scores, labels))).toBeCloseTo(0.866667, 6);
  });

  it('worked example: log loss', () => {
    // -[ln 0.9 + ln 0.8 + ln 0.3 + ln 0.6 + ln 0.4 + ln 0.7] / 6
    // = (0.1053605 + 0.2231436 + 1.2039728 + 0.5108256 + 0.9162907 + 0.3566749) / 6 = 3.3162681 / 6 = 0.5527114
    expect(valueOf(logLoss(scores, labels))).toBeCloseTo(0.552711, 6);
  });

  it('worked example: normalized cross-entropy', () => {
    // base rate 3/6 = 0.5; entropy = -(0.5 ln 0.5 + 0.5 ln 0.5) = ln 2 = 0.6931472; 0.5527114 / 0.6931472 = 0.797393
    expect(valueOf(normalizedCrossEntropy(scores, labels))).toBeCloseTo(0.797393, 5);
  });

  it('NCE uses the entropy of a skewed base rate', () => {
    // labels [1, 0, 0, 0], all predicted 0.25: log loss = -(ln 0.25 + 3 ln 0.75) / 4 = (1.3862944 + 0.8630462) / 4 = 0.5623351
    // entropy of 0.25 is the same number, so NCE = 1: predicting the base rate scores exactly 1
    expect(valueOf(normalizedCrossEntropy([0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0]))).toBeCloseTo(1, 10);
  });

  it('ROC-AUC is 1 for a perfect ranking, 0.5 when every score ties, and ignores the scale of scores', () => {
    expect(valueOf(rocAuc([3, 2, 1], [1, 0, 0]))).toBe(1);
    expect(valueOf(rocAuc([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0]))).toBe(0.5);
    expect(valueOf(rocAuc([12, -4, 7], [1, 0, 0]))).toBe(1);
  });

  it('clips a confident miss in log loss instead of returning Infinity', () => {
    // y = 1 with p = 0 is clipped to 1e-15: -ln(1e-15) = 34.538776
    expect(valueOf(logLoss([0], [1]))).toBeCloseTo(34.538776, 5);
  });

  it('rejects mismatched lengths, bad labels, out-of-range probabilities and one-class data', () => {
    expect(errorOf(rocAuc([0.1, 0.2], [1]))).toMatch(/The score list and the label list differ in length \(2 and 1 values\)/);
    expect(errorOf(rocAuc([0.1, 0.2], [1, 2]))).toMatch(/labels must be 0 or 1/);
    expect(errorOf(rocAuc([0.1, 0.2], [1, 1]))).toMatch(/at least one positive and one negative/);
    expect(errorOf(prAuc([0.1, 0.2], [0, 0]))).toMatch(/no positive labels/);
    expect(errorOf(logLoss([1.2, 0.5], [1, 0]))).toMatch(/between 0 and 1/);
    expect(errorOf(logLoss([-0.1], [0]))).toMatch(/between 0 and 1/);
    expect(errorOf(logLoss([], []))).toMatch(/empty/);
    expect(errorOf(normalizedCrossEntropy([0.2, 0.3], [0, 0]))).toMatch(/zero entropy/);
    expect(errorOf(rocAuc([Number.NaN, 0.2], [1, 0]))).toMatch(/not a number at position 1/);
  });
});

describe('calibration', () => {
  const probabilities = [0.1, 0.1, 0.3, 0.3, 0.7, 0.7, 0.9, 0.9];
  const labels = [0, 0, 0, 1, 1, 1, 1, 0];

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.calibration).toEqual({ probabilities, labels, bins: 5 });
  });

  it('worked example: expected calibration error', () => {
    // bins of width 0.2, two predictions each:
    // [0, 0.2): mean 0.1, observed 0/2 = 0, gap 0.1; [0.2, 0.4): 0.3 vs 1/2, gap 0.2
    // [0.6, 0.8): 0.7 vs 2/2, gap 0.3; [0.8, 1]: 0.9 vs 1/2, gap 0.4
    // ECE = 2/8 × (0.1 + 0.2 + 0.3 + 0.4) = 0.25
    expect(valueOf(expectedCalibrationError(probabilities, labels, 5))).toBeCloseTo(0.25, 10);
  });

  it('worked example: calibration ratio', () => {
    // mean prediction = (0.2 + 0.6 + 1.4 + 1.8) / 8 = 4 / 8 = 0.5; observed rate = 4 / 8 = 0.5; ratio 1
    expect(valueOf(calibrationRatio(probabilities, labels))).toBeCloseTo(1, 10);
  });

  it('puts a probability on a bin edge in the bin it opens, and 1 in the last bin', () => {
    // 10 bins: 0.3 opens [0.3, 0.4) (mean 0.3, observed 1, gap 0.7); 1.0 is in [0.9, 1] (gap 0)
    // ECE = 1/2 × 0.7 + 1/2 × 0 = 0.35
    expect(valueOf(expectedCalibrationError([0.3, 1], [1, 1]))).toBeCloseTo(0.35, 10);
  });

  it('calibration ratio above 1 means over-prediction', () => {
    // predictions sum to 1.2 against 1 positive: 1.2
    expect(valueOf(calibrationRatio([0.6, 0.6], [1, 0]))).toBeCloseTo(1.2, 10);
  });

  it('refuses no positives for the calibration ratio and bad bin counts', () => {
    expect(errorOf(calibrationRatio([0.2, 0.1], [0, 0]))).toMatch(/no positive labels/);
    expect(errorOf(expectedCalibrationError(probabilities, labels, 0))).toMatch(/bins/);
    expect(errorOf(expectedCalibrationError([0.5, 1.5], [1, 0]))).toMatch(/between 0 and 1/);
  });
});

describe('detection', () => {
  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.boxes).toEqual({ a: { x1: 0, y1: 0, x2: 4, y2: 3 }, b: { x1: 2, y1: 1, x2: 6, y2: 4 } });
    expect(metricExamples.detection.iouThreshold).toBe(0.5);
    expect(metricExamples.detection.groundTruths.map((truth) => truth.box)).toEqual([
      { x1: 0, y1: 0, x2: 10, y2: 10 },
      { x1: 20, y1: 20, x2: 30, y2: 30 },
      { x1: 40, y1: 0, x2: 50, y2: 10 },
    ]);
    expect(metricExamples.detection.detections.map(({ score, box }) => [score, box.x1, box.y1, box.x2, box.y2])).toEqual([
      [0.9, 1, 1, 11, 11],
      [0.8, 0, 0, 10, 10],
      [0.7, 21, 21, 31, 31],
      [0.6, 50, 50, 60, 60],
    ]);
  });

  it('worked example: iou', () => {
    // areas 4 × 3 = 12 and 4 × 3 = 12; overlap x in [2, 4], y in [1, 3]: 2 × 2 = 4; union 12 + 12 - 4 = 20; 4 / 20 = 0.2
    expect(valueOf(intersectionOverUnion(metricExamples.boxes.a, metricExamples.boxes.b))).toBeCloseTo(0.2, 12);
  });

  it('IoU is 0 for disjoint boxes and 1 for identical ones', () => {
    expect(valueOf(intersectionOverUnion({ x1: 0, y1: 0, x2: 1, y2: 1 }, { x1: 2, y1: 2, x2: 3, y2: 3 }))).toBe(0);
    expect(valueOf(intersectionOverUnion({ x1: 0, y1: 0, x2: 2, y2: 2 }, { x1: 0, y1: 0, x2: 2, y2: 2 }))).toBe(1);
  });

  it('worked example: detection map (all-point)', () => {
    // IoU(d1, g1): overlap 9 × 9 = 81, union 100 + 100 - 81 = 119: 0.68 → TP; P 1/1, R 1/3
    // d2 duplicates g1 (already matched) → FP; P 1/2, R 1/3
    // d3 on g2: IoU 81/119 → TP; P 2/3, R 2/3.  d4 overlaps nothing → FP; P 2/4, R 2/3
    // interpolated precision: 1 at recall 1/3, 2/3 at recall 2/3
    // all-point AP = 1/3 × 1 + 1/3 × 2/3 = 0.333333 + 0.222222 = 0.555556
    const { detections, groundTruths } = metricExamples.detection;
    expect(valueOf(detectionAveragePrecision(detections, groundTruths, { iouThreshold: 0.5 }))).toBeCloseTo(0.555556, 6);
  });

  it('worked example: detection map (11-point)', () => {
    // recall levels 0, 0.1, 0.2, 0.3 reach precision 1; 0.4, 0.5, 0.6 reach 2/3; 0.7 to 1.0 are never reached (0)
    // AP = (4 × 1 + 3 × 2/3) / 11 = 6 / 11 = 0.545455
    const { detections, groundTruths } = metricExamples.detection;
    expect(valueOf(detectionAveragePrecision(detections, groundTruths, { interpolation: 'eleven-point' }))).toBeCloseTo(0.545455, 6);
  });

  it('a stricter IoU threshold turns loose boxes into false positives', () => {
    // at 0.75 the loose boxes (IoU 0.68) miss; only d2, exactly on g1 (IoU 1), matches
    // FP (P 0/1, R 0), TP (P 1/2, R 1/3), FP (P 1/3), FP (P 1/4); AP = 1/3 × max(1/2, 1/3, 1/4) = 1/6 = 0.166667
    const { detections, groundTruths } = metricExamples.detection;
    expect(valueOf(detectionAveragePrecision(detections, groundTruths, { iouThreshold: 0.75 }))).toBeCloseTo(0.166667, 6);
  });

  it('matches boxes only within the same image', () => {
    const truth = [{ image: 'a', box: { x1: 0, y1: 0, x2: 10, y2: 10 } }];
    const detection = [{ image: 'b', score: 0.9, box: { x1: 0, y1: 0, x2: 10, y2: 10 } }];
    expect(valueOf(detectionAveragePrecision(detection, truth))).toBe(0);
  });

  it('rejects inverted boxes, no ground truth and a bad threshold', () => {
    expect(errorOf(intersectionOverUnion({ x1: 4, y1: 0, x2: 0, y2: 3 }, metricExamples.boxes.b))).toMatch(/Box A: x2 \(0\) must be greater than x1 \(4\)/);
    expect(errorOf(intersectionOverUnion(metricExamples.boxes.a, { x1: 0, y1: 0, x2: 1, y2: Number.NaN }))).toMatch(/Box B needs four numbers/);
    expect(errorOf(detectionAveragePrecision([], []))).toMatch(/no ground-truth boxes/);
    expect(errorOf(detectionAveragePrecision([], metricExamples.detection.groundTruths, { iouThreshold: 0 }))).toMatch(/IoU threshold/);
  });
});

describe('regression', () => {
  const actual = [100, 200, 300, 400];
  const predicted = [110, 190, 330, 360];

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.regression).toEqual({ actual, predicted });
  });

  it('worked example: mae', () => {
    // |errors| = 10, 10, 30, 40; 90 / 4 = 22.5
    expect(valueOf(meanAbsoluteError(actual, predicted))).toBeCloseTo(22.5, 12);
  });

  it('worked example: rmse', () => {
    // squares 100, 100, 900, 1600 = 2700; 2700 / 4 = 675; sqrt(675) = 25.980762
    expect(valueOf(rootMeanSquaredError(actual, predicted))).toBeCloseTo(25.980762, 6);
  });

  it('worked example: mape', () => {
    // 10/100 + 10/200 + 30/300 + 40/400 = 0.1 + 0.05 + 0.1 + 0.1 = 0.35; 100 × 0.35 / 4 = 8.75 (percent)
    expect(valueOf(meanAbsolutePercentageError(actual, predicted))).toBeCloseTo(8.75, 12);
  });

  it('refuses MAPE with a zero actual, mismatched lengths and empty lists', () => {
    expect(errorOf(meanAbsolutePercentageError([0, 1], [1, 1]))).toMatch(/position 1 is 0/);
    expect(errorOf(meanAbsoluteError([1, 2], [1]))).toMatch(/differ in length \(2 and 1 values\)/);
    expect(errorOf(rootMeanSquaredError([], []))).toMatch(/empty/);
  });
});

describe('the normal distribution', () => {
  it('matches the textbook values', () => {
    // Phi(0) = 0.5; Phi(1.96) = 0.9750021; Phi(-1) = 0.1586553
    expect(valueOf(normalCdf(0))).toBeCloseTo(0.5, 7);
    expect(valueOf(normalCdf(1.96))).toBeCloseTo(0.9750021, 6);
    expect(valueOf(normalCdf(-1))).toBeCloseTo(0.1586553, 6);
    // quantiles: 1.959964 for 0.975, 0.841621 for 0.8, -2.326348 for 0.01
    expect(valueOf(normalQuantile(0.975))).toBeCloseTo(1.959964, 5);
    expect(valueOf(normalQuantile(0.8))).toBeCloseTo(0.841621, 5);
    expect(valueOf(normalQuantile(0.01))).toBeCloseTo(-2.326348, 5);
  });

  it('keeps the leading digits of a far tail', () => {
    // 1 - Phi(6) = 9.8659e-10
    expect(1 - valueOf(normalCdf(6))).toBeGreaterThan(9.8e-10);
    expect(1 - valueOf(normalCdf(6))).toBeLessThan(9.95e-10);
  });

  it('refuses quantiles at 0 and 1 and a NaN z', () => {
    expect(errorOf(normalQuantile(0))).toMatch(/strictly between 0 and 1/);
    expect(errorOf(normalQuantile(1))).toMatch(/strictly between 0 and 1/);
    expect(errorOf(normalCdf(Number.NaN))).toMatch(/number/);
  });
});

describe('experiment statistics', () => {
  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.zTest).toEqual({ successesA: 200, trialsA: 10_000, successesB: 250, trialsB: 10_000 });
    expect(metricExamples.proportion).toEqual({ successes: 120, trials: 4_000 });
    expect(metricExamples.prevalence).toEqual({ successes: 30, trials: 20_000 });
    expect(metricExamples.sampleSize).toEqual({ baselineRate: 0.1, minimumDetectableEffect: 0.02, effect: 'absolute', alpha: 0.05, power: 0.8 });
  });

  it('worked example: two-proportion z-test', () => {
    // rates 0.02 and 0.025, difference 0.005; pooled 450 / 20,000 = 0.0225
    // pooled SE = sqrt(0.0225 × 0.9775 × 2 / 10,000) = sqrt(4.39875e-6) = 0.00209732
    // z = 0.005 / 0.00209732 = 2.38400; two-sided p = 2 × (1 - Phi(2.384)) = 0.01713
    const result = valueOf(twoProportionZTest(metricExamples.zTest));
    expect(result.difference).toBeCloseTo(0.005, 12);
    expect(result.z).toBeCloseTo(2.384, 3);
    expect(result.pValue).toBeCloseTo(0.01713, 4);
  });

  it('worked example: confidence interval of the difference', () => {
    // unpooled SE = sqrt(0.02 × 0.98 / 10,000 + 0.025 × 0.975 / 10,000) = sqrt(4.3975e-6) = 0.00209702
    // 95%: 0.005 ± 1.959964 × 0.00209702 = 0.005 ± 0.00411008 → [0.00088992, 0.00911008]
    const result = valueOf(twoProportionZTest(metricExamples.zTest));
    expect(result.ciLow).toBeCloseTo(0.00088992, 6);
    expect(result.ciHigh).toBeCloseTo(0.00911008, 6);
  });

  it('worked example: guardrail metrics', () => {
    expect(metricExamples.guardrail).toEqual({ test: { successesA: 400, trialsA: 500_000, successesB: 450, trialsB: 500_000 }, margin: 0.0002 });
    // rates 0.0008 and 0.0009, difference 0.0001; pooled 850 / 1,000,000 = 0.00085
    // pooled SE = sqrt(0.00085 × 0.99915 × 2 / 500,000) = sqrt(3.39711e-9) = 5.82847e-5; z = 0.0001 / 5.82847e-5 = 1.7157; p = 0.0862
    // unpooled SE = sqrt(0.0008 × 0.9992 / 500,000 + 0.0009 × 0.9991 / 500,000) = sqrt(3.3971e-9) = 5.82846e-5
    // 95% CI = 0.0001 ± 1.959964 × 5.82846e-5 = 0.0001 ± 0.000114236 → [-0.0000142, 0.0002142]: the upper bound passes the 0.0002 margin
    const result = valueOf(twoProportionZTest(metricExamples.guardrail.test));
    expect(result.z).toBeCloseTo(1.7157, 3);
    expect(result.pValue).toBeCloseTo(0.0862, 3);
    expect(result.ciLow).toBeCloseTo(-0.0000142, 6);
    expect(result.ciHigh).toBeCloseTo(0.0002142, 6);
    expect(result.ciHigh).toBeGreaterThan(metricExamples.guardrail.margin);
  });

  it('worked example: confidence interval', () => {
    // 120 / 4,000 = 0.03; SE = sqrt(0.03 × 0.97 / 4,000) = sqrt(7.275e-6) = 0.00269722
    // 95%: 0.03 ± 1.959964 × 0.00269722 = 0.03 ± 0.00528645 → [0.02471355, 0.03528645]
    const result = valueOf(proportionConfidenceInterval(120, 4_000));
    expect(result.rate).toBeCloseTo(0.03, 12);
    expect(result.low).toBeCloseTo(0.0247136, 6);
    expect(result.high).toBeCloseTo(0.0352864, 6);
  });

  it('worked example: prevalence', () => {
    // 30 / 20,000 = 0.0015; SE = sqrt(0.0015 × 0.9985 / 20,000) = sqrt(7.48875e-8) = 0.000273656
    // 95%: 0.0015 ± 1.959964 × 0.000273656 = 0.0015 ± 0.000536356 → [0.000963644, 0.002036356]
    const result = valueOf(proportionConfidenceInterval(30, 20_000));
    expect(result.rate).toBeCloseTo(0.0015, 12);
    expect(result.low).toBeCloseTo(0.000963644, 7);
    expect(result.high).toBeCloseTo(0.002036356, 7);
  });

  it('worked example: sample size', () => {
    // p1 = 0.10, p2 = 0.12; z = 1.959964 + 0.841621 = 2.801585; squared 7.848879
    // p1(1 - p1) + p2(1 - p2) = 0.09 + 0.1056 = 0.1956; n = 7.848879 × 0.1956 / 0.02² = 7.848879 × 489 = 3838.10 → 3,839
    const result = valueOf(sampleSizePerArm(metricExamples.sampleSize));
    expect(result.perArm).toBe(3839);
    expect(result.total).toBe(7678);
    expect(result.treatmentRate).toBeCloseTo(0.12, 12);
  });

  it('a relative MDE is a share of the baseline', () => {
    // 20% relative on 0.10 is the same 0.02 absolute lift: 3,839 again
    expect(valueOf(sampleSizePerArm({ ...metricExamples.sampleSize, minimumDetectableEffect: 0.2, effect: 'relative' })).perArm).toBe(3839);
  });

  it('halving the MDE roughly quadruples the sample', () => {
    // p2 = 0.11: 7.848879 × (0.09 + 0.0979) / 0.01² = 7.848879 × 1879 = 14,748.05 → 14,749 (3,839 × 4 = 15,356: a bit under 4x)
    expect(valueOf(sampleSizePerArm({ ...metricExamples.sampleSize, minimumDetectableEffect: 0.01 })).perArm).toBe(14749);
  });

  it('rejects impossible experiments and rates', () => {
    expect(errorOf(twoProportionZTest({ successesA: 0, trialsA: 100, successesB: 0, trialsB: 100 }))).toMatch(/pooled standard error is 0/);
    expect(errorOf(twoProportionZTest({ successesA: 120, trialsA: 100, successesB: 5, trialsB: 100 }))).toMatch(/more successes/);
    expect(errorOf(twoProportionZTest({ successesA: 1, trialsA: 0, successesB: 5, trialsB: 100 }))).toMatch(/0 trials/);
    expect(errorOf(twoProportionZTest({ successesA: -1, trialsA: 10, successesB: 5, trialsB: 100 }))).toMatch(/whole number/);
    expect(errorOf(twoProportionZTest(metricExamples.zTest, 1))).toMatch(/confidence level/);
    expect(errorOf(sampleSizePerArm({ ...metricExamples.sampleSize, baselineRate: 1.2 }))).toMatch(/baseline rate/);
    expect(errorOf(sampleSizePerArm({ ...metricExamples.sampleSize, minimumDetectableEffect: 0 }))).toMatch(/minimum detectable effect/);
    expect(errorOf(sampleSizePerArm({ ...metricExamples.sampleSize, minimumDetectableEffect: 0.95 }))).toMatch(/below 1/);
    expect(errorOf(sampleSizePerArm({ ...metricExamples.sampleSize, alpha: 0 }))).toMatch(/Alpha/);
    expect(errorOf(sampleSizePerArm({ ...metricExamples.sampleSize, power: 0.3 }))).toMatch(/Power/);
  });
});

describe('drift', () => {
  const baseline = [25, 25, 25, 25];
  const current = [10, 20, 30, 40];

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.histograms).toEqual({ baseline, current });
    expect(metricExamples.ks).toEqual({ sampleA: [1, 2, 3, 4, 5], sampleB: [3, 4, 5, 6, 7, 8] });
  });

  it('worked example: psi', () => {
    // shares 0.25 each vs 0.1, 0.2, 0.3, 0.4:
    // (0.1 - 0.25) ln 0.4 = 0.1374435; (0.2 - 0.25) ln 0.8 = 0.0111572; (0.3 - 0.25) ln 1.2 = 0.0091161; (0.4 - 0.25) ln 1.6 = 0.0705006
    // PSI = 0.2282174
    expect(valueOf(populationStabilityIndex(baseline, current))).toBeCloseTo(0.228217, 5);
  });

  it('shows the arithmetic of PSI in its steps, every number rounded the same way', () => {
    const result = populationStabilityIndex(baseline, current);
    expect(result.ok && result.steps).toEqual([
      'baseline shares: 0.25, 0.25, 0.25, 0.25',
      'current shares: 0.1, 0.2, 0.3, 0.4',
      'bin 1: (0.1 - 0.25) × ln(0.1 / 0.25) = 0.1374',
      'bin 2: (0.2 - 0.25) × ln(0.2 / 0.25) = 0.0112',
      'bin 3: (0.3 - 0.25) × ln(0.3 / 0.25) = 0.0091',
      'bin 4: (0.4 - 0.25) × ln(0.4 / 0.25) = 0.0705',
      'PSI = 0.2282: 0.1 to 0.25: moderate shift, investigate (rule of thumb)',
    ]);
  });

  it('worked example: kl divergence', () => {
    // D(current || baseline) = 0.1 ln 0.4 + 0.2 ln 0.8 + 0.3 ln 1.2 + 0.4 ln 1.6
    // = -0.0916291 - 0.0446287 + 0.0546965 + 0.1880019 = 0.1064406
    expect(valueOf(klDivergence(current, baseline))).toBeCloseTo(0.106441, 5);
  });

  it('PSI is the sum of the two KL divergences', () => {
    // D(baseline || current) = 0.25 (ln 2.5 + ln 1.25 + ln 0.833333 + ln 0.625) = 0.25 × 0.4871090 = 0.1217772; 0.1064406 + 0.1217772 = 0.2282178
    expect(valueOf(klDivergence(baseline, current))).toBeCloseTo(0.121777, 5);
    expect(valueOf(populationStabilityIndex(baseline, current))).toBeCloseTo(
      valueOf(klDivergence(current, baseline)) + valueOf(klDivergence(baseline, current)),
      12,
    );
  });

  it('worked example: ks statistic', () => {
    // F_A - F_B just after each value: x=2: 0.4 - 0; x=3: 0.6 - 1/6 = 0.4333; x=4: 0.8 - 2/6 = 0.4667; x=5: 1 - 3/6 = 0.5; x=6: 1 - 4/6
    // D = 0.5 at x = 5
    expect(valueOf(ksStatistic(metricExamples.ks.sampleA, metricExamples.ks.sampleB))).toBeCloseTo(0.5, 12);
  });

  it('identical histograms and samples show no drift; shares and counts give the same PSI', () => {
    expect(valueOf(populationStabilityIndex([1, 2, 3], [2, 4, 6]))).toBeCloseTo(0, 12);
    expect(valueOf(populationStabilityIndex([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]))).toBeCloseTo(0.228217, 5);
    expect(valueOf(ksStatistic([1, 2, 2, 3], [3, 2, 1, 2]))).toBe(0);
  });

  it('fills an empty bin with epsilon = 0.0001 instead of returning Infinity', () => {
    // baseline [0.5, 0.5, 0] vs current [0.5, 0.25, 0.25]; the empty baseline bin becomes 0.0001
    // (0.25 - 0.5) ln 0.5 + (0.25 - 0.0001) ln(0.25 / 0.0001) = 0.1732868 + 0.2499 × 7.8240460 = 0.1732868 + 1.9552291 = 2.1285159
    expect(valueOf(populationStabilityIndex([2, 2, 0], [2, 1, 1]))).toBeCloseTo(2.128516, 5);
  });

  it('rejects empty, negative, all-zero and mismatched histograms', () => {
    expect(errorOf(populationStabilityIndex([], []))).toMatch(/empty/);
    expect(errorOf(populationStabilityIndex([1, -1], [1, 1]))).toMatch(/negative/);
    expect(errorOf(populationStabilityIndex([0, 0], [1, 1]))).toMatch(/sums to 0/);
    expect(errorOf(populationStabilityIndex([1, 2, 3], [1, 2]))).toMatch(/differ in length \(3 and 2 values\)/);
    expect(errorOf(klDivergence([1, 2], [1, 2], 0))).toMatch(/epsilon/);
    expect(errorOf(klDivergence([1, 2, 3], [1, 2]))).toBe('Distribution Q and distribution P differ in length (2 and 3 values); they must pair up one to one.');
    expect(errorOf(ksStatistic([], [1]))).toMatch(/Sample A is empty/);
  });
});

describe('formatNumber', () => {
  it('rounds to four decimals, writes tiny values in exponent form and groups whole numbers from 1,000', () => {
    expect(formatNumber(0.833333333)).toBe('0.8333');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(0.0000123)).toBe('0.0000123');
    expect(formatNumber(14748)).toBe('14,748');
    expect(formatNumber(3839)).toBe('3,839');
    expect(formatNumber(999.5)).toBe('999.5');
    expect(formatNumber(-0.00001)).toBe('-0.0000100');
  });
});
