import { metricExamples as ex } from '@site/src/data/metricExamples';
import {
  averagePrecision,
  baseRateEntropy,
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
  normalizedCrossEntropy,
  normalizeLogLoss,
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
  retentionRate,
  rocAuc,
  rootMeanSquaredError,
  sampleSizePerArm,
  tokenF1,
  twoProportionZTest,
  watchTimePerUser,
  wilsonInterval,
  calibrationRatio,
  type Box,
  type MetricResult,
} from '@site/src/lib/metrics';

/**
 * Every number the metrics reference page shows in a worked example, computed
 * from the inputs in src/data/metricExamples.ts by the tested functions of
 * src/lib/metrics.ts. The page renders them through <WorkedExample> (the
 * arithmetic, as the functions write it for the calculators too) and
 * <ExampleValue> (a number inside a sentence); its prose states none itself,
 * which tests/content/metrics-page.test.ts enforces.
 */

/** The value of a result the page relies on. An example that cannot be computed fails the build, not the reader. */
function valueOf<T>(result: MetricResult<T>, what: string): T {
  if (!result.ok) throw new Error(`The worked example "${what}" cannot be computed: ${result.error}`);
  return result.value;
}

function stepsOf(result: MetricResult<unknown>, what: string): string[] {
  if (!result.ok) throw new Error(`The worked example "${what}" cannot be computed: ${result.error}`);
  return result.steps;
}

const num = (x: number, digits = 4) => formatNumber(x, digits);
/** A share as a percentage: 0.04449 → "4.4"; more decimals for small shares (0.0008 → "0.08" with three). */
const percent = (share: number, digits = 1) => formatNumber(share * 100, digits);
const tuple = (xs: readonly number[]) => `(${xs.map((x) => num(x)).join(', ')})`;
const signed = (x: number) => (x > 0 ? `+${num(x)}` : x < 0 ? `−${num(-x)}` : '0');
const boxText = (box: Box) => `(${box.x1}, ${box.y1}) to (${box.x2}, ${box.y2})`;
/** "a, b and c" */
const series = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

// The results, computed once.
const cm = ex.confusionMatrix;
const { scores, labels } = ex.scored;
const cal = ex.calibration;
const { relevances, k } = ex.ranking;
const queries = ex.rankingQueries;
const reg = ex.regression;
const z = valueOf(twoProportionZTest(ex.zTest), 'two-proportion z-test');
const guardrail = valueOf(twoProportionZTest(ex.guardrail.test), 'guardrail z-test');
const guardrailAt = ex.guardrail.alphas.map((alpha) => ({ alpha, ...valueOf(nonInferiorityTest(ex.guardrail.test, ex.guardrail.margin, alpha), 'guardrail') }));
const prevalenceWald = valueOf(proportionConfidenceInterval(ex.prevalence.successes, ex.prevalence.trials), 'prevalence');
const prevalenceWilson = valueOf(wilsonInterval(ex.prevalence.successes, ex.prevalence.trials), 'prevalence (Wilson)');
const noEventsWilson = valueOf(wilsonInterval(ex.noEvents.successes, ex.noEvents.trials), 'Wilson interval');
const sampleSize = valueOf(sampleSizePerArm(ex.sampleSize), 'sample size');
const watch = valueOf(watchTimePerUser(ex.watchTime), 'watch time');
const coverage = valueOf(intervalCoverage(reg.actual, ex.intervals.lower, ex.intervals.upper, ex.intervals.nominal), 'interval coverage');
const nceAt = ex.nceDenominator.rates.map((rate) => ({
  rate,
  entropy: valueOf(baseRateEntropy(rate), 'NCE denominator'),
  nce: valueOf(normalizeLogLoss(ex.nceDenominator.logLoss, rate), 'NCE of a raw log loss'),
}));
const [nceLow, nceRarer] = nceAt as [(typeof nceAt)[number], (typeof nceAt)[number]];
const klForward = valueOf(klDivergence(ex.histograms.current, ex.histograms.baseline), 'KL divergence');
const klReverse = valueOf(klDivergence(ex.histograms.baseline, ex.histograms.current), 'KL divergence');
const kappa = valueOf(cohensKappa(ex.judgeAgreement), "Cohen's kappa");
const [guardStrict, guardLenient] = guardrailAt as [(typeof guardrailAt)[number], (typeof guardrailAt)[number]];

