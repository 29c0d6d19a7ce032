// The metrics page imports these; the numbers they show are computed from src/data/metricExamples.ts at build time.
export { default as ExampleValue } from './ExampleValue';
export { default as WorkedExample } from './WorkedExample';
