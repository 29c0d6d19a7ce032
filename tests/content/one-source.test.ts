import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChapter } from '@site/plugins/chapter-reader/parseChapter';
import { injectedFrontMatter } from '@site/src/data/injectedFrontMatter';
import { operationsPages } from '@site/src/data/operations';
import { contentFiles, read } from '@site/scripts/support/contentFiles';

describe('a fact the data modules hold is not restated in a page', () => {
  it.each(contentFiles('docs'))('%s', (file) => {
    const injected = Object.keys(injectedFrontMatter(file) ?? {});
    const { frontmatter } = parseChapter(read(file), { mdx: file.endsWith('.mdx') });
    const restated = injected.filter((field) => field in frontmatter);
    expect(restated, `${file} restates frontmatter the build injects from src/data; remove it from the file`).toEqual([]);
  });

  it('lists every operations page in src/data/operations.ts, and only those', () => {
    const files = contentFiles('docs/operations')
      .map((file) => path.basename(file, '.mdx'))
      .filter((name) => name !== 'index');
    expect(operationsPages.map((page) => page.id).sort()).toEqual(files.sort());
  });

  it('injects the title of a case study and an operations page, and nothing into other pages', () => {
    expect(injectedFrontMatter('/site/docs/case-studies/news-feed.mdx')).toMatchObject({ title: 'Personalized news feed', slug: '/case-studies/news-feed' });
    expect(injectedFrontMatter('docs/operations/experimentation.mdx')).toEqual({ title: 'Experimentation' });
    expect(injectedFrontMatter('docs/reference/metrics.mdx')).toBeUndefined();
  });
});
