/**
 * The name of a downloaded backup: the site, what the file holds and the UTC
 * day it was made, so a reader's backups sort by date in a folder.
 */
export function backupFileName(contents: string, madeAt: Date): string {
  return `ml-system-design-${contents}-${madeAt.toISOString().slice(0, 10)}.json`;
}
