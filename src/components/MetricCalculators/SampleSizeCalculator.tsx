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
  const form = useInputs({
    baseline: String(example.baselineRate),
    mde: String(example.minimumDetectableEffect),
    effect: example.effect,
    alpha: String(example.alpha),
    power: String(example.power),
  });
  const parsed = {
    baseline: parseNumber(form.settled.baseline, 'the baseline rate'),
    mde: parseNumber(form.settled.mde, 'the minimum detectable effect'),
    alpha: parseNumber(form.settled.alpha, 'alpha'),
    power: parseNumber(form.settled.power, 'power'),
  };
  const inputProblem = firstProblem(parsed);
  const rows: ResultRow[] = [];
  if (parsed.baseline.ok && parsed.mde.ok && parsed.alpha.ok && parsed.power.ok) {
    const result = sampleSizePerArm({
      baselineRate: parsed.baseline.value,
      minimumDetectableEffect: parsed.mde.value,
      effect: form.settled.effect,
      alpha: parsed.alpha.value,
      power: parsed.power.value,
    });
    rows.push(resultRow('Sample size per arm', result, (size) => `${formatNumber(size.perArm)} (${formatNumber(size.total)} in total)`));
  }
  const problem = inputProblem ?? rangeProblem(rows, BLAME);

  return (
    <CalculatorFrame
      form={form}
      title="Calculator: sample size per arm"
      intro="Rates as decimals (0.1 is 10%). Two-sided test, two equal arms, normal approximation."
      problem={problem}
      rows={rows}>
      {(field) => (
        <>
          <Field {...field('baseline')} label="Baseline rate p1" step={0.01} />
          <Field {...field('mde')} label="Minimum detectable effect" step={0.01} />
          <SelectField
            label="Effect is"
            hint="Absolute 0.02: +2 points. Relative 0.1: +10% of p1."
            value={form.inputs.effect}
            options={EFFECTS}
            onChange={form.set('effect')}
          />
          <Field {...field('alpha')} label="Alpha (two-sided)" step={0.01} />
          <Field {...field('power')} label="Power" step={0.05} />
        </>
      )}
    </CalculatorFrame>
  );
}
