/**
 * Stable ids for the collapsible questions of a page, derived from the
 * question's text so no chapter has to type them: `sc-` for self-check
 * questions, `fu-` for interviewer follow-ups (the follow-ups of a case study,
 * the interview questions of an operations page).
 */

/** The section that holds self-check questions; every other section's collapsibles are follow-ups. */
export const SELF_CHECK_SECTION = 'self-check';

/** Words kept from the question: enough to tell the questions of one page apart, short enough to paste. */
const MAX_WORDS = 8;

export const QUESTION_ID = /^(fu|sc)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function questionPrefix(sectionId: string | undefined): 'sc' | 'fu' {
  return sectionId === SELF_CHECK_SECTION ? 'sc' : 'fu';
}

/** The question's words as a lowercase kebab slug: "How would you optimize for CTR?" → "how-would-you-optimize-for-ctr". */
export function questionSlug(question: string): string {
  return question
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\\[a-z]+/g, ' ') // TeX commands in inline math read as noise ("\times")
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .join('-');
}

/** `fu-<slug>` or `sc-<slug>`; undefined when the question has no letters or digits to build one from. */
export function questionId(sectionId: string | undefined, question: string): string | undefined {
  const slug = questionSlug(question);
  return slug ? `${questionPrefix(sectionId)}-${slug}` : undefined;
}
