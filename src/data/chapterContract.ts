/**
 * What every case-study chapter must contain, in order. The content test
 * enforces it and the README's authoring section points here; the wording of
 * the content guide is the source, this module is its checked form.
 */
export const REQUIRED_SECTIONS = [
  { id: 'at-a-glance', label: 'At a glance', holds: 'the problem in two sentences and the metadata table' },
  { id: 'requirements', label: 'Requirements', holds: 'the questions to ask, with the answers assumed' },
  { id: 'framing', label: 'Framing', holds: 'business and ML objective, input and output, rejected framings' },
  { id: 'data', label: 'Data', holds: 'sources, labels, a feature table, batch vs streaming, sampling' },
  { id: 'model', label: 'Model', holds: 'baseline, production design, architecture figure, loss in KaTeX' },
  { id: 'evaluation', label: 'Evaluation', holds: 'offline metrics with formulas, online metrics, the A/B test' },
  { id: 'serving', label: 'Serving', holds: 'training vs inference pipelines, latency budget per stage' },
  { id: 'operations', label: 'Operations', holds: 'drift detection, retraining, CI/CD, canary and rollback, feedback loops' },
  { id: 'scale', label: 'Scale', holds: 'back-of-the-envelope arithmetic, shown' },
  {
    id: 'state-of-the-art',
    label: 'State of the art',
    holds: '2024-2026 methods with source, cost against the baseline and when to propose them; the regulation that shapes the design',
  },
  { id: 'follow-ups', label: 'Follow-ups', holds: 'interviewer follow-ups with collapsible model answers' },
  { id: 'pitfalls', label: 'Pitfalls', holds: 'mistakes candidates make on this problem' },
  {
    id: 'talk-track',
    label: 'Talk track',
    holds: 'the 45-minute answer minute by minute, the 60-second opening, the one deep dive, what to cut',
  },
  { id: 'mock-interview', label: 'Mock interview', holds: 'prompts per framework step, signals, a rubric' },
  { id: 'self-check', label: 'Self-check', holds: 'recall questions with hidden answers' },
  { id: 'references', label: 'References', holds: 'primary sources' },
] as const;

export type SectionId = (typeof REQUIRED_SECTIONS)[number]['id'];

/** The section's name as readers see it in lists and links ("Mock interview"). */
export function sectionLabel(id: SectionId): string {
  return REQUIRED_SECTIONS.find((section) => section.id === id)?.label ?? id;
}

/** What a chapter's own frontmatter holds; title, slug, difficulty and image come from its metadata module at build time. */
export const REQUIRED_FRONTMATTER = ['description', 'tags'] as const;

/**
 * The content guide's 4,000 to 8,000 words apply to the chapter's body, from
 * #at-a-glance through #state-of-the-art. The study kits after it (follow-ups,
 * pitfalls, talk track, mock interview, self-check, references) come on top,
 * within a total ceiling.
 */
export const BODY_ENDS_BEFORE: SectionId = 'follow-ups';

export const CHAPTER_MINIMUMS = {
  words: 4000,
  maxWords: 8000,
  maxTotalWords: 12500,
  figures: 5,
  displayFormulas: 4,
  selfCheckQuestions: 5,
  followUps: 4,
} as const;

export type ChapterMinimums = { [K in keyof typeof CHAPTER_MINIMUMS]: number };
