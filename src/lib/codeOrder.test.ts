import { describe, expect, it } from 'vitest';
import { compareCodeOrder, sortByKey } from './codeOrder';

describe('compareCodeOrder', () => {
  it('orders by code unit, so upper case comes before lower case and digits before letters', () => {
    expect(['b', 'a', 'B', '2', 'a'].sort(compareCodeOrder)).toEqual(['2', 'B', 'a', 'a', 'b']);
    expect(compareCodeOrder('same', 'same')).toBe(0);
  });
});

describe('sortByKey', () => {
  it('sorts a copy by the key, computing each key once and keeping ties in input order', () => {
    const items = [
      { name: 'second', at: '2026-12-02' },
      { name: 'first', at: '2026-11-30' },
      { name: 'tie', at: '2026-12-02' },
    ];
    let calls = 0;
    const sorted = sortByKey(items, (item) => {
      calls += 1;
      return item.at;
    });
    expect(sorted.map((item) => item.name)).toEqual(['first', 'second', 'tie']);
    expect(calls).toBe(items.length);
    expect(items.map((item) => item.name)).toEqual(['second', 'first', 'tie']);
  });
});
