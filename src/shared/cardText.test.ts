import { describe, expect, it } from 'vitest';
import { cardParagraphs, cardPlainText, splitMath } from './cardText';

describe('splitMath', () => {
  it('separates inline math from text', () => {
    expect(splitMath('Add $\\ln w$ to the logit.')).toEqual([
      { kind: 'text', value: 'Add ' },
      { kind: 'math', tex: '\\ln w', display: false },
      { kind: 'text', value: ' to the logit.' },
    ]);
  });

  it('reads $$...$$ as display math, across the lines of its paragraph', () => {
    expect(splitMath('$$\n\\frac{1}{2}\n$$')).toEqual([{ kind: 'math', tex: '\\frac{1}{2}', display: true }]);
  });

  it('keeps an escaped dollar and an unclosed dollar as text', () => {
    expect(splitMath('Costs \\$5, or $3')).toEqual([{ kind: 'text', value: 'Costs $5, or $3' }]);
  });

  it('does not end math at an escaped dollar inside it', () => {
    expect(splitMath('$x = \\$1$ only')).toEqual([
      { kind: 'math', tex: 'x = \\$1', display: false },
      { kind: 'text', value: ' only' },
    ]);
  });

  it('joins the lines of a paragraph with spaces', () => {
    expect(splitMath('one\ntwo')).toEqual([{ kind: 'text', value: 'one two' }]);
  });
});

describe('cardParagraphs', () => {
  it('splits on blank lines and drops empty paragraphs', () => {
    expect(cardParagraphs('First.\n\n\n  \nSecond $x$.\n')).toEqual([
      [{ kind: 'text', value: 'First.' }],
      [
        { kind: 'text', value: 'Second ' },
        { kind: 'math', tex: 'x', display: false },
        { kind: 'text', value: '.' },
      ],
    ]);
  });
});

describe('cardPlainText', () => {
  it('reads paragraphs as one line, math as its TeX between single dollars', () => {
    expect(cardPlainText('About 1,000:\n\n$$\n1/\\sqrt{C}\n$$\n\nfee \\$5')).toBe('About 1,000: $1/\\sqrt{C}$ fee $5');
  });
});
