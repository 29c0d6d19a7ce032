/**
 * The metrics of the reference page as pure functions: classification,
 * calibration, ranking, detection, regression, generated answers and rater
 * agreement, online rates, experiment statistics and drift.
 *
 * Every function returns a MetricResult: the value with the arithmetic as short
 * readable steps (the calculators show them), or a clear error for input the
 * metric cannot take. None throws, and none returns NaN or Infinity.
 */

export type MetricResult<T = number> = { ok: true; value: T; steps: string[] } | { ok: false; error: string };

type Failure = { ok: false; error: string };

function fail(error: string): Failure {
  return { ok: false, error };
}

function isFiniteDeep(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isFiniteDeep);
  if (value !== null && typeof value === 'object') return Object.values(value).every(isFiniteDeep);
  return true;
}

/** The one exit for a value: a last guard so that overflow never reaches a reader as NaN or Infinity. */
function succeed<T>(value: T, steps: string[]): MetricResult<T> {
  if (!isFiniteDeep(value)) return fail('The result overflows (it is not a finite number): use smaller input values.');
  return { ok: true, value, steps };
}

/** A number for a step or a result: at most `digits` decimals, tiny values in exponent form, whole numbers from 1,000 grouped. */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 0.5 * 10 ** -digits) return x.toPrecision(3);
  const rounded = Number(x.toFixed(digits));
  if (Number.isInteger(rounded) && Math.abs(rounded) >= 1_000 && Math.abs(rounded) < 1e21) return groupThousands(rounded);
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * A whole number with commas between groups of three digits. Written out rather than with `toLocaleString`:
 * a page that formats its worked examples as it loads would otherwise pay for the browser's first number
 * formatter (about 50 ms on a phone) before it can respond.
 */
function groupThousands(whole: number): string {
  const digits = String(Math.abs(whole));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return whole < 0 ? `-${grouped}` : grouped;
}

const fmt = formatNumber;

/** A small quantity (a standard error, a bound) to four significant digits, so 0.0000583 keeps its digits. */
function sig(x: number): string {
  return x === 0 || Math.abs(x) >= 1 ? fmt(x) : String(Number(x.toPrecision(4)));
}

/** Longest list a step spells out in full; longer lists are elided in the middle of a step. */
const MAX_TERMS = 12;

function listText(xs: readonly number[], format: (x: number) => string = (x) => fmt(x)): string {
  // Never pass `format` to map directly: map's index argument would become formatNumber's digits.
  const shown = xs.slice(0, MAX_TERMS).map((x) => format(x));
  return xs.length <= MAX_TERMS ? shown.join(', ') : `${shown.join(', ')}, ... (${xs.length} values)`;
}

function sumText(terms: readonly string[]): string {
  if (terms.length <= MAX_TERMS) return terms.join(' + ');
  return `${terms.slice(0, MAX_TERMS).join(' + ')} + ... (${terms.length} terms)`;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((total, x) => total + x, 0);
}

// ---------------------------------------------------------------------------
// Input checks. Each returns an error message, or null when the input is fine.
// They take `unknown` and narrow it before reading anything, so input that
// ignores the types (parsed JSON, a calculator field) gets an error, never a throw.

/** A value as an error message shows it: numbers as written, anything else by its kind. */
function shown(x: unknown): string {
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (typeof x === 'string') return JSON.stringify(x);
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  return typeof x === 'object' ? 'an object' : typeof x;
}

/** Array.isArray for inputs typed as lists but checked at run time: unlike Array.isArray, it keeps the element type (no `any[]`). */
function isList(x: unknown): x is readonly unknown[] {
  return Array.isArray(x);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function checkList(name: string, xs: unknown): string | null {
  if (!Array.isArray(xs) || xs.length === 0) return `${name} is empty: give at least one value.`;
  const bad = xs.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
  if (bad >= 0) return `${name} has a value that is not a number at position ${bad + 1}.`;
  return null;
}

function checkNonNegativeList(name: string, xs: unknown): string | null {
  const error = checkList(name, xs);
  if (error) return error;
  const values = xs as readonly number[];
  const bad = values.findIndex((x) => x < 0);
  return bad >= 0 ? `${name} has a negative value (${values[bad]}) at position ${bad + 1}; values must be zero or more.` : null;
}

/** Lengths of two lists; when either is not a list, the list checks report that instead. */
function checkSameLength(aName: string, a: unknown, bName: string, b: unknown): string | null {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === b.length) return null;
  return `${aName} and ${bName} differ in length (${a.length} and ${b.length} values); they must pair up one to one.`;
}

function checkCount(name: string, x: unknown): string | null {
  if (typeof x !== 'number' || !Number.isFinite(x)) return `${name} must be a number.`;
  if (x < 0 || !Number.isInteger(x)) return `${name} must be a whole number of zero or more (got ${x}).`;
  return null;
}

function checkProbabilities(name: string, ps: unknown): string | null {
  const error = checkList(name, ps);
  if (error) return error;
  const values = ps as readonly number[];
  const bad = values.findIndex((p) => p < 0 || p > 1);
  return bad >= 0 ? `${name} has ${values[bad]} at position ${bad + 1}; probabilities must lie between 0 and 1.` : null;
}

function checkLabels(labels: unknown): string | null {
  const error = checkList('The label list', labels);
  if (error) return error;
  const values = labels as readonly number[];
  const bad = values.findIndex((y) => y !== 0 && y !== 1);
  return bad >= 0 ? `The label list has ${values[bad]} at position ${bad + 1}; labels must be 0 or 1.` : null;
}

function checkK(k: unknown): string | null {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) return `k must be a whole number of 1 or more (got ${shown(k)}).`;
  return null;
}

function checkOpenUnit(name: string, x: unknown): string | null {
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0 || x >= 1) return `${name} must lie strictly between 0 and 1 (got ${shown(x)}).`;
  return null;
}

function firstError(...errors: Array<string | null>): string | null {
  return errors.find((error) => error !== null) ?? null;
}

// ---------------------------------------------------------------------------
// Classification from a confusion matrix

export interface ConfusionMatrix {
  /** true positives: predicted positive, actually positive */
  tp: number;
  /** false positives: predicted positive, actually negative */
  fp: number;
  /** false negatives: predicted negative, actually positive */
  fn: number;
  /** true negatives: predicted negative, actually negative */
  tn: number;
}

function checkConfusionMatrix(cm: unknown): string | null {
  if (!isRecord(cm)) return `The confusion matrix must be an object with counts tp, fp, fn and tn (got ${shown(cm)}).`;
  return firstError(checkCount('TP', cm.tp), checkCount('FP', cm.fp), checkCount('FN', cm.fn), checkCount('TN', cm.tn));
}

/** Share of predicted positives that are actually positive: TP / (TP + FP). */
export function precision(cm: ConfusionMatrix): MetricResult {
  const error = checkConfusionMatrix(cm);
  if (error) return fail(error);
  const predicted = cm.tp + cm.fp;
  if (predicted === 0) return fail('Precision is undefined: the model predicted no positives (TP + FP = 0).');
  const value = cm.tp / predicted;
  return succeed(value, [`precision = TP / (TP + FP) = ${cm.tp} / (${cm.tp} + ${cm.fp}) = ${cm.tp} / ${predicted} = ${fmt(value)}`]);
}

/** Share of actual positives the model finds: TP / (TP + FN). */
export function recall(cm: ConfusionMatrix): MetricResult {
  const error = checkConfusionMatrix(cm);
  if (error) return fail(error);
  const actual = cm.tp + cm.fn;
  if (actual === 0) return fail('Recall is undefined: there are no actual positives (TP + FN = 0).');
  const value = cm.tp / actual;
  return succeed(value, [`recall = TP / (TP + FN) = ${cm.tp} / (${cm.tp} + ${cm.fn}) = ${cm.tp} / ${actual} = ${fmt(value)}`]);
}

/**
 * F-beta in its count form, (1 + b^2) TP / ((1 + b^2) TP + b^2 FN + FP), equal to
 * the weighted harmonic mean of precision and recall and defined even when one of them is not.
 * beta above 1 weighs recall more; beta below 1 weighs precision more.
 */
export function fBetaScore(cm: ConfusionMatrix, beta: number): MetricResult {
  const error = checkConfusionMatrix(cm);
  if (error) return fail(error);
  if (typeof beta !== 'number' || !Number.isFinite(beta) || beta <= 0) return fail(`beta must be a number above 0 (got ${shown(beta)}).`);
  const b2 = beta * beta;
  const numerator = (1 + b2) * cm.tp;
  const denominator = numerator + b2 * cm.fn + cm.fp;
  if (denominator === 0) return fail('F-score is undefined: TP, FP and FN are all 0.');
  const value = numerator / denominator;
  const name = beta === 1 ? 'F1' : `F${fmt(beta)}`;
  return succeed(value, [
    `${name} = (1 + b²) × TP / ((1 + b²) × TP + b² × FN + FP), with b = ${fmt(beta)}`,
    `= ${fmt(1 + b2)} × ${cm.tp} / (${fmt(1 + b2)} × ${cm.tp} + ${fmt(b2)} × ${cm.fn} + ${cm.fp}) = ${fmt(numerator)} / ${fmt(denominator)} = ${fmt(value)}`,
  ]);
}

/** F1, the harmonic mean of precision and recall: 2 TP / (2 TP + FP + FN). */
export function f1Score(cm: ConfusionMatrix): MetricResult {
  const error = checkConfusionMatrix(cm);
  if (error) return fail(error);
  const denominator = 2 * cm.tp + cm.fp + cm.fn;
  if (denominator === 0) return fail('F1 is undefined: TP, FP and FN are all 0.');
  const value = (2 * cm.tp) / denominator;
  return succeed(value, [
    'F1 = 2 × precision × recall / (precision + recall) = 2 × TP / (2 × TP + FP + FN)',
    `= 2 × ${cm.tp} / (2 × ${cm.tp} + ${cm.fp} + ${cm.fn}) = ${2 * cm.tp} / ${denominator} = ${fmt(value)}`,
  ]);
}

// ---------------------------------------------------------------------------
// Ranking and retrieval. A ranked list is its items' graded relevances in rank
// order (0 = not relevant). The binary metrics count an item as relevant when its relevance is above 0.

/** How DCG turns a relevance into a gain: `linear` uses rel, `exponential` uses 2^rel - 1. */
export type Gain = 'linear' | 'exponential';

