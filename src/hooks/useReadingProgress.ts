import { useCallback } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import { caseStudies, caseStudyDocId } from '@site/src/data/caseStudies';
import { REQUIRED_SECTIONS } from '@site/src/data/chapterContract';
import {
  chapterProgress,
  isSectionDone,
  parseStoredProgress,
  serializeProgress,
  setChapterDone,
  setSectionDone,
  type ProgressCatalog,
  type ProgressState,
} from '@site/src/lib/progressStore';
import { StoredValue, type StorageCodec } from '@site/src/browser/storedValue';
import { usePersistentSelection, usePersistentState } from './usePersistentState';
import type { ReadingPage } from '@site/src/shared/readingPage';

export type { ReadingPage };

export const PROGRESS_STORAGE_KEY = 'ml-sdi-companion:reading-progress';

/** A case study's sections, in order: what "done" means for a chapter. */
export const SECTION_ORDER: readonly string[] = REQUIRED_SECTIONS.map((section) => section.id);

/**
 * Any other page has one "section": read. Pages are keyed by doc id beside the chapters' slugs in the same store,
 * so the progress file, its import and its merge cover them unchanged, and an older file (chapters only) still imports.
 */
export const PAGE_READ = 'read';
const PAGE_ORDER: readonly string[] = [PAGE_READ];

const slugByDocId = new Map(caseStudies.map((study) => [caseStudyDocId(study.slug), study.slug]));

/** The case study's slug for its doc id, or undefined for any other page. */
export function caseStudySlug(docId: string): string | undefined {
  return slugByDocId.get(docId);
}

const NOTHING_READ: ProgressState = {};

function catalogOf(pages: readonly ReadingPage[]): ProgressCatalog {
  const entries: Array<[string, readonly string[]]> = caseStudies.map((study) => [study.slug, SECTION_ORDER]);
  for (const page of pages) if (!slugByDocId.has(page.id)) entries.push([page.id, PAGE_ORDER]);
  return Object.fromEntries(entries);
}

export interface ReadingProgress {
  state: ProgressState;
  /** Pass an updater to build on the current state: a change may come before the stored state has arrived. */
  setState: StoredValue<ProgressState>['set'];
  restored: boolean;
  catalog: ProgressCatalog;
  /** Every page of the book in reading order (from plugins/reading-catalog). */
  pages: readonly ReadingPage[];
  isRead: (docId: string) => boolean;
  /** Marks a page read or not; for a case study that is every section done, or none. */
  setRead: (docId: string, read: boolean) => void;
}

/** Whether a page is read in `state`: for a case study, every section done. */
function isReadIn(state: ProgressState, docId: string): boolean {
  const slug = caseStudySlug(docId);
  return slug ? chapterProgress(state, slug, SECTION_ORDER).complete : isSectionDone(state, docId, PAGE_READ);
}

const progressValues = new WeakMap<readonly ReadingPage[], { catalog: ProgressCatalog; stored: StoredValue<ProgressState> }>();

/**
 * The reading progress as kept in localStorage, with the catalog its file is checked against: one per list of pages
 * (the plugin's data, the same array for the whole visit), so every sidebar link shares it without work of its own.
 */
function progressValue(pages: readonly ReadingPage[]): { catalog: ProgressCatalog; stored: StoredValue<ProgressState> } {
  let value = progressValues.get(pages);
  if (!value) {
    const catalog = catalogOf(pages);
    const codec: StorageCodec<ProgressState> = { parse: (raw) => parseStoredProgress(raw, catalog), serialize: serializeProgress };
    value = { catalog, stored: new StoredValue(PROGRESS_STORAGE_KEY, codec, NOTHING_READ) };
    progressValues.set(pages, value);
  }
  return value;
}

function usePages(): readonly ReadingPage[] {
  return (usePluginData('reading-catalog') as { pages: readonly ReadingPage[] }).pages;
}

/** The reader's progress over every page, kept in this browser and shared by the progress page, the sidebar and each page's footer. */
export function useReadingProgress(): ReadingProgress {
  const pages = usePages();
  const { catalog, stored } = progressValue(pages);
  const [state, setState, restored] = usePersistentState(stored);

  const isRead = (docId: string) => isReadIn(state, docId);
  const setRead = (docId: string, read: boolean) => {
    const slug = caseStudySlug(docId);
    setState((current) => (slug ? setChapterDone(current, slug, read, SECTION_ORDER) : setSectionDone(current, docId, PAGE_READ, read, PAGE_ORDER)));
  };
  return { state, setState, restored, catalog, pages, isRead, setRead };
}

/**
 * Whether one page is read, for the sidebar's marks: a link renders again only when its own mark changes, so
 * after hydration a reader with nothing stored, or nothing stored for that page, costs the sidebar no render.
 */
export function useIsRead(docId: string | undefined): boolean {
  const { stored } = progressValue(usePages());
  const select = useCallback((state: ProgressState) => docId !== undefined && isReadIn(state, docId), [docId]);
  return usePersistentSelection(stored, select);
}
