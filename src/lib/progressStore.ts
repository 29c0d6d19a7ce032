/**
 * Reading progress without React: which sections of which chapters the reader
 * marked done, kept in localStorage and carried between devices as a JSON file.
 * An imported file is only read and checked here; applying it is a separate,
 * explicit step, so a bad or foreign file can never change anything.
 */
import { isRecord } from './json';

/** Chapter slug to the ids of its sections marked done, in the chapter's section order. */
export type ProgressState = Readonly<Record<string, readonly string[]>>;

/** What a progress file must say it is. */
export const PROGRESS_FORMAT = 'ml-system-design-companion/progress';
export const PROGRESS_VERSION = 1;

/** The chapters this site has and their sections in order: what a progress file is checked against. */
export type ProgressCatalog = Readonly<Record<string, readonly string[]>>;

function withSections(state: ProgressState, chapter: string, sections: readonly string[], order: readonly string[]): ProgressState {
  const kept = order.filter((id) => sections.includes(id));
  const next = { ...state };
  if (kept.length === 0) delete next[chapter];
  else next[chapter] = kept;
  return next;
}

export function isSectionDone(state: ProgressState, chapter: string, section: string): boolean {
  return state[chapter]?.includes(section) ?? false;
}

/** Marks one section done or not done; `order` is the chapter's section order, which the stored list keeps. */
export function setSectionDone(state: ProgressState, chapter: string, section: string, done: boolean, order: readonly string[]): ProgressState {
  const current = state[chapter] ?? [];
  if (current.includes(section) === done) return state;
  return withSections(state, chapter, done ? [...current, section] : current.filter((id) => id !== section), order);
}

/** "Mark chapter done" marks every section; undoing it clears them all. */
export function setChapterDone(state: ProgressState, chapter: string, done: boolean, order: readonly string[]): ProgressState {
  return withSections(state, chapter, done ? order : [], order);
}

export interface ChapterProgress {
  done: number;
  total: number;
  complete: boolean;
}

export function chapterProgress(state: ProgressState, chapter: string, order: readonly string[]): ChapterProgress {
  const done = order.filter((id) => isSectionDone(state, chapter, id)).length;
  return { done, total: order.length, complete: order.length > 0 && done === order.length };
}

/** The file a reader downloads: self-describing, versioned, readable by a person. */
export function exportProgress(state: ProgressState, exportedAt: Date): string {
  return `${JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: exportedAt.toISOString(), chapters: state }, null, 2)}\n`;
}

export type ProgressImport =
  | {
      ok: true;
      state: ProgressState;
      /** Sections marked done in the file that this site knows. */
      sections: number;
      chapters: number;
      /** Chapters or sections in the file that this site does not have (renamed or from a newer site), left out. */
      skipped: string[];
    }
  | { ok: false; error: string };

const fail = (error: string): ProgressImport => ({ ok: false, error });

/**
 * Checks an uploaded file and says what it would change, changing nothing.
 * Errors are sentences for the reader: what is wrong and, where it helps, what to do.
 */
export function readProgressFile(text: string, catalog: ProgressCatalog): ProgressImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not JSON, so it is not a progress file from this site. Choose the file the "Download progress" button saved.');
  }
  if (!isRecord(data) || data.format !== PROGRESS_FORMAT) {
    return fail('This JSON file is not a progress file from this site. Choose the file the "Download progress" button saved.');
  }
  const { version, chapters } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This progress file has no valid version number, so it cannot be read safely.');
  }
  if (version > PROGRESS_VERSION) {
    return fail(
      `This progress file was saved by a newer version of the site (format version ${version}); this page reads version ${PROGRESS_VERSION}. Reload the page and try again.`,
    );
  }
  if (!isRecord(chapters)) return fail('This progress file has no list of chapters.');

  let state: ProgressState = {};
  const skipped: string[] = [];
  for (const [chapter, sections] of Object.entries(chapters)) {
    if (!Array.isArray(sections) || !sections.every((section) => typeof section === 'string')) {
      return fail(`This progress file is damaged: the entry for "${chapter}" is not a list of section ids.`);
    }
    const order = catalog[chapter];
    if (!order) {
      skipped.push(chapter);
      continue;
    }
    for (const section of sections) {
      if (order.includes(section)) state = setSectionDone(state, chapter, section, true, order);
      else skipped.push(`${chapter}#${section}`);
    }
  }
  const counted = Object.values(state);
  return { ok: true, state, sections: counted.reduce((sum, sections) => sum + sections.length, 0), chapters: counted.length, skipped };
}

/** Applies a checked import: `merge` keeps what is already done here, `replace` makes this device match the file. */
export function applyImport(current: ProgressState, imported: ProgressState, mode: 'merge' | 'replace', catalog: ProgressCatalog): ProgressState {
  if (mode === 'replace') return imported;
  let next = current;
  for (const [chapter, sections] of Object.entries(imported)) {
    for (const section of sections) next = setSectionDone(next, chapter, section, true, catalog[chapter] ?? sections);
  }
  return next;
}

/** localStorage form: the export format without the date. */
export function serializeProgress(state: ProgressState): string {
  return JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, chapters: state });
}

/** Reads what serializeProgress wrote; anything unreadable reads as no progress, so storage can never break the page. */
export function parseStoredProgress(raw: string | null | undefined, catalog: ProgressCatalog): ProgressState {
  if (!raw) return {};
  const read = readProgressFile(raw, catalog);
  return read.ok ? read.state : {};
}
