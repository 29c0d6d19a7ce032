// @ts-check
/**
 * Matches the code as it was written before Prettier ran: single quotes, semicolons, trailing commas, a closing `>` kept on the
 * last attribute's line, and a long line. Of the widths measured (120, 140, 150, 160, 165, 170, 180), 165 reformatted the fewest lines.
 *
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 165,
  singleQuote: true,
  trailingComma: 'all',
  bracketSameLine: true,
};
