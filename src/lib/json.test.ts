import { describe, expect, it } from 'vitest';
import { isRecord, parseJsonRecord } from './json';

describe('parseJsonRecord', () => {
  it('returns the object a text holds', () => {
    expect(parseJsonRecord('{"version":2,"marks":{}}')).toEqual({ version: 2, marks: {} });
  });

  it.each([[undefined], [null], [''], ['not json'], ['[1,2]'], ['null'], ['42'], ['"text"']])('reads %j as nothing', (text) => {
    expect(parseJsonRecord(text)).toBeUndefined();
  });
});

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1].map(isRecord)).toEqual([true, true, false, false, false, false]);
  });
});
