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
  const { inputs, settled, set } = useInputs({
    tp: String(example.tp),
    fn: String(example.fn),
    fp: String(example.fp),
    tn: String(example.tn),
    beta: String(fBeta),
  });
  const parsed = {
    tp: parseNumber(settled.tp, 'TP'),
    fn: parseNumber(settled.fn, 'FN'),
    fp: parseNumber(settled.fp, 'FP'),
    tn: parseNumber(settled.tn, 'TN'),
    beta: parseNumber(settled.beta, 'beta'),
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
      title="Calculator: precision, recall and F-scores"
      intro="Type the four counts of a confusion matrix. TN is not used by any of these metrics, which is why they suit rare positives."
      problem={problem}
      rows={rows}>
      {(problemId) => (
        <>
          <Field name="tp" label="TP: actual positive, predicted positive" value={inputs.tp} onChange={set('tp')} problem={problem} problemId={problemId} step={1} />
          <Field name="fn" label="FN: actual positive, predicted negative" value={inputs.fn} onChange={set('fn')} problem={problem} problemId={problemId} step={1} />
          <Field name="fp" label="FP: actual negative, predicted positive" value={inputs.fp} onChange={set('fp')} problem={problem} problemId={problemId} step={1} />
          <Field name="tn" label="TN: actual negative, predicted negative" value={inputs.tn} onChange={set('tn')} problem={problem} problemId={problemId} step={1} />
          <Field
            name="beta"
            label="beta for F-beta"
            hint="2 weighs recall higher, 0.5 precision"
            value={inputs.beta}
            onChange={set('beta')}
            problem={problem}
            problemId={problemId}
            step={0.5}
          />
        </>
      )}
    </CalculatorFrame>
  );
}
