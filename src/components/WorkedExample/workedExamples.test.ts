import { describe, expect, it } from 'vitest';
import { metricExamples as ex } from '@site/src/data/metricExamples';
import {
  calibrationRatio,
  cohensKappa,
  expectedCalibrationError,
  f1Score,
  fBetaScore,
  intervalCoverage,
  klDivergence,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  nonInferiorityTest,
  normalizeLogLoss,
  pinballLoss,
  populationStabilityIndex,
  precision,
  proportionConfidenceInterval,
  recall,
  rootMeanSquaredError,
  twoProportionZTest,
  watchTimePerUser,
  wilsonInterval,
  type MetricResult,
} from '@site/src/lib/metrics';
import { exampleValues, isExampleValueId, isWorkedExampleId, workedExamples } from './workedExamples';

function valueOf<T>(result: MetricResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the worked examples the page renders', () => {
  it('hold the steps of the tested functions for the page inputs', () => {
    // precision = 40 / 50 by hand
    expect(workedExamples.precision).toEqual(['precision = TP / (TP + FP) = 40 / (40 + 10) = 40 / 50 = 0.8']);
    expect(isWorkedExampleId('precision')).toBe(true);
    expect(isWorkedExampleId('no-such-metric')).toBe(false);
    expect(isExampleValueId('sample-size.per-arm')).toBe(true);
    expect(isExampleValueId('toString')).toBe(false);
  });

  it('formats the cited numbers the way the page reads them, checked by hand', () => {
    expect(exampleValues['cm.items']).toBe('1,000'); // 40 + 10 + 20 + 930
    expect(exampleValues['regression.errors']).toBe('+10, −10, +30 and −40'); // 110 - 100, 190 - 200, 330 - 300, 360 - 400
    expect(exampleValues['guardrail.control-rate']).toBe('0.08'); // 400 / 500,000 = 0.0008 = 0.08 percent
    expect(exampleValues['guardrail.margin-points']).toBe('0.02'); // 0.0002 = 0.02 percentage points
    expect(exampleValues['ci.relative-low']).toBe('4.4'); // 0.00088992 / 0.02 = 4.45 percent
    expect(exampleValues['ci.relative-high']).toBe('45.6'); // 0.00911008 / 0.02 = 45.55 percent
    expect(exampleValues['prevalence.wilson-precise']).toBe('0.105 to 0.214'); // [0.00105095, 0.00214051]
    expect(exampleValues['no-events.wilson-high']).toBe('3.7'); // 3.841459 / 103.841459 = 0.0369935
    expect(exampleValues['sample-size.relative-mde']).toBe('20'); // 0.02 / 0.10
    expect(exampleValues['kappa.value']).toBe('0.53'); // 0.225 / 0.425 = 0.5294
  });

  it('every worked example has at least one step', () => {
    expect(Object.entries(workedExamples).filter(([, steps]) => steps.length === 0)).toEqual([]);
  });
});

