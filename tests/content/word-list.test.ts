import { describe, expect, it } from 'vitest';
import { read } from '@site/scripts/support/contentFiles';

describe('project-words.txt', () => {
  it('is sorted (byte order) and holds each word once, so merges and reviews stay readable', () => {
    const words = read('project-words.txt').split('\n').filter(Boolean);
    const sorted = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(words, 'run: LC_ALL=C sort -u project-words.txt -o project-words.txt').toEqual(sorted);
  });
});
