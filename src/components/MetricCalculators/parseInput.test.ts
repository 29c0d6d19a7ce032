import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumberList, parseOptionalNumber } from './parseInput';

describe('parsing calculator input', () => {
  it('reads a list separated by commas, spaces or semicolons', () => {
    expect(parseNumberList('0, 3, 0,1 2', 'relevances')).toEqual({ ok: true, value: [0, 3, 0, 1, 2] });
    expect(parseNumberList(' 0.9;0.8 ; -1e-3 ', 'scores')).toEqual({ ok: true, value: [0.9, 0.8, -0.001] });
  });

  it('names the field and the item that is not a number', () => {
    expect(parseNumberList('1, two, 3', 'relevances')).toEqual({ ok: false, error: 'relevances: "two" (item 2) is not a number.' });
    expect(parseNumberList('0x10', 'scores')).toEqual({ ok: false, error: 'scores: "0x10" (item 1) is not a number.' });
    expect(parseNumberList(' , ', 'scores')).toEqual({ ok: false, error: 'Enter at least one number for scores, separated by commas.' });
  });

  it('reads one number, with thousands separators', () => {
    expect(parseNumber(' 42 ', 'TP')).toEqual({ ok: true, value: 42 });
    expect(parseNumber('10,000', 'trials')).toEqual({ ok: true, value: 10000 });
    expect(parseNumber('-3', 'TP')).toEqual({ ok: true, value: -3 });
  });

  it('refuses text, a blank and a number too large to be finite', () => {
    expect(parseNumber('abc', 'TP')).toEqual({ ok: false, error: 'TP: "abc" is not a number.' });
    expect(parseNumber('', 'TP')).toEqual({ ok: false, error: 'Enter a number for TP.' });
    expect(parseNumber('1e999', 'TP')).toEqual({ ok: false, error: 'TP: "1e999" is not a number.' });
    expect(parseNumber('1,00', 'TP')).toEqual({ ok: false, error: 'TP: "1,00" is not a number.' });
  });

  it('treats a blank optional number as absent', () => {
    expect(parseOptionalNumber('  ', 'R')).toEqual({ ok: true, value: undefined });
    expect(parseOptionalNumber('5', 'R')).toEqual({ ok: true, value: 5 });
  });
});
