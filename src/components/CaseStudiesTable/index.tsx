import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { caseStudies, caseStudyPath } from '@site/src/data/caseStudies';

/** All case studies side by side, generated from the metadata module. */
export default function CaseStudiesTable(): ReactNode {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table>
        <caption className="sr-only">The ten case studies compared</caption>
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
        <tbody>
          {caseStudies.map((study) => (
            <tr key={study.slug}>
              <th scope="row">
                <Link to={caseStudyPath(study.slug)}>{study.title}</Link>
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
      </table>
    </div>
  );
}
