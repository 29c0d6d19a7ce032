import type { ReadingPage } from '../../src/shared/readingPage';

export type { ReadingPage };

/** The parts of a loaded sidebar item this catalog reads. */
export interface SidebarEntry {
  type: string;
  id?: string;
  link?: { type: string; id?: string };
  items?: readonly SidebarEntry[];
}

export interface DocEntry {
  id: string;
  title: string;
  permalink: string;
}

/** Doc ids in sidebar order: a category's own page first, then its items. */
function sidebarOrder(items: readonly SidebarEntry[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'doc' && item.id) return [item.id];
    if (item.type === 'category') return [...(item.link?.type === 'doc' && item.link.id ? [item.link.id] : []), ...sidebarOrder(item.items ?? [])];
    return [];
  });
}

/** Every page of the sidebar, in the order the reader meets it, with the title and path the build gave it. */
export function readingCatalog(sidebar: readonly SidebarEntry[], docs: readonly DocEntry[]): ReadingPage[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const ids = [...new Set(sidebarOrder(sidebar))];
  return ids.flatMap((id) => {
    const doc = byId.get(id);
    return doc ? [{ id, title: doc.title, path: doc.permalink }] : [];
  });
}
