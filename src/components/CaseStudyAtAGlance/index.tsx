import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import BookPdfLink from '@site/src/components/BookPdfLink';
import { caseStudyBySlug } from '@site/src/data/caseStudies';
import { practicePath } from '@site/src/shared/practiceKit';

/** The at-a-glance table of a chapter, read from the case-study metadata module, and the way to its practice page. */
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
    <>
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
      <p>
        <Link to={practicePath(slug)} data-practice-link="">
          Practice this interview
        </Link>{' '}
        on its own page, against the clock, alone or with a partner, with this chapter's prompts, signals, rubric and curveballs.
      </p>
      <BookPdfLink />
    </>
  );
}
