/**
 * Turns what a reader typed into numbers, or into a message that names the
 * field and the offending text. No React here, so it is tested on its own.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A whole number written with thousands separators: 10,000 or 1,250,000. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+$/;

function toNumber(token: string): number | null {
  return NUMBER.test(token) ? Number(token) : null;
}

/** One number. Thousands separators are allowed ("10,000"). */
export function parseNumber(text: string, name: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `Enter a number for ${name}.` };
  const value = toNumber(GROUPED.test(trimmed) ? trimmed.replace(/,/g, '') : trimmed);
  if (value === null || !Number.isFinite(value)) return { ok: false, error: `${name}: "${trimmed}" is not a number.` };
  return { ok: true, value };
}

/** An optional number: blank means undefined. */
export function parseOptionalNumber(text: string, name: string): Parsed<number | undefined> {
  return text.trim() === '' ? { ok: true, value: undefined } : parseNumber(text, name);
}

/** Numbers separated by commas, spaces or semicolons: "0, 3, 0, 1, 2". */
export function parseNumberList(text: string, name: string): Parsed<number[]> {
  const tokens = text
    .split(/[\s,;]+/)
    .map((token) => token.trim())
    .filter((token) => token !== '');
  if (tokens.length === 0) return { ok: false, error: `Enter at least one number for ${name}, separated by commas.` };
  const values: number[] = [];
  for (const [index, token] of tokens.entries()) {
    const value = toNumber(token);
    if (value === null || !Number.isFinite(value)) {
      return { ok: false, error: `${name}: "${token}" (item ${index + 1}) is not a number.` };
    }
    values.push(value);
  }
  return { ok: true, value: values };
}
