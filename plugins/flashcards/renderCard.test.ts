import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Flashcard } from '@site/src/shared/flashcard';
import { renderCard } from './index';

const cards = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'chapter.cards.json'), 'utf8')) as Flashcard[];
const [ne, matured, clicks] = cards as [Flashcard, Flashcard, Flashcard];

describe('renderCard: formulas typeset at build time', () => {
  it('renders inline math in the question with KaTeX, keeping the TeX for screen readers, without a paragraph', () => {
    const { questionHtml } = renderCard(ne, '/');
    expect(questionHtml).toMatch(/^What does <span class="katex">/);
    expect(questionHtml).toContain('<annotation encoding="application/x-tex">\\text{NE} = 1</annotation>');
  });

  it('keeps an escaped dollar as a dollar and renders each paragraph and display formula', () => {
    expect(renderCard(ne, '/').answerHtml).toContain('A fee of $5 is not math.</p>');
    const { answerHtml } = renderCard(clicks, '/');
    expect(answerHtml).toMatch(/^<p>About 1,000:<\/p>\n<span class="katex-display">/);
    expect(answerHtml).toContain('<p>so ±10% is about three sigma.</p>');
    expect(renderCard(matured, '/').answerHtml).toBe('<p>Clicks lag impressions.</p>\n<p>An open window misses clicks, so the model looks over-predicting.</p>');
  });

  it('fails on a formula KaTeX rejects, naming the card', () => {
    expect(() => renderCard({ ...ne, answer: 'Broken $\\frac{1}{$ here' }, '/')).toThrow(
      /^toy-ranking: self-check card toy-ranking--1 cannot be rendered: KaTeX could not render/,
    );
  });
});
