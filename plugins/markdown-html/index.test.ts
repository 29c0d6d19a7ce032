import { describe, expect, it } from 'vitest';
import { markdownToHtml, resolveHref } from './index';

const page = { baseUrl: '/companion/', sourcePath: '/docs/case-studies/toy' };

describe('resolveHref', () => {
  it('points an anchor at the page the text came from, and site paths under the base URL', () => {
    expect(resolveHref('#talk-track', page)).toBe('/companion/docs/case-studies/toy#talk-track');
    expect(resolveHref('/docs/reference/metrics#ndcg', page)).toBe('/companion/docs/reference/metrics#ndcg');
    expect(resolveHref('https://arxiv.org/abs/1', page)).toBe('https://arxiv.org/abs/1');
  });
});

describe('markdownToHtml', () => {
  it('typesets inline and display math with KaTeX, MathML kept for screen readers', () => {
    const html = markdownToHtml('Loss $\\log Q$.\n\n$$\nx^2\n$$', { ...page });
    expect(html).toMatch(/^<p>Loss <span class="katex"><span class="katex-mathml"><math/);
    expect(html).toContain('<span class="katex-display">');
  });

  it('returns one paragraph without its <p> when inline', () => {
    expect(markdownToHtml('A **bold** [link](#x)', { ...page, inline: true })).toBe('A <strong>bold</strong> <a href="/companion/docs/case-studies/toy#x">link</a>');
  });

  it('refuses inline text of two paragraphs', () => {
    expect(() => markdownToHtml('One.\n\nTwo.', { ...page, inline: true })).toThrow('Expected one paragraph of inline text, got 2 block(s).');
  });

  it('fails on a formula KaTeX rejects, with its reason', () => {
    expect(() => markdownToHtml('Bad $\\frac{$ here', page)).toThrow(/KaTeX could not render 1 formula\(s\)[\s\S]*Unexpected end of input/);
  });
});
