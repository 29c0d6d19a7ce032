import React, { type ReactNode } from 'react';
import { metricExamples } from '@site/src/data/metricExamples';
import { DRIFT_EPSILON, klDivergence, populationStabilityIndex } from '@site/src/lib/metrics';
import { CalculatorFrame, Field, firstProblem, rangeProblem, numberRow, useInputs, type FieldBlame, type ResultRow } from './Calculator';
import { parseNumberList } from './parseInput';

const { histograms: example } = metricExamples;

/** Range errors from the maths, by the histogram they are about (KL calls the baseline Q and the current P). */
const BLAME: FieldBlame = [
  [/differ in length/, 'current'],
  [/^(The baseline histogram|Distribution Q)\b/, 'baseline'],
  [/^(The current histogram|Distribution P)\b/, 'current'],
];

/** Two histograms over the same bins to PSI and the KL divergence of current from baseline. */
export default function PsiCalculator(): ReactNode {
  const form = useInputs({ baseline: example.baseline.join(', '), current: example.current.join(', ') });
  const parsed = {
    baseline: parseNumberList(form.settled.baseline, 'the baseline histogram'),
    current: parseNumberList(form.settled.current, 'the current histogram'),
  };
  const inputProblem = firstProblem(parsed);
  const rows: ResultRow[] = [];
  if (parsed.baseline.ok && parsed.current.ok) {
    rows.push(
      numberRow('PSI', populationStabilityIndex(parsed.baseline.value, parsed.current.value)),
      numberRow('KL divergence, current from baseline (nats)', klDivergence(parsed.current.value, parsed.baseline.value)),
    );
  }
  const problem = inputProblem ?? rangeProblem(rows, BLAME);

  return (
    <CalculatorFrame
      form={form}
      title="Calculator: population stability index"
      intro={`Type the counts (or shares) of each bin, same bins in the same order. Empty bins get a share of ${DRIFT_EPSILON} so the logarithm stays finite.`}
      problem={problem}
      rows={rows}>
      {(field) => (
        <>
          <Field {...field('baseline')} label="Baseline histogram (training window)" hint="Comma-separated counts per bin" wide />
          <Field {...field('current')} label="Current histogram (serving window)" hint="Same number of bins" wide />
        </>
      )}
    </CalculatorFrame>
  );
}
