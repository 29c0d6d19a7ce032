import React, { type ReactNode } from 'react';
import { metricExamples } from '@site/src/data/metricExamples';
import { f1Score, fBetaScore, formatNumber, precision, recall, type ConfusionMatrix } from '@site/src/lib/metrics';
import { CalculatorFrame, Field, firstProblem, rangeProblem, numberRow, useInputs, type FieldBlame } from './Calculator';
import { parseNumber } from './parseInput';

const { confusionMatrix: example, fBeta } = metricExamples;

/** Range errors from the maths name the count at fault first ("TP must be a whole number..."). */
const BLAME: FieldBlame = [
  [/^TP\b/, 'tp'],
  [/^FN\b/, 'fn'],
  [/^FP\b/, 'fp'],
  [/^TN\b/, 'tn'],
  [/^beta\b/, 'beta'],
];

/** Confusion matrix counts to precision, recall, F1 and F-beta. */
export default function ConfusionMatrixCalculator(): ReactNode {
  const form = useInputs({
    tp: String(example.tp),
    fn: String(example.fn),
    fp: String(example.fp),
    tn: String(example.tn),
    beta: String(fBeta),
  });
  const parsed = {
    tp: parseNumber(form.settled.tp, 'TP'),
    fn: parseNumber(form.settled.fn, 'FN'),
    fp: parseNumber(form.settled.fp, 'FP'),
    tn: parseNumber(form.settled.tn, 'TN'),
    beta: parseNumber(form.settled.beta, 'beta'),
  };
  const inputProblem = firstProblem(parsed);
  const value = (key: keyof typeof parsed) => {
    const result = parsed[key];
    return result.ok ? result.value : 0;
  };
  const cm: ConfusionMatrix = { tp: value('tp'), fp: value('fp'), fn: value('fn'), tn: value('tn') };
  const beta = value('beta');
  const rows = inputProblem
    ? []
    : [
        numberRow('Precision', precision(cm)),
        numberRow('Recall', recall(cm)),
        numberRow('F1', f1Score(cm)),
        numberRow(`F-beta (beta = ${formatNumber(beta)})`, fBetaScore(cm, beta)),
      ];
  const problem = inputProblem ?? rangeProblem(rows, BLAME);

  return (
    <CalculatorFrame
      form={form}
      title="Calculator: precision, recall and F-scores"
      intro="Type the four counts of a confusion matrix. TN is not used by any of these metrics, which is why they suit rare positives."
      problem={problem}
      rows={rows}>
      {(field) => (
        <>
          <Field {...field('tp')} label="TP: actual positive, predicted positive" step={1} />
          <Field {...field('fn')} label="FN: actual positive, predicted negative" step={1} />
          <Field {...field('fp')} label="FP: actual negative, predicted positive" step={1} />
          <Field {...field('tn')} label="TN: actual negative, predicted negative" step={1} />
          <Field {...field('beta')} label="beta for F-beta" hint="2 weighs recall higher, 0.5 precision" step={0.5} />
        </>
      )}
    </CalculatorFrame>
  );
}