function gainOf(relevance: number, gain: Gain): number {
  return gain === 'linear' ? relevance : 2 ** relevance - 1;
}

function checkRelevances(relevances: unknown, name = 'The relevance list'): string | null {
  return checkNonNegativeList(name, relevances);
}

function countRelevant(relevances: readonly number[]): number {
  return relevances.filter((r) => r > 0).length;
}

/** R, the number of relevant items for the query: given, or else the relevant items in the list. */
function totalRelevantOf(relevances: readonly number[], totalRelevant: number | undefined): { total: number; steps: string[] } | Failure {
  const inList = countRelevant(relevances);
  if (totalRelevant === undefined) {
    return { total: inList, steps: [`R = relevant items in the list = ${inList} (no total given, so the list is assumed to hold them all)`] };
  }
  const error = checkCount('The number of relevant items R', totalRelevant);
  if (error) return fail(error);
  if (totalRelevant < inList) return fail(`R (${totalRelevant}) is smaller than the ${inList} relevant items already in the list.`);
  return { total: totalRelevant, steps: [`R = ${totalRelevant} relevant items in the collection`] };
}

/** Relevant items in the top k, divided by k. Positions past the end of a short list count as not relevant. */
export function precisionAtK(relevances: readonly number[], k: number): MetricResult {
  const error = firstError(checkRelevances(relevances), checkK(k));
  if (error) return fail(error);
  const top = relevances.slice(0, k);
  const hits = countRelevant(top);
  const value = hits / k;
  const steps = [`top ${k}: [${listText(top)}], relevant (relevance above 0): ${hits}`];
  if (relevances.length < k) {
    const empty = k - relevances.length;
    steps.push(`the list has only ${relevances.length} items; the ${empty === 1 ? 'empty position counts' : `${empty} empty positions count`} as not relevant`);
  }
  steps.push(`precision@${k} = ${hits} / ${k} = ${fmt(value)}`);
  return succeed(value, steps);
}

/** Relevant items in the top k, divided by R, all relevant items for the query. */
export function recallAtK(relevances: readonly number[], k: number, totalRelevant?: number): MetricResult {
  const error = firstError(checkRelevances(relevances), checkK(k));
  if (error) return fail(error);
  const total = totalRelevantOf(relevances, totalRelevant);
  if ('ok' in total) return total;
  if (total.total === 0) return fail('Recall@k is undefined: the query has no relevant items (R = 0).');
  const top = relevances.slice(0, k);
  const hits = countRelevant(top);
  const value = hits / total.total;
  return succeed(value, [...total.steps, `top ${k}: [${listText(top)}], relevant: ${hits}`, `recall@${k} = ${hits} / ${total.total} = ${fmt(value)}`]);
}

function checkQueries(queries: unknown): string | null {
  if (!Array.isArray(queries) || queries.length === 0) return 'There are no queries: give at least one ranked list.';
  for (const [index, relevances] of queries.entries()) {
    const error = checkRelevances(relevances, `Query ${index + 1}`);
    if (error) return error;
  }
  return null;
}

/** Share of queries with at least one relevant item in the top k. */
export function hitRateAtK(queries: ReadonlyArray<readonly number[]>, k: number): MetricResult {
  const error = firstError(checkQueries(queries), checkK(k));
  if (error) return fail(error);
  const steps: string[] = [];
  let hits = 0;
  queries.forEach((relevances, index) => {
    const first = relevances.findIndex((r) => r > 0);
    const hit = first >= 0 && first < k;
    if (hit) hits += 1;
    if (index < MAX_TERMS) {
      steps.push(`query ${index + 1}: ${first < 0 ? 'no relevant item' : `first relevant at rank ${first + 1}`}, ${hit ? 'a hit' : `not a hit in the top ${k}`}`);
    }
  });
  const value = hits / queries.length;
  steps.push(`hit rate@${k} = ${hits} / ${queries.length} = ${fmt(value)}`);
  return succeed(value, steps);
}

/** 1 / rank of the first relevant item; 0 when the list holds none (the usual convention). */
export function reciprocalRank(relevances: readonly number[]): MetricResult {
  const error = checkRelevances(relevances);
  if (error) return fail(error);
  const first = relevances.findIndex((r) => r > 0);
  if (first < 0) return succeed(0, ['no relevant item in the list, so the reciprocal rank is 0 by convention']);
  const value = 1 / (first + 1);
  return succeed(value, [`first relevant item at rank ${first + 1}`, `reciprocal rank = 1 / ${first + 1} = ${fmt(value)}`]);
}

/** Mean over queries of the reciprocal rank of the first relevant item. */
export function meanReciprocalRank(queries: ReadonlyArray<readonly number[]>): MetricResult {
  const error = checkQueries(queries);
  if (error) return fail(error);
  const ranks = queries.map((relevances) => relevances.findIndex((r) => r > 0) + 1);
  const reciprocal = ranks.map((rank) => (rank === 0 ? 0 : 1 / rank));
  const value = sum(reciprocal) / queries.length;
  return succeed(value, [
    `rank of the first relevant item per query: ${ranks.map((rank) => (rank === 0 ? 'none' : String(rank))).join(', ')}`,
    `reciprocal ranks: ${listText(reciprocal)}`,
    `MRR = (${sumText(reciprocal.map((x) => fmt(x)))}) / ${queries.length} = ${fmt(value)}`,
  ]);
}

/**
 * Average precision of one ranked list: the mean of precision@i over the ranks i
 * of the relevant items, divided by R (relevant items never retrieved add 0).
 */
export function averagePrecision(relevances: readonly number[], totalRelevant?: number): MetricResult {
  const error = checkRelevances(relevances);
  if (error) return fail(error);
  const total = totalRelevantOf(relevances, totalRelevant);
  if ('ok' in total) return total;
  if (total.total === 0) return fail('Average precision is undefined: the query has no relevant items (R = 0).');
  const ranks: number[] = [];
  const precisions: number[] = [];
  let hits = 0;
  relevances.forEach((r, index) => {
    if (r <= 0) return;
    hits += 1;
    ranks.push(index + 1);
    precisions.push(hits / (index + 1));
  });
  const value = sum(precisions) / total.total;
  const steps = [...total.steps];
  if (ranks.length === 0) {
    steps.push('no relevant item was retrieved', `AP = 0 / ${total.total} = 0`);
    return succeed(0, steps);
  }
  steps.push(
    `relevant items at ranks ${ranks.join(', ')}`,
    `precision at those ranks: ${ranks.length <= MAX_TERMS ? ranks.map((rank, i) => `${i + 1}/${rank}`).join(', ') : listText(precisions)}`,
    `AP = (${sumText(precisions.map((p) => fmt(p)))}) / ${total.total} = ${fmt(value)}`,
  );
  return succeed(value, steps);
}

/**
 * Mean of the average precision of each query. A query whose list holds no
 * relevant item counts as AP 0, as it counts 0 in MRR and a miss in hit rate, so
 * the three metrics average over the same queries.
 */
export function meanAveragePrecision(queries: ReadonlyArray<readonly number[]>): MetricResult {
  const error = checkQueries(queries);
  if (error) return fail(error);
  const values = queries.map((relevances) => {
    const ap = averagePrecision(relevances);
    return ap.ok ? ap.value : 0;
  });
  const empty = queries.filter((relevances) => countRelevant(relevances) === 0).length;
  const steps = [`AP per query: ${listText(values)}`];
  if (empty > 0)
    steps.push(
      `${empty === 1 ? '1 query has' : `${empty} queries have`} no relevant item in the list and ${empty === 1 ? 'counts' : 'count'} as AP 0, as in MRR and hit rate`,
    );
  const value = sum(values) / queries.length;
  steps.push(`MAP = (${sumText(values.map((x) => fmt(x)))}) / ${queries.length} = ${fmt(value)}`);
  return succeed(value, steps);
}

function dcgTerms(relevances: readonly number[], k: number, gain: Gain): { value: number; terms: string[]; parts: number[] } {
  const top = relevances.slice(0, k);
  const parts = top.map((r, index) => gainOf(r, gain) / Math.log2(index + 2));
  const terms = top.map((r, index) => `${fmt(gainOf(r, gain))}/log2(${index + 2})`);
  return { value: sum(parts), terms, parts };
}

function gainName(gain: Gain): string {
  return gain === 'linear' ? 'linear gain, g = rel' : 'exponential gain, g = 2^rel - 1';
}

function checkGain(gain: unknown): string | null {
  return gain === 'linear' || gain === 'exponential' ? null : `The gain must be "linear" or "exponential" (got ${shown(gain)}).`;
}

/** Discounted cumulative gain of the top k: the sum of gain(rel_i) / log2(i + 1). */
export function dcgAtK(relevances: readonly number[], k: number, gain: Gain): MetricResult {
  const error = firstError(checkRelevances(relevances), checkK(k), checkGain(gain));
  if (error) return fail(error);
  const { value, terms, parts } = dcgTerms(relevances, k, gain);
  return succeed(value, [
    `${gainName(gain)}; top ${k} relevances: [${listText(relevances.slice(0, k))}]`,
    `DCG@${k} = ${sumText(terms)}`,
    `= ${sumText(parts.map((p) => fmt(p)))} = ${fmt(value)}`,
  ]);
}

/**
 * DCG@k divided by the DCG@k of the ideal order. The ideal order sorts
 * `idealRelevances` (every judged item for the query) or, when absent, the list itself.
 */
export function ndcgAtK(relevances: readonly number[], k: number, gain: Gain, idealRelevances?: readonly number[]): MetricResult {
  const error = firstError(
    checkRelevances(relevances),
    checkK(k),
    checkGain(gain),
    idealRelevances === undefined ? null : checkRelevances(idealRelevances, 'The ideal relevance list'),
  );
  if (error) return fail(error);
  const ideal = [...(idealRelevances ?? relevances)].sort((a, b) => b - a);
  const dcg = dcgTerms(relevances, k, gain);
  const idcg = dcgTerms(ideal, k, gain);
  if (idcg.value === 0) return fail('nDCG is undefined: every relevance is 0, so the ideal DCG is 0.');
  const value = dcg.value / idcg.value;
  if (value > 1 + 1e-12) return fail('The ranked list scores above its ideal order: the ideal relevances must include every judged item of the list.');
  return succeed(value, [
    `${gainName(gain)}`,
    `DCG@${k} = ${sumText(dcg.terms)} = ${fmt(dcg.value)}`,
    `ideal order: [${listText(ideal.slice(0, k))}]; IDCG@${k} = ${sumText(idcg.terms)} = ${fmt(idcg.value)}`,
    `nDCG@${k} = ${fmt(dcg.value)} / ${fmt(idcg.value)} = ${fmt(value)}`,
  ]);
}

