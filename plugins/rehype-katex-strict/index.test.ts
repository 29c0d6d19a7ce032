import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeKatexStrict from './index';

function render(markdown: string): Promise<VFile> {
  return unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, { strict: 'error' })
    .use(rehypeKatexStrict)
    .use(rehypeStringify)
    .process(new VFile({ path: 'docs/chapter.mdx', value: markdown }));
}

describe('rehype-katex-strict', () => {
  it('lets valid formulas through, rendered', async () => {
    const file = await render('Recall is $\\frac{TP}{TP + FN}$.');
    expect(String(file)).toContain('class="katex"');
  });

  it('fails on an unknown command, naming the file, the line and the reason', async () => {
    await expect(render('Intro.\n\nBad: $\\fracc{1}{2}$')).rejects.toThrow(
      /KaTeX could not render 1 formula\(s\):\n {2}docs\/chapter\.mdx:3:6 .*Undefined control sequence: \\fracc/,
    );
  });

  it('fails on text that strict KaTeX rejects, such as accented text in math mode', async () => {
    await expect(render('$é$')).rejects.toThrow(/docs\/chapter\.mdx:1:1/);
  });
});
