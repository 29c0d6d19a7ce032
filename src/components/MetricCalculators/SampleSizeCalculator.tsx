import React, { type ReactNode } from 'react';
import { metricExamples } from '@site/src/data/metricExamples';
import { formatNumber, sampleSizePerArm, type SampleSizeInput } from '@site/src/lib/metrics';
import { CalculatorFrame, Field, firstProblem, rangeProblem, resultRow, SelectField, useInputs, type FieldBlame, type ResultRow } from './Calculator';
import { parseNumber } from './parseInput';

const { sampleSize: example } = metricExamples;

type Effect = SampleSizeInput['effect'];

const EFFECTS: ReadonlyArray<{ value: Effect; label: string }> = [
  { value: 'absolute', label: 'absolute' },
  { value: 'relative', label: 'relative' },
];

/** Range errors from the maths, by the field they are about; a treatment rate of 1 or more comes from too large an effect. */
const BLAME: FieldBlame = [
  [/^The baseline rate\b/, 'baseline'],
  [/^The minimum detectable effect\b/, 'mde'],
  [/^The treatment rate\b/, 'mde'],
  [/^Alpha\b/, 'alpha'],
  [/^Power\b/, 'power'],
];

/** Baseline rate, minimum detectable effect, alpha and power to users per arm of a two-arm test. */
export default function SampleSizeCalculator(): ReactNode {
  const { inputs, settled, set } = useInputs({
    baseline: String(example.baselineRate),
    mde: String(example.minimumDetectableEffect),
    effect: example.effect,
    alpha: String(example.alpha),
    power: String(example.power),
  });
  const parsed = {
    baseline: parseNumber(settled.baseline, 'the baseline rate'),
    mde: parseNumber(settled.mde, 'the minimum detectable effect'),
    alpha: parseNumber(settled.alpha, 'alpha'),
    power: parseNumber(settled.power, 'power'),
  };
  const inputProblem = firstProblem(parsed);
  const rows: ResultRow[] = [];
  if (parsed.baseline.ok && parsed.mde.ok && parsed.alpha.ok && parsed.power.ok) {
    const result = sampleSizePerArm({
      baselineRate: parsed.baseline.value,
      minimumDetectableEffect: parsed.mde.value,
      effect: settled.effect,
      alpha: parsed.alpha.value,
      power: parsed.power.value,
    });
    rows.push(resultRow('Sample size per arm', result, (size) => `${formatNumber(size.perArm)} (${formatNumber(size.total)} in total)`));
  }
  const problem = inputProblem ?? rangeProblem(rows, BLAME);

  return (
    <CalculatorFrame
      title="Calculator: sample size per arm"
      intro="Rates as decimals (0.1 is 10%). Two-sided test, two equal arms, normal approximation."
      problem={problem}
      rows={rows}>
      {(problemId) => (
        <>
          <Field name="baseline" label="Baseline rate p1" value={inputs.baseline} onChange={set('baseline')} problem={problem} problemId={problemId} step={0.01} />
          <Field name="mde" label="Minimum detectable effect" value={inputs.mde} onChange={set('mde')} problem={problem} problemId={problemId} step={0.01} />
          <SelectField
            label="Effect is"
            hint="Absolute 0.02: +2 points. Relative 0.1: +10% of p1."
            value={inputs.effect}
            options={EFFECTS}
            onChange={set('effect')}
          />
          <Field name="alpha" label="Alpha (two-sided)" value={inputs.alpha} onChange={set('alpha')} problem={problem} problemId={problemId} step={0.01} />
          <Field name="power" label="Power" value={inputs.power} onChange={set('power')} problem={problem} problemId={problemId} step={0.05} />
        </>
      )}
    </CalculatorFrame>
  );
}