// ---------------------------------------------------------------------------
// Classification from scores and labels

function checkScoresAndLabels(scoresName: string, scores: unknown, labels: unknown, probabilities: boolean): string | null {
  return firstError(
    probabilities ? checkProbabilities(scoresName, scores) : checkList(scoresName, scores),
    checkLabels(labels),
    checkSameLength(scoresName, scores, 'the label list', labels),
  );
}

/**
 * ROC-AUC from ranks (the Mann-Whitney U statistic): the probability that a
 * random positive scores above a random negative, ties counting one half.
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): MetricResult {
  const error = checkScoresAndLabels('The score list', scores, labels, false);
  if (error) return fail(error);
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) {
    return fail(`ROC-AUC is undefined: it needs at least one positive and one negative label (got ${positives} positives, ${negatives} negatives).`);
  }
  // Midranks: tied scores share the mean of the ranks they span.
  const order = scores.map((_, index) => index).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  const ranks = new Array<number>(scores.length).fill(0);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1] as number] === scores[order[start] as number]) end += 1;
    const midrank = (start + end + 2) / 2;
    for (let i = start; i <= end; i += 1) ranks[order[i] as number] = midrank;
    start = end + 1;
  }
  const positiveRanks = ranks.filter((_, index) => labels[index] === 1);
  const rankSum = sum(positiveRanks);
  const u = rankSum - (positives * (positives + 1)) / 2;
  const value = u / (positives * negatives);
  const ranked = order.map((index) => `${fmt(scores[index] as number)} (${labels[index] === 1 ? 'positive' : 'negative'}) → ${fmt(ranks[index] as number)}`);
  return succeed(value, [
    `${positives} positives, ${negatives} negatives; rank every score from lowest (rank 1), ties share their average rank`,
    `ranks from lowest: ${ranked.length <= MAX_TERMS ? ranked.join(', ') : `${ranked.slice(0, MAX_TERMS).join(', ')}, ... (${ranked.length} values)`}`,
    `ranks of the positives: ${sumText(positiveRanks.map((r) => fmt(r)))} = ${fmt(rankSum)}`,
    `U = ${fmt(rankSum)} - ${positives} × ${positives + 1} / 2 = ${fmt(u)} (pairs where the positive wins, ties counting 1/2)`,
    `ROC-AUC = U / (positives × negatives) = ${fmt(u)} / ${positives * negatives} = ${fmt(value)}`,
  ]);
}

/**
 * PR-AUC as average precision: the sum over score thresholds of
 * (R_n - R_(n-1)) × P_n, highest threshold first. Tied scores form one threshold.
 */
export function prAuc(scores: readonly number[], labels: readonly number[]): MetricResult {
  const error = checkScoresAndLabels('The score list', scores, labels, false);
  if (error) return fail(error);
  const positives = labels.filter((y) => y === 1).length;
  if (positives === 0) return fail('PR-AUC is undefined: there are no positive labels, so recall is undefined.');
  const order = scores.map((_, index) => index).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const steps: string[] = [`${positives} positives; sweep the threshold down through the distinct scores`];
  const terms: string[] = [];
  let tp = 0;
  let fp = 0;
  let previousRecall = 0;
  let value = 0;
  for (let start = 0; start < order.length;) {
    const threshold = scores[order[start] as number] as number;
    let end = start;
    while (end < order.length && scores[order[end] as number] === threshold) {
      if (labels[order[end] as number] === 1) tp += 1;
      else fp += 1;
      end += 1;
    }
    const p = tp / (tp + fp);
    const r = tp / positives;
    value += (r - previousRecall) * p;
    if (r > previousRecall) terms.push(`${fmt(r - previousRecall)} × ${fmt(p)}`);
    if (steps.length <= MAX_TERMS) steps.push(`score at least ${fmt(threshold)}: TP ${tp}, FP ${fp}, precision ${fmt(p)}, recall ${fmt(r)}`);
    previousRecall = r;
    start = end;
  }
  steps.push(`AP = sum of (recall gain × precision) = ${sumText(terms)} = ${fmt(value)}`);
  return succeed(value, steps);
}

/** Probabilities are clipped to [LOG_LOSS_EPSILON, 1 - LOG_LOSS_EPSILON] so that a confident miss costs a lot but stays finite. */
export const LOG_LOSS_EPSILON = 1e-15;

function logLossParts(probabilities: readonly number[], labels: readonly number[]): { total: number; terms: number[]; clipped: number } {
  let clipped = 0;
  const terms = probabilities.map((raw, index) => {
    const p = Math.min(1 - LOG_LOSS_EPSILON, Math.max(LOG_LOSS_EPSILON, raw));
    if (p !== raw) clipped += 1;
    return labels[index] === 1 ? -Math.log(p) : -Math.log(1 - p);
  });
  return { total: sum(terms), terms, clipped };
}

/** Mean negative log-likelihood of the labels under the predicted probabilities, natural log (nats). */
export function logLoss(probabilities: readonly number[], labels: readonly number[]): MetricResult {
  const error = checkScoresAndLabels('The probability list', probabilities, labels, true);
  if (error) return fail(error);
  const { total, terms, clipped } = logLossParts(probabilities, labels);
  const value = total / labels.length;
  const steps = [`per example: -ln(p) when y = 1, -ln(1 - p) when y = 0: ${listText(terms)}`, `log loss = ${fmt(total)} / ${labels.length} = ${fmt(value)}`];
  if (clipped > 0)
    steps.unshift(
      `${clipped} ${clipped === 1 ? 'probability' : 'probabilities'} closer than ${LOG_LOSS_EPSILON} to 0 or 1 clipped to ${LOG_LOSS_EPSILON} from the edge`,
    );
  return succeed(value, steps);
}

function binaryEntropy(p: number): number {
  return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
}

function entropyStep(rate: number, entropy: number): string {
  return `entropy of ${fmt(rate, 6)} = -(p ln p + (1 - p) ln(1 - p)) = ${fmt(rate, 6)} × ${fmt(-Math.log(rate))} + ${fmt(1 - rate, 6)} × ${fmt(-Math.log(1 - rate))} = ${fmt(entropy)}`;
}

/**
 * The denominator of normalized cross-entropy: the entropy of a base rate p, which is
 * the log loss of predicting p for every example of data whose positive rate is p.
 */
export function baseRateEntropy(rate: number): MetricResult {
  const error = checkOpenUnit('The base rate', rate);
  if (error) return fail(error);
  const value = binaryEntropy(rate);
  return succeed(value, [entropyStep(rate, value)]);
}

/** A log loss already measured, divided by the entropy of a base rate: NCE when only the two numbers are known. */
export function normalizeLogLoss(loss: number, baseRate: number): MetricResult {
  const error = firstError(
    typeof loss === 'number' && Number.isFinite(loss) && loss >= 0 ? null : `The log loss must be a number of 0 or more (got ${shown(loss)}).`,
    checkOpenUnit('The base rate', baseRate),
  );
  if (error) return fail(error);
  const entropy = binaryEntropy(baseRate);
  const value = loss / entropy;
  return succeed(value, [entropyStep(baseRate, entropy), `NCE = ${fmt(loss)} / ${fmt(entropy)} = ${fmt(value)}`]);
}

/**
 * Log loss divided by the entropy of the base rate: the log loss of always predicting the average. Below 1 beats that.
 * The base rate is the share of positives in `labels` unless `baseRate` is given: He et al. (2014) take the
 * training set's average rate, which makes the denominator the same for every evaluation window.
 */
export function normalizedCrossEntropy(probabilities: readonly number[], labels: readonly number[], baseRate?: number): MetricResult {
  const error = firstError(
    checkScoresAndLabels('The probability list', probabilities, labels, true),
    baseRate === undefined ? null : checkOpenUnit('The base rate', baseRate),
  );
  if (error) return fail(error);
  const positives = labels.filter((y) => y === 1).length;
  if (baseRate === undefined && (positives === 0 || positives === labels.length)) {
    return fail('Normalized cross-entropy is undefined: every label is the same, so the base rate has zero entropy.');
  }
  const { total } = logLossParts(probabilities, labels);
  const loss = total / labels.length;
  const rate = baseRate ?? positives / labels.length;
  const entropy = binaryEntropy(rate);
  const value = loss / entropy;
  return succeed(value, [
    `log loss = ${fmt(loss)}`,
    baseRate === undefined
      ? `base rate p = ${positives} / ${labels.length} = ${fmt(rate)}, the share of positives in the evaluation labels`
      : `base rate p = ${fmt(rate, 6)}, as given`,
    entropyStep(rate, entropy),
    `NCE = ${fmt(loss)} / ${fmt(entropy)} = ${fmt(value)}`,
  ]);
}

/**
 * The bin of p among `bins` equal-width bins [b/B, (b+1)/B), the last one closed at 1.
 * p × B can land just below a whole number (0.57 × 100 = 56.99999999999999), so the
 * first guess is corrected against the edges themselves, b / B, which are the same
 * doubles as the probabilities a reader types: 0.57 opens its bin, 0.19999999999 stays below 0.2.
 */
export function calibrationBin(p: number, bins: number): number {
  let bin = Math.floor(p * bins);
  if ((bin + 1) / bins <= p) bin += 1;
  if (bin / bins > p) bin -= 1;
  return Math.min(bins - 1, Math.max(0, bin));
}

/**
 * Expected calibration error over equal-width bins [b/B, (b+1)/B) (the last bin
 * includes 1): the share-weighted mean gap between mean prediction and observed rate.
 */
