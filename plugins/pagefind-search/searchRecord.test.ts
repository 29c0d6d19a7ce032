import { describe, expect, it } from 'vitest';
import { initials, searchRecord, titlePage } from './searchRecord';

const page = `<html><head><title>Ad click | Companion</title></head><body><nav>Chapters</nav><article>
<h1>Ad click prediction</h1>
<h2 id="operations">Operations<a class="hash-link" href="#operations">\u200b</a></h2><p>Track PSI and <span class="katex">x^2</span> drift.</p>
<h3 id="psi">Population stability index</h3><p>Binned.</p>
<figure id="fig-serving"><h3>Figure: Serving path</h3><p data-figure-scroll-hint="true">Scroll sideways for more</p><ul><li>featurestore</li></ul></figure>
<details id="fu-why-retrain-hourly"><summary>Why retrain hourly?</summary><p>Inventory turns over.</p></details>
<h3 id="ann">Approximate nearest neighbor search</h3><p>Trades recall for speed. · Also: <span data-pagefind-weight="10">ANN, vector search</span></p>
</article></body></html>`;

describe('searchRecord', () => {
  const record = searchRecord(page) ?? '';

  it('keeps the article only, without formulas, copy-link controls or the figure scroll hint', () => {
    expect(record).toContain('<title>Ad click prediction</title>');
    expect(record).not.toContain('Scroll sideways');
    expect(record).not.toContain('Chapters');
    expect(record).not.toContain('x^2');
    expect(record).not.toContain('\u200b');
  });

  it('turns figures and questions into headings with their own ids, so results land on them', () => {
    expect(record).toContain('<h3 id="fig-serving">Figure: Serving path</h3>');
    expect(record).toContain('<h4 id="fu-why-retrain-hourly">Why retrain hourly?</h4>');
    expect(record).not.toMatch(/<figure id=|<details id=/);
  });

  it('gives a spelled-out heading the abbreviation the page uses for it', () => {
    expect(record).toContain('<h3 id="psi">Population stability index <span data-pagefind-weight="10">PSI</span></h3>');
  });

  it('skips pages without an article', () => {
    expect(searchRecord('<html><body><main>Landing</main></body></html>')).toBeUndefined();
  });
});

describe('titlePage', () => {
  it('lists every landing place of the record by title, with the abbreviation or aliases it answers to kept apart', () => {
    expect(titlePage(searchRecord(page) ?? '', '/docs/ad-click')).toEqual([
      '/docs/ad-click',
      'Ad click prediction',
      [
        ['operations', 'Operations'],
        ['psi', 'Population stability index', 'PSI'],
        ['fig-serving', 'Figure: Serving path'],
        ['fu-why-retrain-hourly', 'Why retrain hourly?'],
        ['ann', 'Approximate nearest neighbor search', 'ANN, vector search'],
      ],
    ]);
  });
});

describe('initials', () => {
  it('reads the abbreviation of two to five words, hyphenated ones split', () => {
    expect(initials('Click-through rate')).toBe('CTR');
    expect(initials('Normalized cross entropy (log loss)')).toBe('NCE');
    expect(initials('Operations')).toBeUndefined();
  });
});
