// Every calculator in one lazily loaded chunk. Separate chunks would each carry
// their own copy of the metric maths (too small for the bundler to split out),
// and a page with several calculators would download it several times.
export { default as ConfusionMatrixCalculator } from './ConfusionMatrixCalculator';
export { default as IouCalculator } from './IouCalculator';
export { default as PsiCalculator } from './PsiCalculator';
export { default as RankingCalculator } from './RankingCalculator';
export { default as SampleSizeCalculator } from './SampleSizeCalculator';
export { default as ScoresCalculator } from './ScoresCalculator';
