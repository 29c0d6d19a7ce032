import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, fieldHtml, toAnkiText } from './ankiExport';
import type { Flashcard } from '../../src/shared/flashcard';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const cards = JSON.parse(fixture('chapter.cards.json')) as Flashcard[];
const options = { siteUrl: 'https://example.org', baseUrl: '/companion/', deck: 'Study deck' };

/** Reads an Anki text file the way Anki's importer does: `#key:value` headers on top, then one note a line. */
function parseAnkiText(text: string): { headers: Map<string, string>; rows: string[][] } {
  const lines = text.replace(/\n$/, '').split('\n');
  const headers = new Map<string, string>();
  let i = 0;
  for (; i < lines.length && (lines[i] as string).startsWith('#'); i += 1) {
    const line = (lines[i] as string).slice(1);
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return { headers, rows: lines.slice(i).map((line) => line.split('\t')) };
}

/** Back from a field's HTML to the card's text: entities decoded, MathJax delimiters back to `$`, breaks to blank lines. */
function fieldText(html: string): string {
  return html
    .replace(/<br><br>/g, '\n\n')
    .replace(/\\\((.*?)\\\)/g, (_, tex: string) => `$${tex}$`)
    .replace(/\\\[(.*?)\\\]/g, (_, tex: string) => `$$${tex}$$`)
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('toAnkiText', () => {
  const text = toAnkiText(cards, options);
  const { headers, rows } = parseAnkiText(text);

  it('writes the expected file for the fixture chapter', () => {
    expect(text).toBe(fixture('chapter.anki.txt'));
  });

  it('starts with the header lines Anki reads: tab separator, HTML, note type, deck, columns, tags column', () => {
    expect(Object.fromEntries(headers)).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      deck: 'Study deck',
      columns: 'Front\tBack\tChapter\tLink',
      'tags column': '3',
    });
  });

  it('has one row per card, each with as many fields as there are columns', () => {
    expect(rows).toHaveLength(cards.length);
    for (const row of rows) expect(row).toHaveLength(4);
  });

  it('round-trips a card: question, answer and chapter read back from the row', () => {
    const [front, back, chapter, link] = rows[1] as [string, string, string, string];
    const card = cards[1] as Flashcard;
    expect(fieldText(front)).toBe(card.question);
    expect(fieldText(back.replace(/<br><br><a href=.*$/, ''))).toBe(card.answer);
    expect(chapter).toBe(card.chapter);
    expect(link).toBe('https://example.org/companion/docs/case-studies/toy-ranking#self-check');
  });

  it("ends the Back field with a link to the card's section", () => {
    expect(rows[0]?.[1]).toMatch(
      /<br><br><a href="https:\/\/example\.org\/companion\/docs\/case-studies\/toy-ranking#self-check">Open in chapter: Toy ranking<\/a>$/,
    );
  });

  it('writes a header-only file when there are no cards', () => {
    expect(parseAnkiText(toAnkiText([], options)).rows).toEqual([]);
  });
});

describe('fieldHtml', () => {
  it('keeps tabs and line breaks from splitting a field or a row', () => {
    expect(fieldHtml('one\ttwo\nthree\r\nfour')).toBe('one two three four');
  });

  it('escapes HTML so that text shows as written, including a leading double quote', () => {
    expect(fieldHtml('"<b>" & co')).toBe('&quot;&lt;b&gt;&quot; &amp; co');
  });

  it("hands math to Anki's MathJax delimiters, escaping what would read as HTML", () => {
    expect(fieldHtml('If $a < b$ then\n\n$$\nx^2\n$$')).toBe('If \\(a &lt; b\\) then<br><br>\\[x^2\\]');
  });
});

describe('absoluteUrl', () => {
  it('joins the site URL, the base URL and the site path', () => {
    expect(absoluteUrl('/docs/a#b', { siteUrl: 'https://example.org', baseUrl: '/' })).toBe('https://example.org/docs/a#b');
    expect(absoluteUrl('/docs/a#b', { siteUrl: 'https://example.org/', baseUrl: '/repo/' })).toBe('https://example.org/repo/docs/a#b');
    expect(absoluteUrl('/docs/a', { siteUrl: 'https://example.org', baseUrl: 'repo' })).toBe('https://example.org/repo/docs/a');
  });
});
