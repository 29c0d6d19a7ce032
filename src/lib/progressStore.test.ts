import { describe, expect, it } from 'vitest';
import {
  PROGRESS_FORMAT,
  applyImport,
  chapterProgress,
  exportProgress,
  isSectionDone,
  parseStoredProgress,
  readProgressFile,
  serializeProgress,
  setChapterDone,
  setSectionDone,
  type ProgressCatalog,
  type ProgressState,
} from './progressStore';

const order = ['requirements', 'model', 'serving'];
const catalog: ProgressCatalog = { 'news-feed': order, 'ad-click-prediction': order };

const file = (body: Record<string, unknown>) => JSON.stringify({ format: PROGRESS_FORMAT, version: 1, ...body });

describe('marking sections', () => {
  it("marks a section done and keeps the chapter's section order", () => {
    let state: ProgressState = {};
    state = setSectionDone(state, 'news-feed', 'serving', true, order);
    state = setSectionDone(state, 'news-feed', 'requirements', true, order);
    expect(state).toEqual({ 'news-feed': ['requirements', 'serving'] });
    expect(isSectionDone(state, 'news-feed', 'serving')).toBe(true);
    expect(isSectionDone(state, 'news-feed', 'model')).toBe(false);
  });

  it('unmarks a section and drops a chapter with nothing done', () => {
    const state = setSectionDone({ 'news-feed': ['model'] }, 'news-feed', 'model', false, order);
    expect(state).toEqual({});
  });

  it('returns the same state when nothing changes', () => {
    const state: ProgressState = { 'news-feed': ['model'] };
    expect(setSectionDone(state, 'news-feed', 'model', true, order)).toBe(state);
  });

  it('marks a whole chapter done and undone', () => {
    const done = setChapterDone({ 'news-feed': ['model'] }, 'news-feed', true, order);
    expect(done).toEqual({ 'news-feed': order });
    expect(chapterProgress(done, 'news-feed', order)).toEqual({ done: 3, total: 3, complete: true });
    expect(setChapterDone(done, 'news-feed', false, order)).toEqual({});
  });

  it("counts the sections done out of the chapter's sections", () => {
    expect(chapterProgress({ 'news-feed': ['model'] }, 'news-feed', order)).toEqual({ done: 1, total: 3, complete: false });
    expect(chapterProgress({}, 'news-feed', order)).toEqual({ done: 0, total: 3, complete: false });
  });
});

describe('export and import', () => {
  const state: ProgressState = { 'news-feed': ['requirements', 'model'], 'ad-click-prediction': order };

  it('exports a versioned, self-describing file that imports back to the same state', () => {
    const text = exportProgress(state, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toEqual({ format: PROGRESS_FORMAT, version: 1, exportedAt: '2026-01-02T03:04:05.000Z', chapters: state });
    // 2 sections in news-feed + 3 in ad-click-prediction = 5 sections in 2 chapters.
    expect(readProgressFile(text, catalog)).toEqual({ ok: true, state, sections: 5, chapters: 2, skipped: [] });
  });

  /** Why the import refused `text`; fails the test if it was accepted. */
  const refusal = (text: string): string => {
    const read = readProgressFile(text, catalog);
    if (read.ok) throw new Error(`expected the import to be refused, but it read ${read.sections} sections`);
    return read.error;
  };

  it('rejects a file that is not JSON', () => {
    expect(refusal('hello')).toContain('not JSON');
  });

  it('rejects JSON from somewhere else', () => {
    expect(refusal('{"marks": {}}')).toContain('not a progress file from this site');
    expect(refusal('[1, 2]')).toContain('not a progress file from this site');
  });

  it('rejects a missing or newer version, saying which', () => {
    expect(refusal(JSON.stringify({ format: PROGRESS_FORMAT, chapters: {} }))).toContain('no valid version');
    expect(refusal(file({ version: 2, chapters: {} }))).toContain('newer version of the site (format version 2)');
  });

  it('rejects a damaged chapter entry, naming it', () => {
    expect(readProgressFile(file({ chapters: { 'news-feed': 'model' } }), catalog)).toEqual({
      ok: false,
      error: 'This progress file is damaged: the entry for "news-feed" is not a list of section ids.',
    });
    expect(readProgressFile(file({}), catalog)).toEqual({ ok: false, error: 'This progress file has no list of chapters.' });
  });

  it('leaves out chapters and sections this site does not have, and lists them', () => {
    const read = readProgressFile(file({ chapters: { 'old-chapter': ['model'], 'news-feed': ['model', 'gone'] } }), catalog);
    expect(read).toEqual({ ok: true, state: { 'news-feed': ['model'] }, sections: 1, chapters: 1, skipped: ['old-chapter', 'news-feed#gone'] });
  });

  it('merges an import into what is already done, or replaces it', () => {
    const current: ProgressState = { 'news-feed': ['serving'] };
    const imported: ProgressState = { 'news-feed': ['requirements'], 'ad-click-prediction': ['model'] };
    expect(applyImport(current, imported, 'merge', catalog)).toEqual({ 'news-feed': ['requirements', 'serving'], 'ad-click-prediction': ['model'] });
    expect(applyImport(current, imported, 'replace', catalog)).toBe(imported);
  });
});

describe('stored progress', () => {
  it('round-trips through storage', () => {
    const state: ProgressState = { 'news-feed': ['model'] };
    expect(parseStoredProgress(serializeProgress(state), catalog)).toEqual(state);
  });

  it('reads as nothing done from nothing or bad data', () => {
    expect(parseStoredProgress(null, catalog)).toEqual({});
    expect(parseStoredProgress('{broken', catalog)).toEqual({});
  });
});
