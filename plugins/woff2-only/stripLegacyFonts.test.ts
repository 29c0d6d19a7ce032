import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { stripLegacyFonts } from './stripLegacyFonts';

const run = async (css: string) => (await postcss([stripLegacyFonts()]).process(css, { from: undefined })).css;

describe('stripLegacyFonts', () => {
  it('keeps only the woff2 source of a font that has one', async () => {
    const css = '@font-face{font-family:K;src:url(fonts/K.woff2) format("woff2"),url(fonts/K.woff) format("woff"),url(fonts/K.ttf) format("truetype")}';
    expect(await run(css)).toBe('@font-face{font-family:K;src:url(fonts/K.woff2) format("woff2")}');
  });

  it('leaves a font without a woff2 source alone', async () => {
    const css = '@font-face{font-family:L;src:url(a.woff) format("woff"),url(a.ttf) format("truetype")}';
    expect(await run(css)).toBe(css);
  });

  it('does not touch src outside @font-face', async () => {
    const css = '.x{background:url(a.png)}';
    expect(await run(css)).toBe(css);
  });
});