/** The arithmetic of each worked example, by the id the page passes as `of`. */
export const workedExamples = {
  precision: stepsOf(precision(cm), 'precision'),
  recall: stepsOf(recall(cm), 'recall'),
  f1: stepsOf(f1Score(cm), 'F1'),
  'f-beta': stepsOf(fBetaScore(cm, ex.fBeta), 'F-beta'),
  'roc-auc': stepsOf(rocAuc(scores, labels), 'ROC-AUC'),
  'pr-auc': stepsOf(prAuc(scores, labels), 'PR-AUC'),
  'log-loss': stepsOf(logLoss(scores, labels), 'log loss'),
  'normalized-cross-entropy': stepsOf(normalizedCrossEntropy(scores, labels), 'NCE'),
  'nce-denominator': nceAt.flatMap(({ rate }) => stepsOf(normalizeLogLoss(ex.nceDenominator.logLoss, rate), 'NCE denominator')),
  calibration: stepsOf(expectedCalibrationError(cal.probabilities, cal.labels, cal.bins), 'calibration bins').slice(1, -1),
  'expected-calibration-error': stepsOf(expectedCalibrationError(cal.probabilities, cal.labels, cal.bins), 'ECE'),
  'calibration-ratio': stepsOf(calibrationRatio(cal.probabilities, cal.labels), 'calibration ratio'),
  'precision-at-k': stepsOf(precisionAtK(relevances, k), 'precision at k'),
  'recall-at-k': stepsOf(recallAtK(relevances, k), 'recall at k'),
  'hit-rate': stepsOf(hitRateAtK(queries.queries, queries.k), 'hit rate'),
  mrr: stepsOf(meanReciprocalRank(queries.queries), 'MRR'),
  map: [...stepsOf(averagePrecision(relevances), 'AP'), ...stepsOf(meanAveragePrecision(queries.queries), 'MAP')],
  dcg: [...stepsOf(dcgAtK(relevances, k, 'linear'), 'DCG'), ...stepsOf(dcgAtK(relevances, k, 'exponential'), 'DCG')],
  ndcg: [...stepsOf(ndcgAtK(relevances, k, 'linear'), 'nDCG'), ...stepsOf(ndcgAtK(relevances, k, 'exponential'), 'nDCG')],
  iou: stepsOf(intersectionOverUnion(ex.boxes.a, ex.boxes.b), 'IoU'),
  'detection-map': [
    ...stepsOf(detectionAveragePrecision(ex.detection.detections, ex.detection.groundTruths, { iouThreshold: ex.detection.iouThreshold }), 'detection AP'),
    ...stepsOf(
      detectionAveragePrecision(ex.detection.detections, ex.detection.groundTruths, { iouThreshold: ex.detection.iouThreshold, interpolation: 'eleven-point' }),
      'detection AP',
    ).slice(-2),
  ],
  mae: stepsOf(meanAbsoluteError(reg.actual, reg.predicted), 'MAE'),
  'mae-intermittent': [
    ...stepsOf(meanAbsoluteError(ex.intermittent.actual, ex.intermittent.zeroForecast), 'MAE, zero forecast'),
    ...stepsOf(meanAbsoluteError(ex.intermittent.actual, ex.intermittent.meanForecast), 'MAE, mean forecast'),
  ],
  rmse: stepsOf(rootMeanSquaredError(reg.actual, reg.predicted), 'RMSE'),
  mape: stepsOf(meanAbsolutePercentageError(reg.actual, reg.predicted), 'MAPE'),
  'mape-bias': [
    ...stepsOf(meanAbsolutePercentageError(ex.mapeBias.actual, ex.mapeBias.lowForecast), 'MAPE, low forecast'),
    ...stepsOf(meanAbsolutePercentageError(ex.mapeBias.actual, ex.mapeBias.meanForecast), 'MAPE, mean forecast'),
  ],
  'pinball-loss': [
    ...stepsOf(pinballLoss(reg.actual, ex.quantile.p90, ex.quantile.tau), 'pinball loss'),
    ...stepsOf(pinballLoss(reg.actual, reg.predicted, ex.quantile.tau), 'pinball loss').slice(1),
  ],
  'interval-coverage': stepsOf(intervalCoverage(reg.actual, ex.intervals.lower, ex.intervals.upper, ex.intervals.nominal), 'interval coverage'),
  'exact-match': stepsOf(exactMatch(ex.answers.predictions, ex.answers.references), 'exact match'),
  'token-f1': stepsOf(tokenF1(ex.answers.predictions, ex.answers.references), 'token F1'),
  'cohens-kappa': stepsOf(cohensKappa(ex.judgeAgreement), "Cohen's kappa"),
  ctr: stepsOf(clickThroughRate(ex.ctr.clicks, ex.ctr.impressions), 'CTR'),
  'conversion-rate': stepsOf(conversionRate(ex.conversion.conversions, ex.conversion.visits), 'conversion rate'),
  'watch-time': stepsOf(watchTimePerUser(ex.watchTime), 'watch time'),
  retention: stepsOf(retentionRate(ex.retention.active, ex.retention.cohort), 'retention'),
  'guardrail-metrics': [
    ...stepsOf(twoProportionZTest(ex.guardrail.test), 'guardrail z-test').slice(0, 4),
    ...ex.guardrail.alphas.flatMap((alpha) => stepsOf(nonInferiorityTest(ex.guardrail.test, ex.guardrail.margin, alpha), 'guardrail').slice(1)),
  ],
  prevalence: [
    ...stepsOf(proportionConfidenceInterval(ex.prevalence.successes, ex.prevalence.trials), 'prevalence'),
    ...stepsOf(wilsonInterval(ex.prevalence.successes, ex.prevalence.trials), 'prevalence').slice(1),
  ],
  'proactive-rate': stepsOf(proactiveRate(ex.proactive.foundBeforeReport, ex.proactive.actioned), 'proactive rate'),
  'two-proportion-z-test': stepsOf(twoProportionZTest(ex.zTest), 'z-test').slice(0, 4),
  'confidence-interval': stepsOf(proportionConfidenceInterval(ex.ctr.clicks, ex.ctr.impressions), 'confidence interval'),
  'confidence-interval-difference': stepsOf(twoProportionZTest(ex.zTest), 'interval of the difference').slice(4),
  'wilson-interval': [
    ...stepsOf(proportionConfidenceInterval(ex.noEvents.successes, ex.noEvents.trials), 'Wald interval').slice(-2),
    ...stepsOf(wilsonInterval(ex.noEvents.successes, ex.noEvents.trials), 'Wilson interval'),
  ],
  'sample-size': stepsOf(sampleSizePerArm(ex.sampleSize), 'sample size'),
  'one-sample-size': stepsOf(oneProportionSampleSize(ex.oneSampleSize), 'one-sample size'),
  psi: stepsOf(populationStabilityIndex(ex.histograms.baseline, ex.histograms.current), 'PSI'),
  'kl-divergence': [
    ...stepsOf(klDivergence(ex.histograms.current, ex.histograms.baseline), 'KL divergence'),
    ...stepsOf(klDivergence(ex.histograms.baseline, ex.histograms.current), 'KL divergence'),
  ],
  'ks-statistic': stepsOf(ksStatistic(ex.ks.sampleA, ex.ks.sampleB), 'KS statistic'),
} satisfies Record<string, readonly string[]>;

