import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { metricExamples } from '@site/src/data/metricExamples';
import * as metrics from './metrics';
import {
  averagePrecision,
  baseRateEntropy,
  calibrationBin,
  calibrationRatio,
  clickThroughRate,
  cohensKappa,
  conversionRate,
  dcgAtK,
  detectionAveragePrecision,
  exactMatch,
  expectedCalibrationError,
  f1Score,
  fBetaScore,
  formatNumber,
  hitRateAtK,
  intersectionOverUnion,
  intervalCoverage,
  klDivergence,
  ksStatistic,
  logLoss,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanAveragePrecision,
  meanReciprocalRank,
  ndcgAtK,
  nonInferiorityTest,
  normalCdf,
  normalizeAnswer,
  normalizedCrossEntropy,
  normalizeLogLoss,
  normalQuantile,
  oneProportionSampleSize,
  pinballLoss,
  populationStabilityIndex,
  prAuc,
  precision,
  precisionAtK,
  proactiveRate,
  proportionConfidenceInterval,
  recall,
  recallAtK,
  reciprocalRank,
  retentionRate,
  rocAuc,
  rootMeanSquaredError,
  sampleSizePerArm,
  tokenF1,
  twoProportionZTest,
  watchTimePerUser,
  wilsonInterval,
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

  it('counts a query with no relevant item as AP 0 for MAP, as MRR and hit rate count it', () => {
    // AP = [1, 0]: MAP = 0.5, the same set of queries as MRR = 0.5 and hit rate = 0.5 above
    const result = meanAveragePrecision([[1], [0, 0]]);
    expect(valueOf(result)).toBe(0.5);
    expect(result.ok && result.steps.join(' ')).toMatch(/1 query has no relevant item in the list and counts as AP 0/);
  });

  it('rejects an empty query set and an empty query', () => {
    expect(errorOf(meanAveragePrecision([]))).toMatch(/no queries/);
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

  it('says a clipped probability was within 1e-15 of the edge, not only exactly 0 or 1', () => {
    // 1e-16 is not 0, but it is closer to 0 than the clip: it counts as clipped
    const result = logLoss([1e-16, 0.5], [1, 1]);
    expect(result.ok && result.steps[0]).toBe('1 probability closer than 1e-15 to 0 or 1 clipped to 1e-15 from the edge');
  });

  it('NCE can take the base rate from the training set, as He et al. (2014) do', () => {
    // log loss 0.5527114 (above); a training rate of 0.25 has entropy 0.5623351 (above): 0.5527114 / 0.5623351 = 0.982886
    expect(valueOf(normalizedCrossEntropy(scores, labels, 0.25))).toBeCloseTo(0.982886, 5);
    // with a given rate, one-class evaluation data is fine: labels [0, 0] at p = 0.5, rate 0.25:
    // log loss = -ln 0.5 = 0.6931472; 0.6931472 / 0.5623351 = 1.232622
    expect(valueOf(normalizedCrossEntropy([0.5, 0.5], [0, 0], 0.25))).toBeCloseTo(1.232622, 5);
    expect(errorOf(normalizedCrossEntropy(scores, labels, 1))).toMatch(/base rate must lie strictly between 0 and 1/);
  });

  it('worked example: the nce denominator', () => {
    expect(metricExamples.nceDenominator).toEqual({ rates: [0.01, 0.002], logLoss: 0.05 });
    // entropy of 0.01 = 0.01 × ln(100) + 0.99 × -ln(0.99) = 0.01 × 4.6051702 + 0.99 × 0.0100503 = 0.0460517 + 0.0099498 = 0.0560015
    expect(valueOf(baseRateEntropy(0.01))).toBeCloseTo(0.0560015, 6);
    // a log loss of 0.05 at that rate: 0.05 / 0.0560015 = 0.892833, only 11 percent better than predicting the rate
    expect(valueOf(normalizeLogLoss(0.05, 0.01))).toBeCloseTo(0.892833, 5);
    // entropy of 0.002 = 0.002 × 6.2146081 + 0.998 × 0.0020020 = 0.0124292 + 0.0019980 = 0.0144272; 0.05 / 0.0144272 = 3.465672
    expect(valueOf(baseRateEntropy(0.002))).toBeCloseTo(0.0144272, 6);
    expect(valueOf(normalizeLogLoss(0.05, 0.002))).toBeCloseTo(3.465672, 4);
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

  it('puts each probability in the bin its edges say, with no nudge across an edge', () => {
    // 0.57 × 100 is 56.99999999999999 in floating point, yet 0.57 opens bin 57 = [0.57, 0.58)
    expect(calibrationBin(0.57, 100)).toBe(57);
    // 0.29 × 100 is 28.999999999999996: bin 29
    expect(calibrationBin(0.29, 100)).toBe(29);
    // 0.19999999999 is below the edge 0.2, so it stays in [0, 0.2); 0.2 itself opens [0.2, 0.4)
    expect(calibrationBin(0.19999999999, 5)).toBe(0);
    expect(calibrationBin(0.2, 5)).toBe(1);
    // 0 opens the first bin, 1 closes the last
    expect(calibrationBin(0, 5)).toBe(0);
    expect(calibrationBin(1, 5)).toBe(4);
  });

  it('keeps a probability just under an edge out of the next bin when computing ECE', () => {
    // 5 bins: 0.19999999999 (label 0) in [0, 0.2): gap 0.2; 0.2 (label 1) in [0.2, 0.4): gap 0.8
    // ECE = 1/2 × 0.2 + 1/2 × 0.8 = 0.5 (a nudge of 1e-9 would pool both: mean 0.2, observed 0.5, ECE 0.3)
    expect(valueOf(expectedCalibrationError([0.19999999999, 0.2], [0, 1], 5))).toBeCloseTo(0.5, 9);
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

  it('matches as COCO does by default, and as the PASCAL VOC kit does on request; they differ where objects overlap', () => {
    // g1 (0,0)-(10,10) and g2 (2,0)-(12,10) overlap. d1 sits exactly on g1 (IoU 1): TP for both rules.
    // d2 (0.5,0)-(10.5,10): IoU with g1 = 95 / 105 = 0.904762, with g2 = 85 / 115 = 0.739130
    // COCO: g1 is taken, so d2 takes g2 (0.739 ≥ 0.5): TP; recall 1 at precision 1, AP = 1
    // VOC: d2's best box is g1, already matched: a duplicate, FP; AP = 1/2 × 1 = 0.5
    const truths = [
      { image: 'a', box: { x1: 0, y1: 0, x2: 10, y2: 10 } },
      { image: 'a', box: { x1: 2, y1: 0, x2: 12, y2: 10 } },
    ];
    const detected = [
      { image: 'a', score: 0.9, box: { x1: 0, y1: 0, x2: 10, y2: 10 } },
      { image: 'a', score: 0.8, box: { x1: 0.5, y1: 0, x2: 10.5, y2: 10 } },
    ];
    expect(valueOf(detectionAveragePrecision(detected, truths))).toBe(1);
    const voc = detectionAveragePrecision(detected, truths, { matching: 'voc' });
    expect(valueOf(voc)).toBe(0.5);
    expect(voc.ok && voc.steps[2]).toMatch(/best IoU 0.9048 is with ground truth 1, already matched: a duplicate, FP/);
    expect(errorOf(detectionAveragePrecision(detected, truths, { matching: 'pascal' as never }))).toMatch(/"coco" or "voc"/);
  });

  it('gives the same AP under both matching rules on the worked example', () => {
    const { detections, groundTruths } = metricExamples.detection;
    expect(valueOf(detectionAveragePrecision(detections, groundTruths, { matching: 'voc' }))).toBeCloseTo(0.555556, 6);
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

  it('worked example: mae on intermittent demand', () => {
    expect(metricExamples.intermittent).toEqual({ actual: [0, 0, 0, 8], zeroForecast: [0, 0, 0, 0], meanForecast: [2, 2, 2, 2] });
    // all zeros: (0 + 0 + 0 + 8) / 4 = 2; the mean, 2 each time: (2 + 2 + 2 + 6) / 4 = 3. MAE prefers the forecast that never stocks anything.
    const { actual, zeroForecast, meanForecast } = metricExamples.intermittent;
    expect(valueOf(meanAbsoluteError(actual, zeroForecast))).toBe(2);
    expect(valueOf(meanAbsoluteError(actual, meanForecast))).toBe(3);
  });

  it('worked example: mape prefers a low forecast', () => {
    expect(metricExamples.mapeBias).toEqual({ actual: [50, 150], lowForecast: [50, 50], meanForecast: [100, 100] });
    const { actual, lowForecast, meanForecast } = metricExamples.mapeBias;
    // 50 each time: (0/50 + 100/150) / 2 = 0.333333 → 33.3333%; 100 each time: (50/50 + 50/150) / 2 = 0.666667 → 66.6667%
    expect(valueOf(meanAbsolutePercentageError(actual, lowForecast))).toBeCloseTo(33.333333, 5);
    expect(valueOf(meanAbsolutePercentageError(actual, meanForecast))).toBeCloseTo(66.666667, 5);
  });

  it('worked example: pinball loss', () => {
    expect(metricExamples.quantile).toEqual({ tau: 0.9, p90: [150, 230, 290, 480] });
    // P90 forecast: 100 < 150: 0.1 × 50 = 5; 200 < 230: 0.1 × 30 = 3; 300 ≥ 290: 0.9 × 10 = 9; 400 < 480: 0.1 × 80 = 8; 25 / 4 = 6.25
    expect(valueOf(pinballLoss(actual, metricExamples.quantile.p90, 0.9))).toBeCloseTo(6.25, 12);
    // the point forecast at tau 0.9: 0.1 × 10 = 1; 0.9 × 10 = 9; 0.1 × 30 = 3; 0.9 × 40 = 36; 49 / 4 = 12.25
    expect(valueOf(pinballLoss(actual, predicted, 0.9))).toBeCloseTo(12.25, 12);
  });

  it('pinball loss at tau 0.5 is half the MAE', () => {
    // 0.5 × (10 + 10 + 30 + 40) / 4 = 0.5 × 22.5 = 11.25
    expect(valueOf(pinballLoss(actual, predicted, 0.5))).toBeCloseTo(11.25, 12);
    expect(errorOf(pinballLoss(actual, predicted, 1))).toMatch(/quantile level tau/);
  });

  it('worked example: interval coverage', () => {
    expect(metricExamples.intervals).toEqual({ lower: [80, 150, 310, 350], upper: [130, 260, 380, 450], nominal: 0.8 });
    const { lower, upper, nominal } = metricExamples.intervals;
    // 100 in [80, 130], 200 in [150, 260], 300 not in [310, 380], 400 in [350, 450]: 3 / 4 = 0.75
    // widths 50 + 110 + 70 + 100 = 330; 330 / 4 = 82.5
    // interval score, alpha = 0.2: 50, 110, 70 + (2 / 0.2) × 10 = 170, 100; 430 / 4 = 107.5
    const result = valueOf(intervalCoverage(actual, lower, upper, nominal));
    expect(result.coverage).toBe(0.75);
    expect(result.meanWidth).toBeCloseTo(82.5, 12);
    expect(result.intervalScore).toBeCloseTo(107.5, 9);
  });

  it('refuses an interval whose lower bound is above its upper bound', () => {
    expect(errorOf(intervalCoverage([1, 2], [0, 3], [2, 2.5], 0.8))).toMatch(/Interval 2 has its lower bound \(3\) above its upper bound \(2.5\)/);
    expect(errorOf(intervalCoverage([1, 2], [0], [2, 3], 0.8))).toMatch(/differ in length/);
  });
});

describe('generated answers and rater agreement', () => {
  const { predictions, references } = metricExamples.answers;

  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.answers).toEqual({
      predictions: ['Paris', 'the Eiffel Tower', 'engineer Gustave Eiffel', 'not in 1889'],
      references: ['Paris', 'Eiffel Tower', 'Gustave Eiffel', '1889'],
    });
    expect(metricExamples.judgeAgreement).toEqual([
      [60, 15],
      [5, 20],
    ]);
  });

  it('normalizes answers as the SQuAD script does', () => {
    expect(normalizeAnswer('  The Eiffel   Tower! ')).toBe('eiffel tower');
    expect(normalizeAnswer("Eiffel's tower, an icon")).toBe('eiffels tower icon');
  });

  it('worked example: exact match', () => {
    // "paris" = "paris"; "eiffel tower" = "eiffel tower" (article dropped); "engineer gustave eiffel" ≠ "gustave eiffel"; "not in 1889" ≠ "1889"
    // 2 / 4 = 0.5
    expect(valueOf(exactMatch(predictions, references))).toBe(0.5);
  });

  it('worked example: token f1', () => {
    // 1; 1; 2 shared of 3 and 2 tokens: 2 × 2 / (3 + 2) = 0.8; 1 shared of 3 and 1: 2 × 1 / (3 + 1) = 0.5
    // (1 + 1 + 0.8 + 0.5) / 4 = 3.3 / 4 = 0.825
    expect(valueOf(tokenF1(predictions, references))).toBeCloseTo(0.825, 12);
  });

  it('scores a prediction against its best acceptable answer', () => {
    // "gustave eiffel" matches the second answer exactly; F1 against "eiffel" alone would be 2 × 1 / (2 + 1) = 0.666667
    expect(valueOf(exactMatch(['Gustave Eiffel'], [['Eiffel', 'Gustave Eiffel']]))).toBe(1);
    expect(valueOf(tokenF1(['Gustave Eiffel'], [['Eiffel']]))).toBeCloseTo(0.666667, 6);
    // repeated tokens count as often as both sides hold them: "the the paris" → "paris" after articles go
    expect(valueOf(tokenF1(['paris paris'], ['paris']))).toBeCloseTo(0.666667, 6);
  });

  it('gives token F1 1 when both answers are empty and 0 when one is', () => {
    expect(valueOf(tokenF1(['the'], ['']))).toBe(1);
    expect(valueOf(tokenF1([''], ['Paris']))).toBe(0);
  });

  it('worked example: cohens kappa', () => {
    // 100 items; diagonal 60 + 20 = 80: p_o = 0.8
    // judge says good 75/100, humans 65/100: p_e = 0.75 × 0.65 + 0.25 × 0.35 = 0.4875 + 0.0875 = 0.575
    // kappa = (0.8 - 0.575) / (1 - 0.575) = 0.225 / 0.425 = 0.529412
    const result = valueOf(cohensKappa(metricExamples.judgeAgreement));
    expect(result.observed).toBeCloseTo(0.8, 12);
    expect(result.expected).toBeCloseTo(0.575, 12);
    expect(result.kappa).toBeCloseTo(0.529412, 6);
  });

  it('kappa is 1 for perfect agreement and 0 for agreement at chance', () => {
    expect(
      valueOf(
        cohensKappa([
          [5, 0],
          [0, 5],
        ]),
      ).kappa,
    ).toBe(1);
    // shares 0.5 and 0.5 on both sides: p_e = 0.5; p_o = 0.5
    expect(
      valueOf(
        cohensKappa([
          [25, 25],
          [25, 25],
        ]),
      ).kappa,
    ).toBe(0);
  });

  it('refuses mismatched answers and tables that are not square or are degenerate', () => {
    expect(errorOf(exactMatch(['a', 'b'], ['a']))).toMatch(/differ in length \(2 and 1 values\)/);
    expect(errorOf(tokenF1([1 as never], ['a']))).toMatch(/Prediction 1 is not text/);
    expect(errorOf(exactMatch(['a'], [[]]))).toMatch(/Reference 1 must be text or a non-empty list/);
    expect(
      errorOf(
        cohensKappa([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ).toMatch(/must be square/);
    expect(
      errorOf(
        cohensKappa([
          [4, 0],
          [0, 0],
        ]),
      ),
    ).toMatch(/chance agreement is 1/);
    expect(
      errorOf(
        cohensKappa([
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toMatch(/no items/);
  });
});

describe('online product and integrity rates', () => {
  it('worked example: the inputs are the ones the page uses', () => {
    expect(metricExamples.ctr).toEqual({ clicks: 120, impressions: 4_000 });
    expect(metricExamples.conversion).toEqual({ conversions: 36, visits: 1_200 });
    expect(metricExamples.watchTime).toEqual([1_200, 0, 600]);
    expect(metricExamples.retention).toEqual({ day: 7, active: 4_200, cohort: 10_000 });
    expect(metricExamples.proactive).toEqual({ foundBeforeReport: 9_400, actioned: 10_000 });
  });

  it('worked example: ctr', () => {
    // 120 / 4,000 = 0.03
    expect(valueOf(clickThroughRate(120, 4_000))).toBeCloseTo(0.03, 12);
  });

  it('worked example: conversion rate', () => {
    // 36 / 1,200 = 0.03
    expect(valueOf(conversionRate(36, 1_200))).toBeCloseTo(0.03, 12);
  });

  it('worked example: watch time', () => {
    // (1,200 + 0 + 600) / 3 = 600 per assigned user; 1,800 / 2 = 900 per watcher
    const result = valueOf(watchTimePerUser(metricExamples.watchTime));
    expect(result).toEqual({ perUser: 600, perWatcher: 900, watchers: 2 });
  });

  it('worked example: retention', () => {
    // 4,200 / 10,000 = 0.42
    expect(valueOf(retentionRate(4_200, 10_000))).toBeCloseTo(0.42, 12);
  });

  it('worked example: proactive rate', () => {
    // 9,400 / 10,000 = 0.94
    expect(valueOf(proactiveRate(9_400, 10_000))).toBeCloseTo(0.94, 12);
  });

  it('refuses a share above 1, an empty denominator and a negative watch time', () => {
    expect(errorOf(clickThroughRate(5, 4))).toMatch(/more clicks \(5\) than impressions \(4\)/);
    expect(errorOf(retentionRate(0, 0))).toMatch(/no users in the cohort/);
    expect(errorOf(watchTimePerUser([10, -1]))).toMatch(/negative/);
  });
});

describe('untyped input gets an error, never a throw', () => {
  // Each metric with valid arguments; each position is then replaced by values the types forbid,
  // as parsed JSON or a calculator field could deliver them. `accepts` lists the few that are valid there.
  const valid: Record<string, { call: (...args: never[]) => MetricResult<unknown>; args: unknown[]; accepts?: Record<number, unknown[]> }> = {
    precision: { call: metrics.precision, args: [metricExamples.confusionMatrix] },
    recall: { call: metrics.recall, args: [metricExamples.confusionMatrix] },
    f1Score: { call: metrics.f1Score, args: [metricExamples.confusionMatrix] },
    fBetaScore: { call: metrics.fBetaScore, args: [metricExamples.confusionMatrix, 2] },
    precisionAtK: { call: metrics.precisionAtK, args: [[0, 1], 2] },
    recallAtK: { call: metrics.recallAtK, args: [[0, 1], 2, 1], accepts: { 2: [undefined] } },
    hitRateAtK: { call: metrics.hitRateAtK, args: [[[0, 1]], 2] },
    reciprocalRank: { call: metrics.reciprocalRank, args: [[0, 1]] },
    meanReciprocalRank: { call: metrics.meanReciprocalRank, args: [[[0, 1]]] },
    averagePrecision: { call: metrics.averagePrecision, args: [[0, 1], 1], accepts: { 1: [undefined] } },
    meanAveragePrecision: { call: metrics.meanAveragePrecision, args: [[[0, 1]]] },
    dcgAtK: { call: metrics.dcgAtK, args: [[0, 1], 2, 'linear'] },
    ndcgAtK: { call: metrics.ndcgAtK, args: [[0, 1], 2, 'linear', [1, 0]], accepts: { 3: [undefined] } },
    rocAuc: {
      call: metrics.rocAuc,
      args: [
        [0.2, 0.8],
        [0, 1],
      ],
    },
    prAuc: {
      call: metrics.prAuc,
      args: [
        [0.2, 0.8],
        [0, 1],
      ],
    },
    logLoss: {
      call: metrics.logLoss,
      args: [
        [0.2, 0.8],
        [0, 1],
      ],
    },
    baseRateEntropy: { call: metrics.baseRateEntropy, args: [0.1] },
    normalizeLogLoss: { call: metrics.normalizeLogLoss, args: [0.05, 0.1] },
    normalizedCrossEntropy: { call: metrics.normalizedCrossEntropy, args: [[0.2, 0.8], [0, 1], 0.5], accepts: { 2: [undefined] } },
    expectedCalibrationError: { call: metrics.expectedCalibrationError, args: [[0.2, 0.8], [0, 1], 5], accepts: { 2: [undefined] } },
    calibrationRatio: {
      call: metrics.calibrationRatio,
      args: [
        [0.2, 0.8],
        [0, 1],
      ],
    },
    intersectionOverUnion: { call: metrics.intersectionOverUnion, args: [metricExamples.boxes.a, metricExamples.boxes.b] },
    detectionAveragePrecision: {
      call: metrics.detectionAveragePrecision,
      args: [metricExamples.detection.detections, metricExamples.detection.groundTruths, { iouThreshold: 0.5 }],
      // no detections at all is a valid (if poor) detector; options without known keys take the defaults
      accepts: { 0: [[]], 2: [undefined, {}, { box: null }] },
    },
    meanAbsoluteError: {
      call: metrics.meanAbsoluteError,
      args: [
        [1, 2],
        [1, 3],
      ],
    },
    rootMeanSquaredError: {
      call: metrics.rootMeanSquaredError,
      args: [
        [1, 2],
        [1, 3],
      ],
    },
    meanAbsolutePercentageError: {
      call: metrics.meanAbsolutePercentageError,
      args: [
        [1, 2],
        [1, 3],
      ],
    },
    pinballLoss: { call: metrics.pinballLoss, args: [[1, 2], [1, 3], 0.9] },
    intervalCoverage: { call: metrics.intervalCoverage, args: [[1, 2], [0, 1], [2, 3], 0.8] },
    exactMatch: { call: metrics.exactMatch, args: [['a'], ['a']] },
    tokenF1: { call: metrics.tokenF1, args: [['a'], ['a']] },
    cohensKappa: {
      call: metrics.cohensKappa,
      args: [
        [
          [1, 0],
          [0, 1],
        ],
      ],
    },
    clickThroughRate: { call: metrics.clickThroughRate, args: [1, 2] },
    conversionRate: { call: metrics.conversionRate, args: [1, 2] },
    retentionRate: { call: metrics.retentionRate, args: [1, 2] },
    proactiveRate: { call: metrics.proactiveRate, args: [1, 2] },
    watchTimePerUser: { call: metrics.watchTimePerUser, args: [[1, 0]] },
    normalCdf: { call: metrics.normalCdf, args: [1], accepts: { 0: [-1] } },
    normalQuantile: { call: metrics.normalQuantile, args: [0.9] },
    twoProportionZTest: { call: metrics.twoProportionZTest, args: [metricExamples.zTest, 0.95], accepts: { 1: [undefined] } },
    proportionConfidenceInterval: { call: metrics.proportionConfidenceInterval, args: [1, 10, 0.95], accepts: { 2: [undefined] } },
    wilsonInterval: { call: metrics.wilsonInterval, args: [1, 10, 0.95], accepts: { 2: [undefined] } },
    sampleSizePerArm: { call: metrics.sampleSizePerArm, args: [metricExamples.sampleSize] },
    oneProportionSampleSize: { call: metrics.oneProportionSampleSize, args: [metricExamples.oneSampleSize] },
    nonInferiorityTest: { call: metrics.nonInferiorityTest, args: [metricExamples.guardrail.test, 0.0002, 0.025] },
    populationStabilityIndex: { call: metrics.populationStabilityIndex, args: [[1, 2], [2, 1], 1e-4], accepts: { 2: [undefined] } },
    klDivergence: { call: metrics.klDivergence, args: [[1, 2], [2, 1], 1e-4], accepts: { 2: [undefined] } },
    ksStatistic: {
      call: metrics.ksStatistic,
      args: [
        [1, 2],
        [2, 3],
      ],
    },
  };
  const untyped: unknown[] = [undefined, null, Number.NaN, -1, 'text', true, {}, [], [null], [[null]], [{}], { box: null }, [{ image: 'a', box: null, score: 1 }]];

  it('covers every exported function that returns a MetricResult', () => {
    // formatNumber, psiBand and calibrationBin return plain values for trusted callers; everything else is a metric.
    const exported = Object.entries(metrics)
      .filter(([name, value]) => typeof value === 'function' && !['formatNumber', 'psiBand', 'calibrationBin', 'normalizeAnswer'].includes(name))
      .map(([name]) => name)
      .sort();
    expect(Object.keys(valid).sort()).toEqual(exported);
  });

  it.each(Object.entries(valid))('%s', (_, { call, args, accepts = {} }) => {
    const fn = call as (...values: unknown[]) => MetricResult<unknown>;
    expect(fn(...args).ok, 'the valid arguments must succeed').toBe(true);
    args.forEach((_, position) => {
      for (const value of untyped) {
        const input = args.map((arg, i) => (i === position ? value : arg));
        let result: MetricResult<unknown> | undefined;
        expect(() => (result = fn(...input)), `argument ${position + 1} = ${JSON.stringify(value)}`).not.toThrow();
        if (result?.ok === false) expect(result.error).toMatch(/\w{3,}/);
        if (result?.ok && !(accepts[position] ?? []).some((accepted) => isDeepStrictEqual(accepted, value))) {
          throw new Error(`argument ${position + 1} = ${JSON.stringify(value)} was accepted`);
        }
      }
    });
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
    expect(metricExamples.ctr).toEqual({ clicks: 120, impressions: 4_000 });
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
    expect(metricExamples.guardrail).toEqual({
      test: { successesA: 400, trialsA: 500_000, successesB: 450, trialsB: 500_000 },
      margin: 0.0002,
      alphas: [0.025, 0.05],
    });
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

  it('worked example: non-inferiority at one-sided 2.5 and 5 percent', () => {
    // unpooled SE = 5.828465e-5 (above)
    // alpha 0.025: z = 1.959964; 0.0001 + 1.959964 × 5.828465e-5 = 0.0001 + 0.000114236 = 0.000214236 > 0.0002: blocks
    // alpha 0.05: z = 1.644854; 0.0001 + 1.644854 × 5.828465e-5 = 0.0001 + 0.0000958697 = 0.000195870 ≤ 0.0002: passes
    const { test, margin } = metricExamples.guardrail;
    const strict = valueOf(nonInferiorityTest(test, margin, 0.025));
    expect(strict.upperBound).toBeCloseTo(0.000214236, 8);
    expect(strict.passes).toBe(false);
    const lenient = valueOf(nonInferiorityTest(test, margin, 0.05));
    expect(lenient.upperBound).toBeCloseTo(0.00019587, 8);
    expect(lenient.passes).toBe(true);
    // alpha 0.025 reads the same bound as the upper end of the two-sided 95% interval
    expect(strict.upperBound).toBeCloseTo(valueOf(twoProportionZTest(test)).ciHigh, 12);
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

  it('worked example: wilson interval', () => {
    // 30 / 20,000: z² = 1.959964² = 3.841459; z² / n = 0.000192073
    // center = (0.0015 + 3.841459 / 40,000) / 1.000192073 = 0.001596036 / 1.000192073 = 0.00159573
    // half-width = (1.959964 / 1.000192073) × sqrt(0.0015 × 0.9985 / 20,000 + 3.841459 / (4 × 20,000²))
    //            = 1.959588 × sqrt(7.48875e-8 + 2.40091e-9) = 1.959588 × 0.000278008 = 0.00054478
    // → [0.00105095, 0.00214051], shifted up from Wald's [0.00096364, 0.00203636]
    const result = valueOf(wilsonInterval(30, 20_000));
    expect(result.center).toBeCloseTo(0.00159573, 8);
    expect(result.low).toBeCloseTo(0.00105095, 8);
    expect(result.high).toBeCloseTo(0.00214051, 8);
  });

  it('wilson keeps a real interval where wald collapses: nothing found in 100', () => {
    expect(metricExamples.noEvents).toEqual({ successes: 0, trials: 100 });
    // Wald: 0 ± 1.96 × sqrt(0 × 1 / 100) = [0, 0], and its steps say so
    const wald = proportionConfidenceInterval(0, 100);
    expect(valueOf(wald).high).toBe(0);
    expect(wald.ok && wald.steps.at(-1)).toMatch(/collapses to the single point 0.*use the Wilson interval/);
    // Wilson at 0 successes: [0, z² / (n + z²)] = [0, 3.841459 / 103.841459] = [0, 0.0369935]
    const wilson = valueOf(wilsonInterval(0, 100));
    expect(wilson.low).toBe(0);
    expect(wilson.high).toBeCloseTo(0.0369935, 7);
  });

  it('warns in the Wald steps when successes are few, not when there are plenty', () => {
    // 3 of 100: fewer than 10 successes
    const few = proportionConfidenceInterval(3, 100);
    expect(few.ok && few.steps.at(-1)).toMatch(/only 3 successes: .*prefer the Wilson interval/);
    // 97 of 100: 3 failures
    const fewFailures = proportionConfidenceInterval(97, 100);
    expect(fewFailures.ok && fewFailures.steps.at(-1)).toMatch(/only 3 failures/);
    const plenty = proportionConfidenceInterval(120, 4_000);
    expect(plenty.ok && plenty.steps.join(' ')).not.toMatch(/Wilson/);
  });

  it('worked example: one-sample size', () => {
    expect(metricExamples.oneSampleSize).toEqual({ rate: 0.0015, margin: 0.0003, confidenceLevel: 0.95 });
    // 1.959964² × 0.0015 × 0.9985 / 0.0003² = 3.841459 × 0.00149775 / 9e-8 = 0.00575354 / 9e-8 = 63,928.3 → 63,929
    expect(valueOf(oneProportionSampleSize(metricExamples.oneSampleSize))).toBe(63929);
  });

  it('the one-sample size is largest at a rate of 0.5', () => {
    // 1.959964² × 0.25 / 0.05² = 3.841459 × 100 = 384.15 → 385, the familiar "385 for ±5 points"
    expect(valueOf(oneProportionSampleSize({ rate: 0.5, margin: 0.05, confidenceLevel: 0.95 }))).toBe(385);
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
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-1234567.00001)).toBe('-1,234,567');
    expect(formatNumber(100000)).toBe('100,000');
    expect(formatNumber(-999)).toBe('-999');
    expect(formatNumber(999.5)).toBe('999.5');
    expect(formatNumber(-0.00001)).toBe('-0.0000100');
  });
});