export function expectedCalibrationError(probabilities: readonly number[], labels: readonly number[], bins = 10): MetricResult {
  const error = firstError(
    checkScoresAndLabels('The probability list', probabilities, labels, true),
    Number.isInteger(bins) && bins >= 1 && bins <= 1000 ? null : `The number of bins must be a whole number from 1 to 1000 (got ${shown(bins)}).`,
  );
  if (error) return fail(error);
  const count = new Array<number>(bins).fill(0);
  const predicted = new Array<number>(bins).fill(0);
  const observed = new Array<number>(bins).fill(0);
  probabilities.forEach((p, index) => {
    const bin = calibrationBin(p, bins);
    count[bin] = (count[bin] as number) + 1;
    predicted[bin] = (predicted[bin] as number) + p;
    observed[bin] = (observed[bin] as number) + (labels[index] as number);
  });
  const n = labels.length;
  const steps: string[] = [`${bins} equal-width bins, ${n} predictions`];
  const terms: string[] = [];
  let value = 0;
  for (let b = 0; b < bins; b += 1) {
    const nb = count[b] as number;
    if (nb === 0) continue;
    const confidence = (predicted[b] as number) / nb;
    const rate = (observed[b] as number) / nb;
    const gap = Math.abs(rate - confidence);
    value += (nb / n) * gap;
    terms.push(`${nb}/${n} × ${fmt(gap)}`);
    if (steps.length <= MAX_TERMS) {
      steps.push(
        `bin [${fmt(b / bins)}, ${fmt((b + 1) / bins)}${b === bins - 1 ? ']' : ')'}: ${nb} predictions, mean prediction ${fmt(confidence)}, observed rate ${fmt(rate)}, gap ${fmt(gap)}`,
      );
    }
  }
  steps.push(`ECE = ${sumText(terms)} = ${fmt(value)}`);
  return succeed(value, steps);
}

/** Mean prediction over observed rate (equivalently, predicted over observed positives). 1 is calibrated on average. */
export function calibrationRatio(probabilities: readonly number[], labels: readonly number[]): MetricResult {
  const error = checkScoresAndLabels('The probability list', probabilities, labels, true);
  if (error) return fail(error);
  const positives = sum(labels);
  if (positives === 0) return fail('Calibration ratio is undefined: there are no positive labels, so the observed rate is 0.');
  const expected = sum(probabilities);
  const value = expected / positives;
  return succeed(value, [
    `mean prediction = ${fmt(expected)} / ${labels.length} = ${fmt(expected / labels.length)}; observed rate = ${positives} / ${labels.length} = ${fmt(positives / labels.length)}`,
    `calibration ratio = ${fmt(expected / labels.length)} / ${fmt(positives / labels.length)} = ${fmt(value)}`,
  ]);
}

// ---------------------------------------------------------------------------
// Detection

/** An axis-aligned box by its corners: (x1, y1) top left, (x2, y2) bottom right, so x2 > x1 and y2 > y1. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function checkBox(name: string, box: unknown): string | null {
  if (!isRecord(box)) return `${name} needs four numbers: x1, y1, x2, y2.`;
  const values = [box.x1, box.y1, box.x2, box.y2];
  if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) return `${name} needs four numbers: x1, y1, x2, y2.`;
  const [x1, y1, x2, y2] = values as [number, number, number, number];
  if (x2 <= x1) return `${name}: x2 (${x2}) must be greater than x1 (${x1}).`;
  if (y2 <= y1) return `${name}: y2 (${y2}) must be greater than y1 (${y1}).`;
  return null;
}

function area(box: Box): number {
  return (box.x2 - box.x1) * (box.y2 - box.y1);
}

function overlap(a: Box, b: Box): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)),
    height: Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1)),
  };
}

function iouValue(a: Box, b: Box): number {
  const { width, height } = overlap(a, b);
  const intersection = width * height;
  return intersection / (area(a) + area(b) - intersection);
}

/** Intersection over union of two boxes: overlap area / (area A + area B - overlap area). */
export function intersectionOverUnion(a: Box, b: Box): MetricResult {
  const error = firstError(checkBox('Box A', a), checkBox('Box B', b));
  if (error) return fail(error);
  const { width, height } = overlap(a, b);
  const intersection = width * height;
  const union = area(a) + area(b) - intersection;
  const value = intersection / union;
  return succeed(value, [
    `area A = ${fmt(a.x2 - a.x1)} × ${fmt(a.y2 - a.y1)} = ${fmt(area(a))}; area B = ${fmt(b.x2 - b.x1)} × ${fmt(b.y2 - b.y1)} = ${fmt(area(b))}`,
    `overlap = ${fmt(width)} × ${fmt(height)} = ${fmt(intersection)}`,
    `union = ${fmt(area(a))} + ${fmt(area(b))} - ${fmt(intersection)} = ${fmt(union)}`,
    `IoU = ${fmt(intersection)} / ${fmt(union)} = ${fmt(value)}`,
  ]);
}

export interface GroundTruthBox {
  /** The image the box belongs to; boxes only match within one image. */
  image: string;
  box: Box;
}

/** A box of one image: an object with an image name and a valid box. */
function checkImageBox(name: string, item: unknown): string | null {
  if (!isRecord(item)) return `${name} must be an object with an image name and a box (got ${shown(item)}).`;
  if (typeof item.image !== 'string') return `${name} needs the name of its image.`;
  return checkBox(name, item.box);
}

export interface DetectedBox extends GroundTruthBox {
  /** The detector's confidence. */
  score: number;
}

/**
 * How the precision-recall curve becomes one number. `all-point`: the area under the
 * curve after making precision non-increasing (PASCAL VOC from 2010). `eleven-point`: the mean
 * of that interpolated precision at recall 0, 0.1, ..., 1 (PASCAL VOC 2007).
 */
export type ApInterpolation = 'all-point' | 'eleven-point';

/**
 * How a detection finds its ground-truth box. `coco`: the box with the highest IoU among
 * those not yet matched (COCO's evaluation code). `voc`: the box with the highest IoU among
 * all boxes of the image; if that box is already matched, the detection is a false positive
 * (the PASCAL VOC development kit). They differ only where objects overlap.
 */
export type DetectionMatching = 'coco' | 'voc';

/**
 * Average precision of one class at one IoU threshold. Greedy matching: each
 * detection, highest score first, takes a ground-truth box of its image by the
 * `matching` rule and is a true positive if that IoU reaches the threshold;
 * otherwise (no overlap enough, or a duplicate) it is a false positive.
 */
export function detectionAveragePrecision(
  detections: readonly DetectedBox[],
  groundTruths: readonly GroundTruthBox[],
  options: { iouThreshold?: number; interpolation?: ApInterpolation; matching?: DetectionMatching } = {},
): MetricResult {
  if (!isRecord(options)) return fail('The options must be an object such as { iouThreshold: 0.5 }.');
  const { iouThreshold = 0.5, interpolation = 'all-point', matching = 'coco' } = options;
  if (matching !== 'coco' && matching !== 'voc') return fail('The matching must be "coco" or "voc".');
  if (!isList(groundTruths) || groundTruths.length === 0) return fail('Detection AP is undefined: there are no ground-truth boxes, so recall is undefined.');
  if (!isList(detections)) return fail('The detections must be a list (it may be empty).');
  if (typeof iouThreshold !== 'number' || !(iouThreshold > 0 && iouThreshold <= 1))
    return fail(`The IoU threshold must be above 0 and at most 1 (got ${shown(iouThreshold)}).`);
  if (interpolation !== 'all-point' && interpolation !== 'eleven-point') return fail('The interpolation must be "all-point" or "eleven-point".');
  for (const [index, truth] of (groundTruths as readonly unknown[]).entries()) {
    const error = checkImageBox(`Ground-truth box ${index + 1}`, truth);
    if (error) return fail(error);
  }
  for (const [index, detection] of (detections as readonly unknown[]).entries()) {
    const error = checkImageBox(`Detection ${index + 1}`, detection);
    if (error) return fail(error);
    if (typeof (detection as Record<string, unknown>).score !== 'number' || !Number.isFinite((detection as Record<string, unknown>).score)) {
      return fail(`Detection ${index + 1} has a score that is not a number.`);
    }
  }

  const total = groundTruths.length;
  const matched = new Array<boolean>(total).fill(false);
  // Stable sort: equal scores keep their input order.
  const order = detections.map((_, index) => index).sort((a, b) => (detections[b] as DetectedBox).score - (detections[a] as DetectedBox).score);
  const precisions: number[] = [];
  const recalls: number[] = [];
  const steps: string[] = [
    `${total} ground-truth boxes, ${detections.length} detections, IoU threshold ${fmt(iouThreshold)}; highest score first, each matched to the ${matching === 'coco' ? 'best still-unmatched box (COCO)' : 'best box, matched or not (PASCAL VOC)'}`,
  ];
  let tp = 0;
  order.forEach((detectionIndex, position) => {
    const detection = detections[detectionIndex] as DetectedBox;
    let best = -1;
    let bestIou = 0;
    groundTruths.forEach((truth, truthIndex) => {
      if ((matching === 'coco' && matched[truthIndex]) || truth.image !== detection.image) return;
      const iou = iouValue(detection.box, truth.box);
      if (iou > bestIou) {
        bestIou = iou;
        best = truthIndex;
      }
    });
    const duplicate = best >= 0 && bestIou >= iouThreshold && matched[best] === true;
    const isTruePositive = best >= 0 && bestIou >= iouThreshold && !duplicate;
    if (isTruePositive) {
      matched[best] = true;
      tp += 1;
    }
    const p = tp / (position + 1);
    const r = tp / total;
    precisions.push(p);
    recalls.push(r);
    if (position < MAX_TERMS) {
      const why = isTruePositive
        ? `IoU ${fmt(bestIou)} with ground truth ${best + 1}: TP`
        : duplicate
          ? `best IoU ${fmt(bestIou)} is with ground truth ${best + 1}, already matched: a duplicate, FP`
          : best >= 0
            ? `best IoU ${fmt(bestIou)} is below the threshold: FP`
            : 'no unmatched ground-truth box overlaps it (a duplicate or a false alarm): FP';
      steps.push(
        `detection ${detectionIndex + 1} (score ${fmt(detection.score)}): ${why}; precision ${tp}/${position + 1} = ${fmt(p)}, recall ${tp}/${total} = ${fmt(r)}`,
      );
    }
  });

  // Interpolated precision: the best precision at this recall or any higher one.
  const envelope = [...precisions];
  for (let i = envelope.length - 2; i >= 0; i -= 1) envelope[i] = Math.max(envelope[i] as number, envelope[i + 1] as number);

  let value = 0;
  if (interpolation === 'all-point') {
    const terms: string[] = [];
    let previousRecall = 0;
    recalls.forEach((r, i) => {
      if (r > previousRecall) {
        value += (r - previousRecall) * (envelope[i] as number);
        terms.push(`${fmt(r - previousRecall)} × ${fmt(envelope[i] as number)}`);
        previousRecall = r;
      }
    });
    steps.push(`all-point AP = sum of (recall gain × interpolated precision) = ${terms.length > 0 ? sumText(terms) : '0'} = ${fmt(value)}`);
  } else {
    const levels = Array.from({ length: 11 }, (_, i) => i / 10);
    const interpolated = levels.map((level) => {
      const reaching = recalls.map((r, i) => (r >= level - 1e-12 ? (envelope[i] as number) : 0));
      return Math.max(0, ...reaching);
    });
    value = sum(interpolated) / 11;
    steps.push(`interpolated precision at recall 0, 0.1, ..., 1: ${listText(interpolated)}`, `11-point AP = ${fmt(sum(interpolated))} / 11 = ${fmt(value)}`);
  }
  return succeed(value, steps);
}

