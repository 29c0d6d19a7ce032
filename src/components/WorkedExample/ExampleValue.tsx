import type { ReactNode } from 'react';
import { exampleValues, isExampleValueId } from './workedExamples';

/** One number of a worked example inside a sentence, computed from the page's inputs by the tested functions. */
export default function ExampleValue({ of }: { of: string }): ReactNode {
  if (!isExampleValueId(of)) throw new Error(`<ExampleValue of="${of}">: no example value has that id in src/components/WorkedExample/workedExamples.ts.`);
  return exampleValues[of];
}
