import React, { type ReactNode } from 'react';
import { caseStudyBySlug } from '@site/src/data/caseStudies';

/** The at-a-glance table of a chapter, read from the case-study metadata module. */
export default function CaseStudyAtAGlance({ slug }: { slug: string }): ReactNode {
  const study = caseStudyBySlug(slug);
  const rows: Array<[string, string]> = [
    ['ML task', study.mlTask],
    ['Model family', study.modelFamily],
    ['Offline metrics', study.offlineMetrics.join(', ')],
    ['Online metrics', study.onlineMetrics.join(', ')],
    ['Latency budget', study.latencyBudget],
    ['Scale (assumed)', study.scale],
    ['Difficulty', study.difficulty],
  ];
  return (
    <table>
      <caption className="sr-only">{study.title} at a glance</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