// Each test below pins a sentence of docs/reference/metrics.mdx that reads the numbers:
// change the inputs so that the sentence turns false, and the test names it.
describe('what the page says about its worked examples holds for the module', () => {
  it('"F-beta comes out lower than F1 because recall, the weaker side here, counts more"', () => {
    const cm = ex.confusionMatrix;
    expect(valueOf(recall(cm))).toBeLessThan(valueOf(precision(cm)));
    expect(ex.fBeta).toBeGreaterThan(1);
    expect(valueOf(fBetaScore(cm, ex.fBeta))).toBeLessThan(valueOf(f1Score(cm)));
  });

  it('"at the first rate that log loss removes only a little of the uncertainty; at the second it is worse than predicting the rate"', () => {
    const [low, rarer] = ex.nceDenominator.rates as unknown as [number, number];
    const first = valueOf(normalizeLogLoss(ex.nceDenominator.logLoss, low));
    expect(first).toBeLessThan(1);
    expect(first).toBeGreaterThan(0.8);
    expect(valueOf(normalizeLogLoss(ex.nceDenominator.logLoss, rarer))).toBeGreaterThan(1);
  });

  it('"too low in the two middle bins and too high in the two outer ones"', () => {
    const { probabilities, labels, bins } = ex.calibration;
    const result = expectedCalibrationError(probabilities, labels, bins);
    const gaps = (result.ok ? result.steps : [])
      .filter((step) => step.startsWith('bin '))
      .map((step) => {
        const [, mean, observed] = /mean prediction ([\d.]+), observed rate ([\d.]+)/.exec(step) ?? [];
        return Number(observed) - Number(mean);
      });
    // observed minus predicted: negative where predictions are too high
    expect(gaps.map(Math.sign)).toEqual([-1, 1, 1, -1]);
  });

  it('"the ratio is perfect while ECE is far from zero"', () => {
    const { probabilities, labels, bins } = ex.calibration;
    expect(valueOf(calibrationRatio(probabilities, labels))).toBeCloseTo(1, 12);
    expect(valueOf(expectedCalibrationError(probabilities, labels, bins))).toBeGreaterThan(0.1);
  });

  it('"the forecast of zero scores better" on MAE, and "MAPE prefers the low forecast"', () => {
    const { actual, zeroForecast, meanForecast } = ex.intermittent;
    expect(valueOf(meanAbsoluteError(actual, zeroForecast))).toBeLessThan(valueOf(meanAbsoluteError(actual, meanForecast)));
    const bias = ex.mapeBias;
    expect(valueOf(meanAbsolutePercentageError(bias.actual, bias.lowForecast))).toBeLessThan(valueOf(meanAbsolutePercentageError(bias.actual, bias.meanForecast)));
  });

  it('"RMSE comes out above MAE"', () => {
    const { actual, predicted } = ex.regression;
    expect(valueOf(rootMeanSquaredError(actual, predicted))).toBeGreaterThan(valueOf(meanAbsoluteError(actual, predicted)));
  });

  it('"the point predictions lose at this level although their absolute errors are smaller"', () => {
    const { actual, predicted } = ex.regression;
    const { p90, tau } = ex.quantile;
    expect(valueOf(pinballLoss(actual, predicted, tau))).toBeGreaterThan(valueOf(pinballLoss(actual, p90, tau)));
    expect(valueOf(meanAbsoluteError(actual, predicted))).toBeLessThan(valueOf(meanAbsoluteError(actual, p90)));
  });

  it('"the intervals look slightly narrow": coverage below nominal, with one miss', () => {
    const result = valueOf(intervalCoverage(ex.regression.actual, ex.intervals.lower, ex.intervals.upper, ex.intervals.nominal));
    expect(result.coverage).toBeLessThan(ex.intervals.nominal);
    expect(result.coverage * ex.regression.actual.length).toBe(ex.regression.actual.length - 1);
  });

  it('"the one with an extra word is right and gets no exact match; the one that negates the reference gets half credit"', () => {
    expect(workedExamples['exact-match'][2]).toMatch(/no match$/);
    expect(workedExamples['token-f1'][3]).toMatch(/F1 = .* = 0\.5$/);
  });

  it('"kappa is only moderate", "most of the disagreement sits in one cell, answers the judge calls good and the humans bad"', () => {
    const { kappa, observed } = valueOf(cohensKappa(ex.judgeAgreement));
    // Landis and Koch's "moderate" band
    expect(kappa).toBeGreaterThan(0.4);
    expect(kappa).toBeLessThanOrEqual(0.6);
    expect(kappa).toBeLessThan(observed);
    const [[, judgeGoodHumanBad], [judgeBadHumanGood]] = ex.judgeAgreement as unknown as [[number, number], [number, number]];
    expect(judgeGoodHumanBad).toBeGreaterThan(judgeBadHumanGood);
  });

  it('"the per-watcher average looks better because it drops the user who did not watch"', () => {
    const watch = valueOf(watchTimePerUser(ex.watchTime));
    expect(watch.perWatcher).toBeGreaterThan(watch.perUser);
    expect(ex.watchTime.length - watch.watchers).toBe(1);
  });

  it('"the difference is not significant, and at 2.5 percent the guardrail blocks while at 5 percent it passes"', () => {
    const { test, margin, alphas } = ex.guardrail;
    expect(valueOf(twoProportionZTest(test)).pValue).toBeGreaterThan(0.05);
    expect(alphas.map((alpha) => valueOf(nonInferiorityTest(test, margin, alpha)).passes)).toEqual([false, true]);
  });

  it('"Wilson\'s interval, shifted up, is the one to report" for the prevalence sample', () => {
    const wald = valueOf(proportionConfidenceInterval(ex.prevalence.successes, ex.prevalence.trials));
    const wilson = valueOf(wilsonInterval(ex.prevalence.successes, ex.prevalence.trials));
    expect(wilson.low).toBeGreaterThan(wald.low);
    expect(wilson.high).toBeGreaterThan(wald.high);
  });

  it('"the p-value is below the conventional five percent"; "the interval excludes zero" and a ten percent lift is inside it', () => {
    const z = valueOf(twoProportionZTest(ex.zTest));
    expect(z.pValue).toBeLessThan(0.05);
    expect(z.ciLow).toBeGreaterThan(0);
    expect(z.ciLow / z.rateA).toBeLessThan(0.1);
    expect(z.ciHigh / z.rateA).toBeGreaterThan(0.1);
  });

  it('"Wald claims the rate is exactly zero" for the audit that finds nothing', () => {
    const wald = valueOf(proportionConfidenceInterval(ex.noEvents.successes, ex.noEvents.trials));
    expect([wald.low, wald.high]).toEqual([0, 0]);
  });

  it('"a moderate shift by the usual convention, close to the major line", and KL adds up to it', () => {
    const psi = valueOf(populationStabilityIndex(ex.histograms.baseline, ex.histograms.current));
    expect(psi).toBeGreaterThan(0.2);
    expect(psi).toBeLessThanOrEqual(0.25);
    const forward = valueOf(klDivergence(ex.histograms.current, ex.histograms.baseline));
    const reverse = valueOf(klDivergence(ex.histograms.baseline, ex.histograms.current));
    expect(forward).not.toBeCloseTo(reverse, 3);
    expect(forward + reverse).toBeCloseTo(psi, 12);
  });
});