// ---------------------------------------------------------------------------
// Regression

function checkPairs(actual: unknown, predicted: unknown): string | null {
  return firstError(
    checkList('The actual values', actual),
    checkList('The predictions', predicted),
    checkSameLength('The actual values', actual, 'the predictions', predicted),
  );
}

/** Mean absolute error: the mean of |actual - predicted|, in the target's units. */
export function meanAbsoluteError(actual: readonly number[], predicted: readonly number[]): MetricResult {
  const error = checkPairs(actual, predicted);
  if (error) return fail(error);
  const errors = actual.map((y, i) => Math.abs(y - (predicted[i] as number)));
  const value = sum(errors) / actual.length;
  return succeed(value, [`absolute errors: ${listText(errors)}`, `MAE = ${fmt(sum(errors))} / ${actual.length} = ${fmt(value)}`]);
}

/** Root mean squared error: the square root of the mean squared error, in the target's units. */
export function rootMeanSquaredError(actual: readonly number[], predicted: readonly number[]): MetricResult {
  const error = checkPairs(actual, predicted);
  if (error) return fail(error);
  const squares = actual.map((y, i) => (y - (predicted[i] as number)) ** 2);
  const mean = sum(squares) / actual.length;
  const value = Math.sqrt(mean);
  return succeed(value, [
    `squared errors: ${listText(squares)}`,
    `mean = ${fmt(sum(squares))} / ${actual.length} = ${fmt(mean)}`,
    `RMSE = sqrt(${fmt(mean)}) = ${fmt(value)}`,
  ]);
}

/** Mean absolute percentage error, in percent: 100 × mean of |actual - predicted| / |actual|. */
export function meanAbsolutePercentageError(actual: readonly number[], predicted: readonly number[]): MetricResult {
  const error = checkPairs(actual, predicted);
  if (error) return fail(error);
  const zero = actual.findIndex((y) => y === 0);
  if (zero >= 0) return fail(`MAPE is undefined: the actual value at position ${zero + 1} is 0. Use MAE, or a scaled error.`);
  const ratios = actual.map((y, i) => Math.abs(y - (predicted[i] as number)) / Math.abs(y));
  const value = (100 * sum(ratios)) / actual.length;
  return succeed(value, [`|error| / |actual|: ${listText(ratios)}`, `MAPE = 100 × ${fmt(sum(ratios))} / ${actual.length} = ${fmt(value)}%`]);
}

/**
 * Pinball (quantile) loss at quantile level tau: tau × (y - q) when the actual y is at or above
 * the predicted quantile q, (1 - tau) × (q - y) when below; averaged over examples. Its expectation
 * is smallest when q is the true tau-quantile, so it scores a P90 forecast as a P90 forecast.
 */
export function pinballLoss(actual: readonly number[], predicted: readonly number[], quantile: number): MetricResult {
  const error = firstError(checkPairs(actual, predicted), checkOpenUnit('The quantile level tau', quantile));
  if (error) return fail(error);
  const losses = actual.map((y, i) => {
    const q = predicted[i] as number;
    return y >= q ? quantile * (y - q) : (1 - quantile) * (q - y);
  });
  const value = sum(losses) / actual.length;
  const terms = actual.slice(0, MAX_TERMS).map((y, i) => {
    const q = predicted[i] as number;
    return y >= q
      ? `${fmt(quantile)} × (${fmt(y)} - ${fmt(q)}) = ${fmt(losses[i] as number)}`
      : `${fmt(1 - quantile)} × (${fmt(q)} - ${fmt(y)}) = ${fmt(losses[i] as number)}`;
  });
  return succeed(value, [
    `tau = ${fmt(quantile)}: an actual at or above the forecast costs tau × (y - q), one below it costs (1 - tau) × (q - y)`,
    `per example: ${terms.join('; ')}${actual.length > MAX_TERMS ? `; ... (${actual.length} values)` : ''}`,
    `pinball loss = ${fmt(sum(losses))} / ${actual.length} = ${fmt(value)}`,
  ]);
}

export interface IntervalCoverage {
  /** share of actual values inside their interval, bounds included */
  coverage: number;
  /** mean of upper - lower */
  meanWidth: number;
  /** mean interval score (Gneiting and Raftery, 2007): width plus 2 / alpha times each miss distance; lower is better */
  intervalScore: number;
}

/**
 * How well prediction intervals [lower, upper] with a nominal coverage (0.8 for P10 to P90) hold up:
 * the share of actuals inside, the mean width, and the interval score, which charges the width
 * plus (2 / alpha) × the distance by which an actual falls outside, with alpha = 1 - nominal.
 */
export function intervalCoverage(actual: readonly number[], lower: readonly number[], upper: readonly number[], nominal: number): MetricResult<IntervalCoverage> {
  const error = firstError(
    checkList('The actual values', actual),
    checkList('The lower bounds', lower),
    checkList('The upper bounds', upper),
    checkSameLength('The actual values', actual, 'the lower bounds', lower),
    checkSameLength('The actual values', actual, 'the upper bounds', upper),
    checkOpenUnit('The nominal coverage', nominal),
  );
  if (error) return fail(error);
  const inverted = lower.findIndex((l, i) => l > (upper[i] as number));
  if (inverted >= 0) return fail(`Interval ${inverted + 1} has its lower bound (${lower[inverted]}) above its upper bound (${upper[inverted]}).`);
  const alpha = 1 - nominal;
  const inside = actual.map((y, i) => y >= (lower[i] as number) && y <= (upper[i] as number));
  const widths = actual.map((_, i) => (upper[i] as number) - (lower[i] as number));
  const scores = actual.map((y, i) => {
    const l = lower[i] as number;
    const u = upper[i] as number;
    return u - l + (2 / alpha) * (Math.max(0, l - y) + Math.max(0, y - u));
  });
  const hits = inside.filter(Boolean).length;
  const n = actual.length;
  const value = { coverage: hits / n, meanWidth: sum(widths) / n, intervalScore: sum(scores) / n };
  const misses = actual
    .map((y, i) => ({ y, i }))
    .filter(({ i }) => !inside[i])
    .slice(0, MAX_TERMS)
    .map(
      ({ y, i }) =>
        `${fmt(y)} outside [${fmt(lower[i] as number)}, ${fmt(upper[i] as number)}], so its score adds ${fmt(2 / alpha)} × ${fmt(Math.max(0, (lower[i] as number) - y) + Math.max(0, y - (upper[i] as number)))}`,
    );
  return succeed(value, [
    `coverage = ${hits} of ${n} actuals inside their interval = ${fmt(value.coverage)}, against a nominal ${fmt(nominal)}`,
    `mean width = (${sumText(widths.map((w) => fmt(w)))}) / ${n} = ${fmt(value.meanWidth)}`,
    ...(misses.length > 0 ? misses : ['every actual is inside its interval, so the score is the width alone']),
    `interval score (alpha = ${fmt(alpha)}) = (${sumText(scores.map((x) => fmt(x)))}) / ${n} = ${fmt(value.intervalScore)}`,
  ]);
}

// ---------------------------------------------------------------------------
// Generated answers and rater agreement

const ARTICLES = /\b(a|an|the)\b/g;

/**
 * The answer normalization of the SQuAD evaluation script (Rajpurkar et al., 2016): lower case,
 * punctuation and symbols removed, the articles a, an and the removed, runs of whitespace collapsed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(ARTICLES, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .join(' ');
}

/** A reference is one answer or a list of acceptable answers; a prediction scores its best match. */
export type Reference = string | readonly string[];

function checkAnswers(predictions: unknown, references: unknown): string | null {
  if (!Array.isArray(predictions) || predictions.length === 0) return 'The predictions are empty: give at least one answer.';
  if (!Array.isArray(references) || references.length === 0) return 'The references are empty: give at least one answer.';
  const badPrediction = predictions.findIndex((p) => typeof p !== 'string');
  if (badPrediction >= 0) return `Prediction ${badPrediction + 1} is not text.`;
  const badReference = references.findIndex((r) => (Array.isArray(r) ? r.length === 0 || r.some((x) => typeof x !== 'string') : typeof r !== 'string'));
  if (badReference >= 0) return `Reference ${badReference + 1} must be text or a non-empty list of texts.`;
  return checkSameLength('The predictions', predictions, 'the references', references);
}

function alternatives(reference: Reference): readonly string[] {
  return typeof reference === 'string' ? [reference] : reference;
}

/** Share of predictions whose normalized text equals a normalized reference answer. */
export function exactMatch(predictions: readonly string[], references: readonly Reference[]): MetricResult {
  const error = checkAnswers(predictions, references);
  if (error) return fail(error);
  const matches = predictions.map((prediction, i) =>
    alternatives(references[i] as Reference).some((answer) => normalizeAnswer(answer) === normalizeAnswer(prediction)),
  );
  const hits = matches.filter(Boolean).length;
  const value = hits / predictions.length;
  const steps = predictions.slice(0, MAX_TERMS).map((prediction, i) => {
    const shownReference = alternatives(references[i] as Reference)
      .map((answer) => `"${normalizeAnswer(answer)}"`)
      .join(' or ');
    return `"${prediction}" → "${normalizeAnswer(prediction)}" against ${shownReference}: ${matches[i] ? 'match' : 'no match'}`;
  });
  steps.push(`exact match = ${hits} / ${predictions.length} = ${fmt(value)}`);
  return succeed(value, steps);
}

