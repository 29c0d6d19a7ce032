/** A plain JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses text that should hold one JSON object (a stored state, an uploaded
 * file). Undefined when the text is missing, is not JSON, or is JSON of another
 * shape, so callers fall back to a fresh state or say the file is wrong.
 */
export function parseJsonRecord(text: string | null | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isRecord(data) ? data : undefined;
}
