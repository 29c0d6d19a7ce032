import { describe, expect, it } from 'vitest';
import { fileSize } from './fileSize';

describe('fileSize', () => {
  it('gives megabytes to one decimal from 1 MB up', () => {
    expect(fileSize(1024 * 1024)).toBe('1.0 MB');
    expect(fileSize(4_404_019)).toBe('4.2 MB');
  });

  it('gives whole kilobytes below a megabyte, and never 0 KB', () => {
    expect(fileSize(512_000)).toBe('500 KB');
    expect(fileSize(10)).toBe('1 KB');
  });
});