/** Token F1 of one prediction against one answer: overlap of the two bags of normalized tokens. */
function tokenF1Pair(prediction: string, answer: string): { f1: number; common: number; predicted: number; reference: number } {
  const predicted = normalizeAnswer(prediction).split(' ').filter(Boolean);
  const reference = normalizeAnswer(answer).split(' ').filter(Boolean);
  if (predicted.length === 0 || reference.length === 0) {
    // Both empty is a perfect match; one empty is none (the SQuAD 2.0 convention for "no answer").
    const f1 = predicted.length === reference.length ? 1 : 0;
    return { f1, common: 0, predicted: predicted.length, reference: reference.length };
  }
  const counts = new Map<string, number>();
  for (const token of reference) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(token, left - 1);
    }
  }
  const f1 = common === 0 ? 0 : (2 * common) / (predicted.length + reference.length);
  return { f1, common, predicted: predicted.length, reference: reference.length };
}

/**
 * Mean token-level F1 over predictions: per prediction, precision = shared tokens / predicted tokens,
 * recall = shared tokens / reference tokens, F1 their harmonic mean, the best over acceptable answers.
 */
export function tokenF1(predictions: readonly string[], references: readonly Reference[]): MetricResult {
  const error = checkAnswers(predictions, references);
  if (error) return fail(error);
  const best = predictions.map((prediction, i) =>
    alternatives(references[i] as Reference)
      .map((answer) => tokenF1Pair(prediction, answer))
      .reduce((a, b) => (b.f1 > a.f1 ? b : a)),
  );
  const value = sum(best.map((pair) => pair.f1)) / predictions.length;
  const steps = best
    .slice(0, MAX_TERMS)
    .map(
      (pair, i) =>
        `"${predictions[i]}": ${pair.common} shared of ${pair.predicted} predicted and ${pair.reference} reference tokens, F1 = 2 × ${pair.common} / (${pair.predicted} + ${pair.reference}) = ${fmt(pair.f1)}`,
    );
  steps.push(`token F1 = (${sumText(best.map((pair) => fmt(pair.f1)))}) / ${predictions.length} = ${fmt(value)}`);
  return succeed(value, steps);
}

export interface Agreement {
  kappa: number;
  /** p_o, the share of items both raters label the same */
  observed: number;
  /** p_e, the agreement expected by chance from each rater's label shares */
  expected: number;
}

/**
 * Cohen's kappa (Cohen, 1960) of two raters from their agreement table: rows are rater A's labels,
 * columns rater B's, in the same label order. kappa = (p_o - p_e) / (1 - p_e), where p_o is the share
 * of items on the diagonal and p_e the agreement expected by chance from each rater's label shares.
 */
export function cohensKappa(table: ReadonlyArray<readonly number[]>): MetricResult<Agreement> {
  if (!isList(table) || table.length < 2) return fail('The agreement table needs at least two labels: one row and one column per label.');
  for (const [index, row] of (table as readonly unknown[]).entries()) {
    const error = checkNonNegativeList(`Row ${index + 1} of the agreement table`, row);
    if (error) return fail(error);
    if ((row as readonly number[]).length !== table.length)
      return fail(`Row ${index + 1} has ${(row as readonly number[]).length} counts; the table must be square (${table.length} by ${table.length}).`);
  }
  const labels = table.length;
  const n = sum(table.map((row) => sum(row)));
  if (n === 0) return fail("Cohen's kappa is undefined: the table holds no items.");
  const agreed = sum(table.map((row, i) => row[i] as number));
  const rowShares = table.map((row) => sum(row) / n);
  const columnShares = table.map((_, j) => sum(table.map((row) => row[j] as number)) / n);
  const observed = agreed / n;
  const expected = sum(rowShares.map((share, i) => share * (columnShares[i] as number)));
  if (expected === 1) return fail("Cohen's kappa is undefined: both raters use one label only, so chance agreement is 1.");
  const kappa = (observed - expected) / (1 - expected);
  return succeed({ kappa, observed, expected }, [
    `${n} items, ${labels} labels; on the diagonal: ${agreed}, so observed agreement p_o = ${agreed} / ${n} = ${fmt(observed)}`,
    `label shares, rater A: ${listText(rowShares)}; rater B: ${listText(columnShares)}`,
    `chance agreement p_e = ${sumText(rowShares.map((share, i) => `${fmt(share)} × ${fmt(columnShares[i] as number)}`))} = ${fmt(expected)}`,
    `kappa = (${fmt(observed)} - ${fmt(expected)}) / (1 - ${fmt(expected)}) = ${fmt(kappa)}`,
  ]);
}

// ---------------------------------------------------------------------------
// Online product and integrity rates: each a count over a count of its unit

function countShare(metric: string, partName: string, part: unknown, wholeName: string, whole: unknown): MetricResult {
  const error = firstError(
    checkCount(`The number of ${partName}`, part),
    checkCount(`The number of ${wholeName}`, whole),
    whole === 0 ? `${metric} is undefined: there are no ${wholeName}.` : null,
    (part as number) > (whole as number) ? `There are more ${partName} (${shown(part)}) than ${wholeName} (${shown(whole)}).` : null,
  );
  if (error) return fail(error);
  const value = (part as number) / (whole as number);
  return succeed(value, [`${metric} = ${partName} / ${wholeName} = ${fmt(part as number)} / ${fmt(whole as number)} = ${fmt(value)}`]);
}

/** Clicks over impressions; define "impression" (served or viewed) before comparing two numbers. */
export function clickThroughRate(clicks: number, impressions: number): MetricResult {
  return countShare('CTR', 'clicks', clicks, 'impressions', impressions);
}

/** Conversions over eligible units (clicks, visits or users: say which). */
export function conversionRate(conversions: number, eligibleUnits: number): MetricResult {
  return countShare('conversion rate', 'conversions', conversions, 'eligible units', eligibleUnits);
}

/** Users of a cohort active on day N over the cohort's size. */
export function retentionRate(activeOnDayN: number, cohortSize: number): MetricResult {
  return countShare('retention', 'users active on the day', activeOnDayN, 'users in the cohort', cohortSize);
}

/** Actioned items found before any user report over all actioned items. */
export function proactiveRate(foundBeforeReport: number, actioned: number): MetricResult {
  return countShare('proactive rate', 'items found before any report', foundBeforeReport, 'items actioned', actioned);
}

export interface WatchTime {
  /** total seconds over every assigned user, including those who watched nothing */
  perUser: number;
  /** total seconds over the users who watched anything: the tempting, biased denominator */
  perWatcher: number;
  watchers: number;
}

/** Watch time per assigned user, from each assigned user's total seconds (0 for users who watched nothing). */
export function watchTimePerUser(secondsPerUser: readonly number[]): MetricResult<WatchTime> {
  const error = checkNonNegativeList('The seconds per user', secondsPerUser);
  if (error) return fail(error);
  const total = sum(secondsPerUser);
  const watchers = secondsPerUser.filter((seconds) => seconds > 0).length;
  const perUser = total / secondsPerUser.length;
  const perWatcher = watchers === 0 ? 0 : total / watchers;
  return succeed({ perUser, perWatcher, watchers }, [
    `${secondsPerUser.length} assigned users, ${watchers} of them watched anything; seconds: ${listText(secondsPerUser)}`,
    `per assigned user = ${fmt(total)} / ${secondsPerUser.length} = ${fmt(perUser)} seconds`,
    `per watcher = ${fmt(total)} / ${watchers} = ${fmt(perWatcher)} seconds, which leaves out the users who watched nothing`,
  ]);
}

// ---------------------------------------------------------------------------
// Experiment statistics

/**
 * The complementary error function, erfc(x) = 1 - erf(x), by the Chebyshev
 * fit of Numerical Recipes (Press et al., "erfcc"): relative error under 1.2e-7
 * everywhere, so small p-values keep their leading digits.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const tail =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? tail : 2 - tail;
}

function phi(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * The standard normal quantile by P. J. Acklam's rational approximation
 * (relative error about 1e-9), for p strictly between 0 and 1.
 */
function phiInverse(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const tailQuantile = (q: number) => {
    const t = Math.sqrt(-2 * Math.log(q));
    return (((((c0 * t + c1) * t + c2) * t + c3) * t + c4) * t + c5) / ((((d0 * t + d1) * t + d2) * t + d3) * t + 1);
  };
  const low = 0.02425;
  if (p < low) return tailQuantile(p);
  if (p > 1 - low) return -tailQuantile(1 - p);
  const r = p - 0.5;
  const s = r * r;
  return ((((((a0 * s + a1) * s + a2) * s + a3) * s + a4) * s + a5) * r) / (((((b0 * s + b1) * s + b2) * s + b3) * s + b4) * s + 1);
}

/** The standard normal CDF, P(Z at most z). */
export function normalCdf(z: number): MetricResult {
  if (typeof z !== 'number' || Number.isNaN(z)) return fail('z must be a number.');
  const value = phi(z);
  return succeed(value, [`Phi(${fmt(z)}) = 0.5 × erfc(${fmt(-z)} / sqrt 2) = ${fmt(value, 6)}`]);
}

/** The standard normal quantile: the z with Phi(z) = p. */
export function normalQuantile(p: number): MetricResult {
  const error = checkOpenUnit('p', p);
  if (error) return fail(error);
  const value = phiInverse(p);
  return succeed(value, [`z such that Phi(z) = ${fmt(p, 6)}: ${fmt(value, 6)}`]);
}

function checkConfidence(level: unknown): string | null {
  return checkOpenUnit('The confidence level', level);
}

export interface TwoProportionInput {
  /** successes (clicks, conversions) in arm A, the control */
  successesA: number;
  /** trials (users, impressions) in arm A */
  trialsA: number;
  /** successes in arm B, the treatment */
  successesB: number;
  /** trials in arm B */
  trialsB: number;
}

export interface TwoProportionResult {
  rateA: number;
  rateB: number;
  /** rate B - rate A */
  difference: number;
  z: number;
  /** two-sided */
  pValue: number;
  /** the confidence interval of the difference (unpooled, Wald) */
  ciLow: number;
  ciHigh: number;
}

function checkArm(name: string, successes: unknown, trials: unknown): string | null {
  return firstError(
    checkCount(`${name} successes`, successes),
    checkCount(`${name} trials`, trials),
    trials === 0 ? `${name} has 0 trials.` : null,
    (successes as number) > (trials as number) ? `${name} has more successes (${shown(successes)}) than trials (${shown(trials)}).` : null,
  );
}

