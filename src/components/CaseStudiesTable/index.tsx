import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { beyondTheBookCaseStudies, bookCaseStudies, caseStudyPath, type CaseStudy } from '@site/src/data/caseStudies';

const COLUMNS = 7;

function Rows({ label, studies }: { label: string; studies: readonly CaseStudy[] }): ReactNode {
  if (studies.length === 0) return null;
  return (
    <tbody>
      <tr>
        <th scope="colgroup" colSpan={COLUMNS}>
          {label}
        </th>
      </tr>
      {studies.map((study) => (
        <tr key={study.slug}>
          <th scope="row">
            <Link to={caseStudyPath(study.slug)}>{study.title}</Link>
            {study.origin === 'book' ? <> (ch. {study.bookChapter})</> : null}
          </th>
          <td>{study.mlTask}</td>
          <td>{study.modelFamily}</td>
          <td>{study.offlineMetrics.join(', ')}</td>
          <td>{study.onlineMetrics.join(', ')}</td>
          <td>{study.latencyBudget}</td>
          <td>{study.scale}</td>
        </tr>
      ))}
    </tbody>
  );
}

/** All case studies side by side, generated from the metadata module. */
export default function CaseStudiesTable(): ReactNode {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table>
        <caption className="sr-only">The case studies compared, the book's first</caption>
        <thead>
          <tr>
            <th scope="col">Case study</th>
            <th scope="col">ML task</th>
            <th scope="col">Model family</th>
            <th scope="col">Offline metrics</th>
            <th scope="col">Online metrics</th>
            <th scope="col">Latency budget</th>
            <th scope="col">Scale (assumed)</th>
          </tr>
        </thead>
        <Rows label="From the book (Aminian and Xu, 2023), in its chapter order" studies={bookCaseStudies} />
        <Rows label="Beyond the book: problems interviewers ask that it does not cover" studies={beyondTheBookCaseStudies} />
      </table>
    </div>
  );
}
