import React, { type ReactNode } from 'react';
import { isWorkedExampleId, workedExamples } from './workedExamples';
import styles from './styles.module.css';

interface Props {
  /** The worked example's id in workedExamples.ts, usually the metric's heading id. */
  of: string;
  /** A sentence saying which inputs the example uses; numbers in it come from <ExampleValue>. */
  children?: ReactNode;
}

/**
 * A worked example: its arithmetic, line by line, as the tested metric function wrote
 * it for the page's inputs. Rendered into the server HTML at build time; an unknown id
 * fails the build rather than showing an empty box.
 */
export default function WorkedExample({ of, children }: Props): ReactNode {
  if (!isWorkedExampleId(of)) throw new Error(`<WorkedExample of="${of}">: no worked example has that id in src/components/WorkedExample/workedExamples.ts.`);
  return (
    <div className={styles.example} data-worked-example={of}>
      <p className={styles.lead}>
        <strong>Worked example{children ? ':' : '.'}</strong> {children}
      </p>
      <ol className={styles.steps}>
        {workedExamples[of].map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
