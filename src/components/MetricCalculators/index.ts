// The metrics page imports these, so their code and the metric maths travel in that page's chunks only.
export { default as ConfusionMatrixCalculator } from './ConfusionMatrixCalculator';
export { default as IouCalculator } from './IouCalculator';
export { default as PsiCalculator } from './PsiCalculator';
export { default as RankingCalculator } from './RankingCalculator';
export { default as SampleSizeCalculator } from './SampleSizeCalculator';
export { default as ScoresCalculator } from './ScoresCalculator';
