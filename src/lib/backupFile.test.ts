import { describe, expect, it } from 'vitest';
import { backupFileName } from './backupFile';

describe('backupFileName', () => {
  it('names the site, the contents and the day', () => {
    expect(backupFileName('progress', new Date('2026-03-02T09:45:00.000Z'))).toBe('ml-system-design-progress-2026-03-02.json');
  });

  it('dates the file by its UTC day, not the local one', () => {
    expect(backupFileName('practice', new Date('2026-12-31T23:30:00.000-05:00'))).toBe('ml-system-design-practice-2027-01-01.json');
  });
});