/**
 * Two-sided z-test of rate B against rate A with the pooled standard error,
 * and the Wald confidence interval of the difference with the unpooled one.
 */
export function twoProportionZTest(input: TwoProportionInput, confidenceLevel = 0.95): MetricResult<TwoProportionResult> {
  if (!isRecord(input)) return fail(`The experiment must be an object with successesA, trialsA, successesB and trialsB (got ${shown(input)}).`);
  const { successesA, trialsA, successesB, trialsB } = input;
  const error = firstError(checkArm('Arm A', successesA, trialsA), checkArm('Arm B', successesB, trialsB), checkConfidence(confidenceLevel));
  if (error) return fail(error);
  const rateA = successesA / trialsA;
  const rateB = successesB / trialsB;
  const difference = rateB - rateA;
  const pooled = (successesA + successesB) / (trialsA + trialsB);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  if (pooledSe === 0) return fail('The z-test is undefined: both arms have a rate of 0 (or both of 1), so the pooled standard error is 0.');
  const z = difference / pooledSe;
  const pValue = Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
  const zCritical = phiInverse(1 - (1 - confidenceLevel) / 2);
  const unpooledSe = Math.sqrt((rateA * (1 - rateA)) / trialsA + (rateB * (1 - rateB)) / trialsB);
  const margin = zCritical * unpooledSe;
  const value: TwoProportionResult = { rateA, rateB, difference, z, pValue, ciLow: difference - margin, ciHigh: difference + margin };
  return succeed(value, [
    `rate A = ${fmt(successesA)} / ${fmt(trialsA)} = ${fmt(rateA, 6)}; rate B = ${fmt(successesB)} / ${fmt(trialsB)} = ${fmt(rateB, 6)}; difference = ${fmt(difference, 6)}`,
    `pooled rate = ${fmt(successesA + successesB)} / ${fmt(trialsA + trialsB)} = ${fmt(pooled, 6)}`,
    `pooled SE = sqrt(${fmt(pooled, 6)} × ${fmt(1 - pooled, 6)} × (1/${fmt(trialsA)} + 1/${fmt(trialsB)})) = ${sig(pooledSe)}`,
    `z = ${fmt(difference, 6)} / ${sig(pooledSe)} = ${fmt(z)}; two-sided p = 2 × (1 - Phi(${fmt(Math.abs(z))})) = ${fmt(pValue)}`,
    `unpooled SE = sqrt(${fmt(rateA, 6)} × ${fmt(1 - rateA, 6)} / ${fmt(trialsA)} + ${fmt(rateB, 6)} × ${fmt(1 - rateB, 6)} / ${fmt(trialsB)}) = ${sig(unpooledSe)}`,
    `${fmt(confidenceLevel * 100)}% CI of the difference = ${fmt(difference, 6)} ± ${fmt(zCritical)} × ${sig(unpooledSe)} = [${sig(value.ciLow)}, ${sig(value.ciHigh)}]`,
  ]);
}

export interface ProportionInterval {
  rate: number;
  margin: number;
  low: number;
  high: number;
}

/**
 * The Wald confidence interval of one proportion, rate ± z × sqrt(rate (1 - rate) / n),
 * cut to [0, 1]. Fine for many successes and failures; with a handful of events, prefer a Wilson interval.
 */
export function proportionConfidenceInterval(successes: number, trials: number, confidenceLevel = 0.95): MetricResult<ProportionInterval> {
  const error = firstError(checkArm('The sample', successes, trials), checkConfidence(confidenceLevel));
  if (error) return fail(error);
  const rate = successes / trials;
  const zCritical = phiInverse(1 - (1 - confidenceLevel) / 2);
  const se = Math.sqrt((rate * (1 - rate)) / trials);
  const margin = zCritical * se;
  const low = Math.max(0, rate - margin);
  const high = Math.min(1, rate + margin);
  const steps = [
    `rate = ${fmt(successes)} / ${fmt(trials)} = ${fmt(rate, 6)}`,
    `SE = sqrt(${fmt(rate, 6)} × ${fmt(1 - rate, 6)} / ${fmt(trials)}) = ${sig(se)}`,
    `${fmt(confidenceLevel * 100)}% CI = ${fmt(rate, 6)} ± ${fmt(zCritical)} × ${sig(se)} = [${sig(low)}, ${sig(high)}]`,
  ];
  if (low !== rate - margin || high !== rate + margin) steps.push('the interval was cut to stay within [0, 1]');
  const fewer = Math.min(successes, trials - successes);
  if (fewer === 0) {
    steps.push(
      `with ${successes === 0 ? 'no successes' : 'no failures'} the Wald interval collapses to the single point ${fmt(rate)}, claiming a certainty the data do not have: use the Wilson interval`,
    );
  } else if (fewer < FEW_EVENTS) {
    steps.push(
      `only ${fewer} ${successes === fewer ? 'successes' : 'failures'}: the Wald interval covers less often than its level claims; prefer the Wilson interval`,
    );
  }
  return succeed({ rate, margin, low, high }, steps);
}

/** Below this many successes (or failures) the Wald interval's coverage falls short, so its steps say so. */
const FEW_EVENTS = 10;

export interface WilsonInterval extends ProportionInterval {
  /** the interval's midpoint, pulled from the rate toward 1/2 */
  center: number;
}

/**
 * The Wilson score interval of one proportion (Wilson, 1927): the rates p whose
 * z-test against the observed rate is not rejected. With z² / n = c, its center is
 * (rate + c / 2) / (1 + c) and its half-width z / (1 + c) × sqrt(rate (1 - rate) / n + z² / (4 n²)).
 * It stays inside [0, 1] and keeps close to its level with few events, where the Wald interval fails.
 */
export function wilsonInterval(successes: number, trials: number, confidenceLevel = 0.95): MetricResult<WilsonInterval> {
  const error = firstError(checkArm('The sample', successes, trials), checkConfidence(confidenceLevel));
  if (error) return fail(error);
  const rate = successes / trials;
  const z = phiInverse(1 - (1 - confidenceLevel) / 2);
  const z2 = z * z;
  const shrink = 1 + z2 / trials;
  const center = (rate + z2 / (2 * trials)) / shrink;
  const margin = (z / shrink) * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials));
  const low = Math.max(0, center - margin);
  const high = Math.min(1, center + margin);
  return succeed({ rate, center, margin, low, high }, [
    `rate = ${fmt(successes)} / ${fmt(trials)} = ${fmt(rate, 6)}; z = ${fmt(z)}, z² = ${fmt(z2)}`,
    `center = (${fmt(rate, 6)} + z² / (2 × ${fmt(trials)})) / (1 + z² / ${fmt(trials)}) = ${sig(center)}`,
    `half-width = z / (1 + z² / ${fmt(trials)}) × sqrt(${fmt(rate, 6)} × ${fmt(1 - rate, 6)} / ${fmt(trials)} + z² / (4 × ${fmt(trials)}²)) = ${sig(margin)}`,
    `${fmt(confidenceLevel * 100)}% Wilson interval = [${sig(low)}, ${sig(high)}]`,
  ]);
}

export interface SampleSizeInput {
  /** the control's rate p1, strictly between 0 and 1 */
  baselineRate: number;
  /** the smallest lift worth detecting, above 0 */
  minimumDetectableEffect: number;
  /** `absolute`: p2 = p1 + MDE (0.02 is two percentage points). `relative`: p2 = p1 × (1 + MDE) (0.1 is a 10% lift). */
  effect: 'absolute' | 'relative';
  /** two-sided significance level */
  alpha: number;
  /** probability of detecting a true effect of exactly the MDE */
  power: number;
}

export interface SampleSize {
  perArm: number;
  total: number;
  treatmentRate: number;
  /** p2 - p1 */
  delta: number;
  zAlpha: number;
  zBeta: number;
}

/**
 * Users per arm for a two-sided two-proportion test:
 * n = (z_(1 - alpha/2) + z_(power))^2 × (p1 (1 - p1) + p2 (1 - p2)) / (p2 - p1)^2, rounded up.
 */
export function sampleSizePerArm(input: SampleSizeInput): MetricResult<SampleSize> {
  if (!isRecord(input)) return fail(`The test design must be an object with baselineRate, minimumDetectableEffect, effect, alpha and power (got ${shown(input)}).`);
  const { baselineRate, minimumDetectableEffect: mde, effect, alpha, power } = input;
  const error = firstError(
    checkOpenUnit('The baseline rate', baselineRate),
    typeof mde === 'number' && Number.isFinite(mde) && mde > 0 ? null : `The minimum detectable effect must be a number above 0 (got ${shown(mde)}).`,
    effect === 'absolute' || effect === 'relative' ? null : 'The effect must be "absolute" or "relative".',
    checkOpenUnit('Alpha', alpha),
    typeof power === 'number' && power >= 0.5 && power < 1 ? null : `Power must be at least 0.5 and below 1 (got ${shown(power)}).`,
  );
  if (error) return fail(error);
  const delta = effect === 'absolute' ? mde : baselineRate * mde;
  const treatmentRate = baselineRate + delta;
  if (treatmentRate >= 1) return fail(`The treatment rate would be ${fmt(treatmentRate)}: baseline plus effect must stay below 1.`);
  const zAlpha = phiInverse(1 - alpha / 2);
  const zBeta = phiInverse(power);
  const variance = baselineRate * (1 - baselineRate) + treatmentRate * (1 - treatmentRate);
  const exact = ((zAlpha + zBeta) ** 2 * variance) / delta ** 2;
  // The small tolerance keeps float noise (3839.0000000001) from adding a user.
  const perArm = Math.ceil(exact - 1e-9);
  const steps = [
    effect === 'absolute'
      ? `p1 = ${fmt(baselineRate)}, p2 = p1 + ${fmt(mde)} = ${fmt(treatmentRate)}`
      : `p1 = ${fmt(baselineRate)}, p2 = p1 × (1 + ${fmt(mde)}) = ${fmt(treatmentRate)}, so the absolute difference is ${fmt(delta)}`,
    `z for alpha ${fmt(alpha)} (two-sided) = ${fmt(zAlpha)}; z for power ${fmt(power)} = ${fmt(zBeta)}`,
    `p1(1 - p1) + p2(1 - p2) = ${fmt(baselineRate * (1 - baselineRate))} + ${fmt(treatmentRate * (1 - treatmentRate))} = ${fmt(variance)}`,
    `n = (${fmt(zAlpha)} + ${fmt(zBeta)})² × ${fmt(variance)} / ${fmt(delta)}² = ${fmt(exact, 2)}, rounded up to ${fmt(perArm)} per arm`,
  ];
  return succeed({ perArm, total: 2 * perArm, treatmentRate, delta, zAlpha, zBeta }, steps);
}

