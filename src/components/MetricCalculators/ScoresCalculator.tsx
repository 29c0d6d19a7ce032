import React, { type ReactNode } from 'react';
import { metricExamples } from '@site/src/data/metricExamples';
import { logLoss, normalizedCrossEntropy, prAuc, rocAuc } from '@site/src/lib/metrics';
import { CalculatorFrame, Field, firstProblem, rangeProblem, numberRow, useInputs, type FieldBlame, type ResultRow } from './Calculator';
import { parseNumberList } from './parseInput';

const { scored: example } = metricExamples;

/** Range errors from the maths, by the field they are about; lists of different lengths blame the labels. */
const BLAME: FieldBlame = [
  [/differ in length/, 'labels'],
  [/^The (score|probability) list\b/, 'scores'],
  [/^The label list\b/, 'labels'],
];

/** Predicted probabilities and 0/1 labels to ROC-AUC, PR-AUC, log loss and normalized cross-entropy. */
export default function ScoresCalculator(): ReactNode {
  const form = useInputs({ scores: example.scores.join(', '), labels: example.labels.join(', ') });
  const parsed = {
    scores: parseNumberList(form.settled.scores, 'the scores'),
    labels: parseNumberList(form.settled.labels, 'the labels'),
  };
  const inputProblem = firstProblem(parsed);
  const rows: ResultRow[] = [];
  if (parsed.scores.ok && parsed.labels.ok) {
    const scores = parsed.scores.value;
    const labels = parsed.labels.value;
    rows.push(
      numberRow('ROC-AUC', rocAuc(scores, labels)),
      numberRow('PR-AUC (average precision)', prAuc(scores, labels)),
      numberRow('Log loss (nats)', logLoss(scores, labels)),
      numberRow('Normalized cross-entropy', normalizedCrossEntropy(scores, labels)),
    );
  }
  const problem = inputProblem ?? rangeProblem(rows, BLAME);

  return (
    <CalculatorFrame
      form={form}
      title="Calculator: ROC-AUC, PR-AUC and log loss"
      intro="Type one predicted probability and one label (1 positive, 0 negative) per example, in the same order. The two AUCs only use the order of the scores; log loss needs probabilities from 0 to 1."
      problem={problem}
      rows={rows}>
      {(field) => (
        <>
          <Field {...field('scores')} label="Predicted probabilities" hint="Comma-separated, for example 0.9, 0.8, 0.7" wide />
          <Field {...field('labels')} label="Labels (0 or 1)" hint="Same order and count as the probabilities" wide />
        </>
      )}
    </CalculatorFrame>
  );
}
