/**
 * The operations pages, in reading order: the one source for their titles,
 * which the build injects into each page's frontmatter and the sidebar and
 * glossary links read.
 */
export interface OperationsPage {
  /** File name under docs/operations/ and URL segment. */
  id: string;
  title: string;
}

export const operationsPages = [
  { id: 'two-pipelines', title: 'Two pipelines: training and inference' },
  { id: 'features-batch-and-streaming', title: 'Features: batch and streaming' },
  { id: 'model-delivery', title: 'Model delivery: CI/CD, canary and rollback' },
  { id: 'experimentation', title: 'Experimentation' },
  { id: 'monitoring-and-drift', title: 'Monitoring and drift' },
  { id: 'serving-at-scale', title: 'Serving at scale' },
  { id: 'feedback-loops-and-responsible-ml', title: 'Feedback loops and responsible ML' },
] as const satisfies readonly OperationsPage[];

export type OperationsPageId = (typeof operationsPages)[number]['id'];

export function operationsPath(id: OperationsPageId): string {
  return `/docs/operations/${id}`;
}

export function operationsPageForFile(filePath: string): OperationsPage | undefined {
  const match = /(?:^|[/\\])docs[/\\]operations[/\\]([a-z0-9-]+)\.mdx$/.exec(filePath);
  return operationsPages.find((page) => page.id === match?.[1]);
}