export interface OneProportionSampleSizeInput {
  /** the rate expected, strictly between 0 and 1 (use 0.5 when nothing is known: it gives the largest n) */
  rate: number;
  /** the half-width wanted, in the rate's own units: 0.0003 is plus or minus 0.03 percentage points */
  margin: number;
  confidenceLevel: number;
}

/** Trials needed to estimate one proportion to within ± margin: n = z² × p (1 - p) / margin², rounded up (the Wald interval's half-width). */
export function oneProportionSampleSize(input: OneProportionSampleSizeInput): MetricResult {
  if (!isRecord(input)) return fail(`The estimate must be an object with rate, margin and confidenceLevel (got ${shown(input)}).`);
  const { rate, margin, confidenceLevel } = input;
  const error = firstError(
    checkOpenUnit('The expected rate', rate),
    typeof margin === 'number' && Number.isFinite(margin) && margin > 0 && margin < 1 ? null : `The margin must be above 0 and below 1 (got ${shown(margin)}).`,
    checkConfidence(confidenceLevel),
  );
  if (error) return fail(error);
  const z = phiInverse(1 - (1 - confidenceLevel) / 2);
  const exact = (z * z * rate * (1 - rate)) / (margin * margin);
  // The small tolerance keeps float noise (3839.0000000001) from adding a trial.
  const value = Math.ceil(exact - 1e-9);
  return succeed(value, [
    `z for ${fmt(confidenceLevel * 100)}% = ${fmt(z)}; p (1 - p) = ${fmt(rate, 6)} × ${fmt(1 - rate, 6)} = ${fmt(rate * (1 - rate), 8)}`,
    `n = ${fmt(z)}² × ${fmt(rate * (1 - rate), 8)} / ${sig(margin)}² = ${fmt(exact, 1)}, rounded up to ${fmt(value)}`,
  ]);
}

export interface NonInferiorityResult {
  /** rate B - rate A, treatment minus control */
  difference: number;
  /** the one-sided upper confidence bound of the difference */
  upperBound: number;
  /** true when the upper bound is at most the margin: the test rules out a harm larger than the margin */
  passes: boolean;
}

/**
 * A guardrail's non-inferiority test for a rate where higher is worse (hides, errors): it passes when
 * the one-sided (1 - alpha) upper bound of rate B - rate A, difference + z_(1 - alpha) × unpooled SE,
 * is at most the margin. alpha = 0.025 reads off the upper end of a two-sided 95% interval.
 */
export function nonInferiorityTest(input: TwoProportionInput, margin: number, alpha: number): MetricResult<NonInferiorityResult> {
  if (!isRecord(input)) return fail(`The experiment must be an object with successesA, trialsA, successesB and trialsB (got ${shown(input)}).`);
  const { successesA, trialsA, successesB, trialsB } = input;
  const error = firstError(
    checkArm('Arm A', successesA, trialsA),
    checkArm('Arm B', successesB, trialsB),
    typeof margin === 'number' && Number.isFinite(margin) && margin > 0 ? null : `The margin must be a number above 0 (got ${shown(margin)}).`,
    typeof alpha === 'number' && alpha > 0 && alpha < 0.5 ? null : `Alpha must lie above 0 and below 0.5 (got ${shown(alpha)}).`,
  );
  if (error) return fail(error);
  const rateA = successesA / trialsA;
  const rateB = successesB / trialsB;
  const difference = rateB - rateA;
  const se = Math.sqrt((rateA * (1 - rateA)) / trialsA + (rateB * (1 - rateB)) / trialsB);
  const z = phiInverse(1 - alpha);
  const upperBound = difference + z * se;
  const passes = upperBound <= margin;
  return succeed({ difference, upperBound, passes }, [
    `difference = ${fmt(rateB, 6)} - ${fmt(rateA, 6)} = ${fmt(difference, 6)}; unpooled SE = ${sig(se)}`,
    `one-sided upper bound at alpha ${fmt(alpha)} = ${fmt(difference, 6)} + ${fmt(z)} × ${sig(se)} = ${sig(upperBound)}`,
    passes
      ? `${sig(upperBound)} is within the margin ${sig(margin)}: the guardrail passes`
      : `${sig(upperBound)} exceeds the margin ${sig(margin)}: the guardrail blocks, because a harm larger than the margin is not ruled out`,
  ]);
}

// ---------------------------------------------------------------------------
// Drift

/** Empty bins get this share before taking logs, so one empty bin cannot make PSI or KL infinite. */
export const DRIFT_EPSILON = 1e-4;

function normalize(name: string, counts: readonly number[]): { shares: number[] } | Failure {
  const error = checkNonNegativeList(name, counts);
  if (error) return fail(error);
  const total = sum(counts);
  if (total === 0) return fail(`${name} sums to 0: it needs at least one count above 0.`);
  return { shares: counts.map((c) => c / total) };
}

function checkEpsilon(epsilon: unknown): string | null {
  return typeof epsilon === 'number' && epsilon > 0 && epsilon < 0.01 ? null : `epsilon must be above 0 and below 0.01 (got ${shown(epsilon)}).`;
}

function twoHistograms(
  expectedName: string,
  expected: readonly number[],
  actualName: string,
  actual: readonly number[],
  epsilon: number,
): { expected: number[]; actual: number[] } | Failure {
  const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
  const error = firstError(
    checkEpsilon(epsilon),
    Array.isArray(expected) && Array.isArray(actual) ? checkSameLength(expectedName, expected, lowerFirst(actualName), actual) : null,
  );
  if (error) return fail(error);
  const e = normalize(expectedName, expected);
  if ('ok' in e) return e;
  const a = normalize(actualName, actual);
  if ('ok' in a) return a;
  return { expected: e.shares, actual: a.shares };
}

/** Reading of a PSI by the industry rules of thumb (conventions, not a statistical test). */
export function psiBand(psi: number): string {
  if (psi < 0.1) return 'under 0.1: no meaningful shift (rule of thumb)';
  if (psi <= 0.25) return '0.1 to 0.25: moderate shift, investigate (rule of thumb)';
  return 'above 0.25: major shift (rule of thumb)';
}

/**
 * Population stability index between a baseline histogram (`expected`) and a
 * current one (`actual`) over the same bins: the sum of (a - e) ln(a / e) over
 * bin shares. Counts or shares both work (each is normalized); empty bins get `epsilon`.
 */
export function populationStabilityIndex(expected: readonly number[], actual: readonly number[], epsilon = DRIFT_EPSILON): MetricResult {
  const shares = twoHistograms('The baseline histogram', expected, 'The current histogram', actual, epsilon);
  if ('ok' in shares) return shares;
  const e = shares.expected.map((x) => (x === 0 ? epsilon : x));
  const a = shares.actual.map((x) => (x === 0 ? epsilon : x));
  const parts = e.map((ei, i) => ((a[i] as number) - ei) * Math.log((a[i] as number) / ei));
  const value = sum(parts);
  const steps = [`baseline shares: ${listText(e)}`, `current shares: ${listText(a)}`];
  if (shares.expected.includes(0) || shares.actual.includes(0)) steps.push(`empty bins set to a share of ${epsilon}`);
  parts.forEach((part, i) => {
    if (i < MAX_TERMS)
      steps.push(`bin ${i + 1}: (${fmt(a[i] as number)} - ${fmt(e[i] as number)}) × ln(${fmt(a[i] as number)} / ${fmt(e[i] as number)}) = ${fmt(part)}`);
  });
  steps.push(`PSI = ${fmt(value)}: ${psiBand(value)}`);
  return succeed(value, steps);
}

/**
 * KL divergence D(P || Q) = sum of p ln(p / q), in nats, over the same bins.
 * Bins where p is 0 add 0; bins where only q is 0 get `epsilon` for q. Not symmetric.
 */
export function klDivergence(p: readonly number[], q: readonly number[], epsilon = DRIFT_EPSILON): MetricResult {
  const shares = twoHistograms('Distribution Q', q, 'Distribution P', p, epsilon);
  if ('ok' in shares) return shares;
  const ps = shares.actual;
  const qs = shares.expected.map((x) => (x === 0 ? epsilon : x));
  const parts = ps.map((pi, i) => (pi === 0 ? 0 : pi * Math.log(pi / (qs[i] as number))));
  const value = sum(parts);
  const steps = [`P shares: ${listText(ps)}`, `Q shares: ${listText(qs)}`];
  if (shares.expected.includes(0)) steps.push(`bins empty in Q set to ${epsilon}`);
  steps.push(`terms p ln(p / q): ${listText(parts)}`, `D(P || Q) = ${fmt(value)} nats`);
  return succeed(value, steps);
}

/** Two-sample Kolmogorov-Smirnov statistic: the largest vertical gap between the two empirical CDFs. */
export function ksStatistic(sampleA: readonly number[], sampleB: readonly number[]): MetricResult {
  const error = firstError(checkList('Sample A', sampleA), checkList('Sample B', sampleB));
  if (error) return fail(error);
  const a = [...sampleA].sort((x, y) => x - y);
  const b = [...sampleB].sort((x, y) => x - y);
  const values = [...new Set([...a, ...b])].sort((x, y) => x - y);
  let i = 0;
  let j = 0;
  let best = 0;
  let at = values[0] as number;
  const steps: string[] = [`${a.length} values in A, ${b.length} in B; compare the empirical CDFs just after each distinct value`];
  for (const x of values) {
    // Step both CDFs past every copy of x before comparing, so ties are handled.
    while (i < a.length && (a[i] as number) <= x) i += 1;
    while (j < b.length && (b[j] as number) <= x) j += 1;
    const gap = Math.abs(i / a.length - j / b.length);
    if (steps.length <= MAX_TERMS) steps.push(`x = ${fmt(x)}: F_A = ${i}/${a.length}, F_B = ${j}/${b.length}, gap ${fmt(gap)}`);
    if (gap > best + 1e-12) {
      best = gap;
      at = x;
    }
  }
  steps.push(`D = ${fmt(best)}, reached at x = ${fmt(at)}`);
  return succeed(best, steps);
}
