import React, { type ReactNode } from 'react';
import { metricExamples } from '@site/src/data/metricExamples';
import { averagePrecision, dcgAtK, ndcgAtK, precisionAtK, recallAtK, reciprocalRank } from '@site/src/lib/metrics';
import { CalculatorFrame, Field, firstProblem, rangeProblem, numberRow, useInputs, type FieldBlame, type ResultRow } from './Calculator';
import { parseNumber, parseNumberList, parseOptionalNumber } from './parseInput';

const { ranking: example } = metricExamples;

/** Range errors from the maths, by the field they are about. */
const BLAME: FieldBlame = [
  [/^The relevance list\b/, 'relevances'],
  [/^k must\b/, 'k'],
  [/^(R \(|The number of relevant items R\b)/, 'total'],
];

/** One ranked list of graded relevances and a cutoff to the ranking metrics, nDCG under both gains. */
export default function RankingCalculator(): ReactNode {
  const form = useInputs({ relevances: example.relevances.join(', '), k: String(example.k), total: '' });
  const parsed = {
    relevances: parseNumberList(form.settled.relevances, 'the relevances'),
    k: parseNumber(form.settled.k, 'k'),
    total: parseOptionalNumber(form.settled.total, 'R'),
  };
  const inputProblem = firstProblem(parsed);
  const rows: ResultRow[] = [];
  if (parsed.relevances.ok && parsed.k.ok && parsed.total.ok) {
    const relevances = parsed.relevances.value;
    const k = parsed.k.value;
    const total = parsed.total.value;
    rows.push(
      numberRow(`Precision@${k}`, precisionAtK(relevances, k)),
      numberRow(`Recall@${k}`, recallAtK(relevances, k, total)),
      numberRow('Reciprocal rank (MRR of this one query)', reciprocalRank(relevances)),
      numberRow('Average precision', averagePrecision(relevances, total)),
      numberRow(`DCG@${k}, linear gain`, dcgAtK(relevances, k, 'linear')),
      numberRow(`nDCG@${k}, linear gain`, ndcgAtK(relevances, k, 'linear')),
      numberRow(`DCG@${k}, exponential gain`, dcgAtK(relevances, k, 'exponential')),
      numberRow(`nDCG@${k}, exponential gain`, ndcgAtK(relevances, k, 'exponential')),
    );
  }
  const problem = inputProblem ?? rangeProblem(rows, BLAME);

  return (
    <CalculatorFrame
      form={form}
      title="Calculator: ranking metrics for one list"
      intro="Type the relevance of each result in rank order (0 means not relevant; graded values such as 0 to 3 feed DCG). The binary metrics count any relevance above 0 as relevant."
      problem={problem}
      rows={rows}>
      {(field) => (
        <>
          <Field {...field('relevances')} label="Relevances in rank order" hint="Comma-separated, for example 0, 3, 0, 1, 2" wide />
          <Field {...field('k')} label="Cutoff k" step={1} />
          <Field {...field('total')} label="R, relevant items in total (optional)" hint="Blank: the relevant items of the list" step={1} />
        </>
      )}
    </CalculatorFrame>
  );
}