export type WorkedExampleId = keyof typeof workedExamples;

const errors = reg.actual.map((y, i) => (reg.predicted[i] as number) - y);

/** Numbers the page's sentences cite, each formatted as the page shows it, by the id the page passes as `of`. */
export const exampleValues = {
  // Classification
  'cm.items': num(cm.tp + cm.fp + cm.fn + cm.tn),
  'cm.positives': num(cm.tp + cm.fn),
  'cm.flagged': num(cm.tp + cm.fp),
  'cm.tp': num(cm.tp),
  'cm.fp': num(cm.fp),
  'cm.fn': num(cm.fn),
  'cm.tn': num(cm.tn),
  'f-beta.beta': num(ex.fBeta),
  'f-beta.beta-squared': num(ex.fBeta ** 2),
  'scored.count': num(scores.length),
  'scored.scores': tuple(scores),
  'scored.labels': tuple(labels),
  'log-loss.confident-miss': num(valueOf(logLoss([0], [1]), 'a confident miss'), 1),
  'nce.log-loss': num(ex.nceDenominator.logLoss),
  'nce.low-rate': percent(nceLow.rate),
  'nce.low-rate-nce': num(nceLow.nce, 2),
  'nce.low-rate-removed': percent(1 - nceLow.nce, 0),
  'nce.rarer-rate': percent(nceRarer.rate),
  'nce.rarer-rate-nce': num(nceRarer.nce, 1),
  // Calibration
  'calibration.count': num(cal.probabilities.length),
  'calibration.bin-width': num(1 / cal.bins),
  'calibration.probabilities': tuple(cal.probabilities),
  'calibration.labels': tuple(cal.labels),
  // Ranking
  'ranking.relevances': tuple(relevances),
  'ranking.k': num(k),
  'ranking.total-relevant': num(relevances.filter((r) => r > 0).length),
  'ranking.other-queries': series(queries.queries.slice(1).map(tuple)),
  'ranking.queries-k': num(queries.k),
  // Detection
  'iou.box-a': boxText(ex.boxes.a),
  'iou.box-b': boxText(ex.boxes.b),
  'detection.truths': series(ex.detection.groundTruths.map((truth, i) => `g${i + 1} from ${boxText(truth.box)}`)),
  'detection.detections': series(ex.detection.detections.map((d, i) => `d${i + 1} (score ${num(d.score)}) from ${boxText(d.box)}`)),
  'detection.threshold': num(ex.detection.iouThreshold),
  // Regression
  'regression.actual': tuple(reg.actual),
  'regression.predicted': tuple(reg.predicted),
  'regression.errors': series(errors.map(signed)),
  'intermittent.actual': tuple(ex.intermittent.actual),
  'intermittent.mean': num(ex.intermittent.meanForecast[0]),
  'mape-bias.actual': series(ex.mapeBias.actual.map((x) => num(x))),
  'mape-bias.low': num(ex.mapeBias.lowForecast[0]),
  'mape-bias.mean': num(ex.mapeBias.meanForecast[0]),
  'quantile.tau': num(ex.quantile.tau),
  'quantile.p90': tuple(ex.quantile.p90),
  'intervals.lower': tuple(ex.intervals.lower),
  'intervals.upper': tuple(ex.intervals.upper),
  'intervals.nominal': percent(ex.intervals.nominal),
  'intervals.coverage': percent(coverage.coverage),
  // Generated answers and agreement
  'answers.count': num(ex.answers.predictions.length),
  'kappa.items': num(ex.judgeAgreement.flat().reduce((a, b) => a + b, 0)),
  'kappa.agreement': percent(kappa.observed),
  'kappa.chance': percent(kappa.expected),
  'kappa.value': num(kappa.kappa, 2),
  // Online
  'ctr.clicks': num(ex.ctr.clicks),
  'ctr.impressions': num(ex.ctr.impressions),
  'conversion.conversions': num(ex.conversion.conversions),
  'conversion.visits': num(ex.conversion.visits),
  'watch-time.users': num(ex.watchTime.length),
  'watch-time.per-user': num(watch.perUser),
  'watch-time.per-watcher': num(watch.perWatcher),
  'retention.cohort': num(ex.retention.cohort),
  'retention.day': num(ex.retention.day),
  'retention.active': num(ex.retention.active),
  'guardrail.control': num(ex.guardrail.test.successesA),
  'guardrail.treatment': num(ex.guardrail.test.successesB),
  'guardrail.users': num(ex.guardrail.test.trialsA),
  'guardrail.control-rate': percent(guardrail.rateA, 3),
  'guardrail.treatment-rate': percent(guardrail.rateB, 3),
  'guardrail.margin': num(ex.guardrail.margin),
  'guardrail.margin-points': percent(ex.guardrail.margin, 3),
  'guardrail.p-value': num(guardrail.pValue, 3),
  'guardrail.strict-alpha': percent(guardStrict.alpha),
  'guardrail.strict-bound': num(guardStrict.upperBound, 6),
  'guardrail.lenient-alpha': percent(guardLenient.alpha),
  'guardrail.lenient-bound': num(guardLenient.upperBound, 6),
  // Integrity
  'prevalence.violating': num(ex.prevalence.successes),
  'prevalence.sampled': num(ex.prevalence.trials),
  'prevalence.wald-precise': `${num(prevalenceWald.low * 100, 3)} to ${num(prevalenceWald.high * 100, 3)}`,
  'prevalence.wilson-precise': `${num(prevalenceWilson.low * 100, 3)} to ${num(prevalenceWilson.high * 100, 3)}`,
  'proactive.actioned': num(ex.proactive.actioned),
  'proactive.found': num(ex.proactive.foundBeforeReport),
  // Experiment statistics
  'z-test.control': num(ex.zTest.successesA),
  'z-test.treatment': num(ex.zTest.successesB),
  'z-test.users': num(ex.zTest.trialsA),
  'z-test.control-rate': num(z.rateA, 3),
  'z-test.treatment-rate': num(z.rateB, 3),
  'z-test.p-value': num(z.pValue, 3),
  'ci.relative-low': percent(z.ciLow / z.rateA),
  'ci.relative-high': percent(z.ciHigh / z.rateA),
  'no-events.trials': num(ex.noEvents.trials),
  'no-events.wilson-high': percent(noEventsWilson.high),
  'sample-size.baseline': num(ex.sampleSize.baselineRate),
  'sample-size.mde': num(ex.sampleSize.minimumDetectableEffect),
  'sample-size.alpha': num(ex.sampleSize.alpha),
  'sample-size.power': num(ex.sampleSize.power),
  'sample-size.relative-mde': percent(sampleSize.delta / ex.sampleSize.baselineRate),
  'sample-size.per-arm': num(sampleSize.perArm),
  'sample-size.total': num(sampleSize.total),
  'one-sample.rate': percent(ex.oneSampleSize.rate, 3),
  'one-sample.margin': percent(ex.oneSampleSize.margin, 3),
  'one-sample.level': percent(ex.oneSampleSize.confidenceLevel),
  // Drift
  'kl.forward': num(klForward),
  'kl.reverse': num(klReverse),
  'kl.sum': num(klForward + klReverse),
  'psi.value': num(valueOf(populationStabilityIndex(ex.histograms.baseline, ex.histograms.current), 'PSI')),
  'drift.baseline': tuple(ex.histograms.baseline),
  'drift.current': tuple(ex.histograms.current),
  'ks.sample-a': tuple(ex.ks.sampleA),
  'ks.sample-b': tuple(ex.ks.sampleB),
} satisfies Record<string, string>;

export type ExampleValueId = keyof typeof exampleValues;

export function isWorkedExampleId(id: string): id is WorkedExampleId {
  return Object.hasOwn(workedExamples, id);
}

export function isExampleValueId(id: string): id is ExampleValueId {
  return Object.hasOwn(exampleValues, id);
}
