import type { GlossaryCategory, GlossaryTerm } from '@site/src/data/glossary';
import { sortByKey } from './codeOrder';

/** What the category select can hold: one category, or none chosen. */
export type CategoryFilter = GlossaryCategory | 'all';

export interface LetterGroup {
  /** "A" to "Z", or "#" for terms that start with a digit or symbol. */
  letter: string;
  terms: readonly GlossaryTerm[];
}

/**
 * Lowercase words separated by single spaces, accents and punctuation dropped,
 * so "Two-Tower", "two tower" and "two_tower" compare equal.
 */
export function searchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * True when every word of the query starts a word of the term's name, aliases,
 * id or definition, and the term is in the chosen category. Matching word
 * starts (not any substring) keeps "ann" from matching "planned".
 */
export function termMatches(term: GlossaryTerm, query: string, category: CategoryFilter = 'all'): boolean {
  if (category !== 'all' && term.category !== category) return false;
  const words = searchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = ` ${searchText([term.term, ...(term.aliases ?? []), term.id, term.definition].join(' '))}`;
  return words.every((word) => haystack.includes(` ${word}`));
}

/**
 * The terms in reading order: A to Z by name, ignoring case and punctuation. `searchText` leaves only
 * a-z, 0-9 and spaces, whose code order is the English order, so no collator is needed (the browser's
 * first collator costs a phone tens of milliseconds).
 */
export function sortTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return sortByKey(terms, (term) => searchText(term.term));
}

function initialOf(term: GlossaryTerm): string {
  const first = searchText(term.term).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Sorted terms grouped under their initial letter; letters with no terms are left out. */
export function groupByInitial(terms: readonly GlossaryTerm[]): LetterGroup[] {
  const groups: { letter: string; terms: GlossaryTerm[] }[] = [];
  for (const term of sortTerms(terms)) {
    const letter = initialOf(term);
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) last.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  // Digits sort before letters, so a "#" group, if any, comes first.
  return groups;
}

/** The anchor of a letter's heading; term ids must never take this form. */
export function letterAnchorId(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/** The sentence shown under the filter and read out politely after it changes. */
export function describeShown(shown: number, total: number): string {
  if (shown === total) return `${total} terms`;
  return `${shown} of ${total} terms`;
}
