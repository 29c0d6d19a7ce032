import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkQuestionIds from './index';
import { questionId, questionSlug } from './questionId';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

async function transform(name: string): Promise<string> {
  const file = new VFile({ path: fixture(name), value: fs.readFileSync(fixture(name), 'utf8') });
  const result = await unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkQuestionIds).use(remarkStringify).process(file);
  return String(result);
}

describe('remark-question-ids', () => {
  it('gives follow-ups an fu- id and self-check questions an sc- id from their text, keeping declared ids', async () => {
    const out = await transform('questions.in.mdx');
    expect(out).toContain('<details id="fu-how-would-you-optimize-for-conversions-instead-of">');
    expect(out).toContain('<details id="sc-what-does-ne-normalize-by">');
    expect(out).toContain('<details id="sc-kept">');
    expect(out.match(/<details id=/g)).toHaveLength(3);
  });

  it('fails the build, naming both lines, when two questions of a page would share an id', async () => {
    await expect(transform('duplicate.in.mdx')).rejects.toThrow(/lines 3 and 10 would share the id "sc-why-calibrate"/);
  });
});

describe('question ids', () => {
  it('keep the first eight words, lowercase, without punctuation, accents or TeX commands', () => {
    expect(questionSlug("What's the café's p95 at $10\\times$ the load, and why?")).toBe('whats-the-cafes-p95-at-10-the-load');
  });

  it('prefix self-check questions with sc- and every other collapsible with fu-', () => {
    expect(questionId('self-check', 'Why?')).toBe('sc-why');
    expect(questionId('follow-ups', 'Why?')).toBe('fu-why');
    expect(questionId('interview-questions', 'Why?')).toBe('fu-why');
    expect(questionId('self-check', '?!')).toBeUndefined();
  });
});
