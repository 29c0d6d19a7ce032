import type { LoadContext, Plugin } from '@docusaurus/types';
import { readingCatalog, type DocEntry, type SidebarEntry } from './catalog';

export const READING_CATALOG_PLUGIN = 'reading-catalog';

export interface ReadingCatalogOptions {
  /** The sidebar whose pages the reader can mark as read. */
  sidebarId: string;
}

interface DocsContent {
  loadedVersions: ReadonlyArray<{ docs: readonly DocEntry[]; sidebars: Readonly<Record<string, readonly SidebarEntry[]>> }>;
}

/**
 * The list of pages a reader can mark as read (id, title, path), as global
 * data: the progress page lists them all, the sidebar and the page footer look
 * a page up. About forty short entries; titles come from the docs themselves.
 */
export default function readingCatalogPlugin(_context: LoadContext, options: ReadingCatalogOptions): Plugin {
  return {
    name: READING_CATALOG_PLUGIN,
    allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const version = docs?.loadedVersions[0];
      if (!version) throw new Error(`${READING_CATALOG_PLUGIN}: the docs plugin loaded no version.`);
      const sidebar = version.sidebars[options.sidebarId];
      if (!sidebar) throw new Error(`${READING_CATALOG_PLUGIN}: no sidebar "${options.sidebarId}".`);
      actions.setGlobalData({ pages: readingCatalog(sidebar, version.docs) });
    },
  };
}
