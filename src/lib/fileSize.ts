/** A download's size as a reader weighs it: "4.2 MB" to one decimal from a megabyte up, whole kilobytes below. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
