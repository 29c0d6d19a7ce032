import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedSvgs } from '@site/plugins/diagram-svgs/store';
import { figuresIn } from '@site/plugins/remark-mermaid-figure/figures';
import { labelProblems } from '@site/plugins/remark-mermaid-figure/labelRule';
import { contentFiles, read, ROOT } from '@site/scripts/support/contentFiles';

const pages = contentFiles('docs', 'blog').filter((file) => figuresIn(read(file), file).length > 0);

describe('every figure has its drawings, light and dark, for its current source', () => {
  it.each(pages)('%s', (file) => {
    const problems = figuresIn(read(file), file).flatMap((figure) =>
      storedSvgs(path.join(ROOT, file), figure.id ?? 'figure-without-id', figure.source)
        .filter((drawing) => !drawing.present)
        .map(
          (drawing) =>
            `${file}:${figure.line} (${figure.id}): the ${drawing.mode} drawing is ${drawing.outdated ? 'out of date' : 'missing'}; run \`npm run diagrams\``,
        ),
    );
    expect(problems).toEqual([]);
  });
});

describe('every diagram keeps its labels short, in the diagram font', () => {
  it.each(pages)('%s', (file) => {
    const problems = figuresIn(read(file), file).flatMap((figure) =>
      labelProblems(figure.source).map(({ line, problem }) => `${file}:${figure.line + line} (${figure.id}): ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
