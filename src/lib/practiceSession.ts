import { frameworkSteps, interviewLengths, type InterviewLength } from '@site/src/data/framework';
import { createTimer, deserializeTimer, pause, resume, serializeTimer, skipToNextStep, timerStatus, type TimerState } from '@site/src/lib/interviewTimer';
import { sortByKey } from './codeOrder';
import { isRecord, parseJsonRecord } from './json';

/**
 * Mock-interview practice sessions without React: what a session holds (notes
 * per framework step, self- or interviewer scores per rubric dimension, the
 * curveballs drawn, the clock), how it moves from interview to review to
 * saved, its score, and its Markdown and JSON forms. An imported file is only
 * read and checked here; applying it is a separate step, so a bad file changes
 * nothing.
 */

/** Solo: the candidate runs the kit alone. Partner: one reads the prompts and scores, the other answers. */
export type PracticeMode = 'solo' | 'partner';

/** Interview: the clock runs through the steps. Review: the signals and rubric are revealed and scored. Done: saved to the history. */
export type SessionPhase = 'interview' | 'review' | 'done';

export const MIN_SCORE = 1;
export const MAX_SCORE = 4;

export interface PracticeSession {
  /** `<chapter>@<start in ms>`: unique per browser, and the key an import merges on. */
  id: string;
  chapter: string;
  chapterTitle: string;
  mode: PracticeMode;
  phase: SessionPhase;
  /** ISO dates. */
  startedAt: string;
  finishedAt?: string;
  /** The rubric's dimensions when the session ran, in order, so the history reads without the kit. */
  dimensions: readonly string[];
  /** Dimension name to its score, 1 to 4; dimensions not scored yet are absent. */
  scores: Readonly<Record<string, number>>;
  /** Framework step id to the candidate's notes or outline. */
  notes: Readonly<Record<string, string>>;
  /** Curveball prompts drawn, in the order they came. */
  curveballs: readonly string[];
  /** Solo review: how many steps' signals are revealed so far. */
  revealedSteps: number;
  timer: TimerState;
}

export interface NewSessionInput {
  chapter: string;
  chapterTitle: string;
  mode: PracticeMode;
  plan: InterviewLength;
  dimensions: readonly string[];
}

export function createSession(input: NewSessionInput, now: number): PracticeSession {
  return {
    id: `${input.chapter}@${now}`,
    chapter: input.chapter,
    chapterTitle: input.chapterTitle,
    mode: input.mode,
    phase: 'interview',
    startedAt: new Date(now).toISOString(),
    dimensions: [...input.dimensions],
    scores: {},
    notes: {},
    curveballs: [],
    revealedSteps: 0,
    timer: createTimer(input.plan),
  };
}

export function setNote(session: PracticeSession, stepId: string, text: string): PracticeSession {
  if ((session.notes[stepId] ?? '') === text) return session;
  const notes = { ...session.notes };
  if (text) notes[stepId] = text;
  else delete notes[stepId];
  return { ...session, notes };
}

/** Scores a dimension of the rubric; `undefined` clears it. Out-of-range scores and unknown dimensions change nothing. */
export function setScore(session: PracticeSession, dimension: string, score: number | undefined): PracticeSession {
  if (!session.dimensions.includes(dimension)) return session;
  if (score !== undefined && !isScore(score)) return session;
  if (session.scores[dimension] === score) return session;
  const scores = { ...session.scores };
  if (score === undefined) delete scores[dimension];
  else scores[dimension] = score;
  return { ...session, scores };
}

/**
 * Draws a curveball not drawn yet in this session, or nothing when all are
 * out; `random` returns a number in [0, 1), as Math.random does.
 */
export function drawCurveball(session: PracticeSession, prompts: readonly string[], random: () => number = Math.random): PracticeSession {
  const left = prompts.filter((prompt) => !session.curveballs.includes(prompt));
  if (left.length === 0) return session;
  const drawn = left[Math.min(left.length - 1, Math.floor(random() * left.length))] as string;
  return { ...session, curveballs: [...session.curveballs, drawn] };
}

/** The timer's change, during the interview only: once it has ended, the clock stays where it stopped. */
function withTimer(session: PracticeSession, change: (timer: TimerState) => TimerState): PracticeSession {
  if (session.phase !== 'interview') return session;
  const timer = change(session.timer);
  return timer === session.timer ? session : { ...session, timer };
}

/** Pauses a running clock or resumes a paused one; a no-op before start and after the interview. */
export function toggleClock(session: PracticeSession, now: number): PracticeSession {
  return withTimer(session, (timer) => {
    const status = timerStatus(timer);
    return status === 'running' ? pause(timer, now) : status === 'paused' ? resume(timer, now) : timer;
  });
}

/** On to the next step now; a no-op before start, on the last step and after the interview. */
export function nextStep(session: PracticeSession, now: number): PracticeSession {
  return withTimer(session, (timer) => skipToNextStep(timer, now));
}

/** Ends the interview part: the clock stops where it is and the answers can be revealed. */
export function finishInterview(session: PracticeSession, now: number): PracticeSession {
  if (session.phase !== 'interview') return session;
  const timer = session.timer.startedAt !== undefined && session.timer.pausedAt === undefined ? { ...session.timer, pausedAt: now } : session.timer;
  return { ...session, phase: 'review', timer };
}

/** Solo review reveals the signals one step at a time, then the rubric. */
export function revealNextStep(session: PracticeSession): PracticeSession {
  if (session.phase !== 'review' || session.revealedSteps >= frameworkSteps.length) return session;
  return { ...session, revealedSteps: session.revealedSteps + 1 };
}

export function saveSession(session: PracticeSession, now: number): PracticeSession {
  if (session.phase === 'done') return session;
  const reviewed = finishInterview(session, now);
  return { ...reviewed, phase: 'done', finishedAt: new Date(now).toISOString(), revealedSteps: frameworkSteps.length };
}

export interface ScoreSummary {
  total: number;
  /** What the scored dimensions could have earned. */
  max: number;
  scored: number;
  dimensions: number;
  /** total / (MAX_SCORE x dimensions), 0 to 1; null when nothing is scored. */
  share: number | null;
}

export function scoreSummary(session: Pick<PracticeSession, 'dimensions' | 'scores'>): ScoreSummary {
  const values = session.dimensions.map((dimension) => session.scores[dimension]).filter((score): score is number => score !== undefined);
  const total = values.reduce((sum, score) => sum + score, 0);
  return {
    total,
    max: values.length * MAX_SCORE,
    scored: values.length,
    dimensions: session.dimensions.length,
    share: values.length === 0 ? null : total / (session.dimensions.length * MAX_SCORE),
  };
}

/** "17 of 24 (6 of 6 dimensions scored)". */
export function describeScore(summary: ScoreSummary): string {
  if (summary.scored === 0) return 'Not scored';
  const full = summary.dimensions * MAX_SCORE;
  const suffix = summary.scored === summary.dimensions ? '' : ` (${summary.scored} of ${summary.dimensions} dimensions scored)`;
  return `${summary.total} of ${full}${suffix}`;
}

/** The session a practice page resumes: the latest one of that chapter still under way. */
export function activeSession(sessions: readonly PracticeSession[], chapter: string): PracticeSession | undefined {
  return sessions.filter((session) => session.chapter === chapter && session.phase !== 'done').at(-1);
}

/** Puts a session into the list, replacing the one with its id. */
export function upsertSession(sessions: readonly PracticeSession[], session: PracticeSession): PracticeSession[] {
  const index = sessions.findIndex((candidate) => candidate.id === session.id);
  if (index === -1) return [...sessions, session];
  const next = [...sessions];
  next[index] = session;
  return next;
}

export function removeSession(sessions: readonly PracticeSession[], id: string): PracticeSession[] {
  return sessions.filter((session) => session.id !== id);
}

export interface ChapterHistory {
  chapter: string;
  chapterTitle: string;
  /** Saved sessions, oldest first. */
  sessions: PracticeSession[];
}

/** Saved sessions grouped by chapter, oldest first within a chapter; chapters in `order` (slugs), others after. */
export function historyByChapter(sessions: readonly PracticeSession[], order: readonly string[] = []): ChapterHistory[] {
  const groups = new Map<string, ChapterHistory>();
  for (const session of sessions) {
    if (session.phase !== 'done') continue;
    const group = groups.get(session.chapter) ?? { chapter: session.chapter, chapterTitle: session.chapterTitle, sessions: [] };
    group.sessions.push(session);
    groups.set(session.chapter, group);
  }
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  for (const group of groups.values()) group.sessions = sortByKey(group.sessions, (session) => session.finishedAt ?? ''); // ISO times: code order is time order
  return [...groups.values()].sort((a, b) => rank(a.chapter) - rank(b.chapter));
}

/** What the Markdown export may show of the kit: the prompt of each step, when the page has the kit. */
export interface ExportKit {
  prompts?: Readonly<Record<string, string>>;
}

const MODE_LABELS: Record<PracticeMode, string> = { solo: 'solo', partner: 'with a partner' };

/** One session as Markdown to paste into a study group's chat or notes. */
export function sessionMarkdown(session: PracticeSession, kit: ExportKit = {}): string {
  const date = (session.finishedAt ?? session.startedAt).slice(0, 10);
  const summary = scoreSummary(session);
  const lines = [
    `# Mock interview: ${session.chapterTitle}`,
    '',
    `${date}, ${session.timer.plan}-minute plan, ${MODE_LABELS[session.mode]}. Score: ${describeScore(summary)}.`,
    '',
    '## Scores',
    '',
    '| Dimension | Score |',
    '| --- | --- |',
    ...session.dimensions.map((dimension) => {
      const score = session.scores[dimension];
      return `| ${dimension.replace(/\|/g, '\\|')} | ${score === undefined ? 'not scored' : `${score} of ${MAX_SCORE}`} |`;
    }),
    '',
    '## Notes by step',
  ];
  frameworkSteps.forEach((step, index) => {
    lines.push('', `### ${index + 1}. ${step.title}`, '');
    const prompt = kit.prompts?.[step.id];
    if (prompt) lines.push(`> Interviewer: "${prompt}"`, '');
    lines.push(session.notes[step.id]?.trim() || '_No notes._');
  });
  if (session.curveballs.length > 0) {
    lines.push('', '## Curveballs drawn', '', ...session.curveballs.map((prompt) => `- "${prompt}"`));
  }
  return `${lines.join('\n')}\n`;
}

/** A file name for the session's Markdown: `mock-interview-<chapter>-<date>.md`. */
export function sessionFileName(session: PracticeSession): string {
  return `mock-interview-${session.chapter}-${(session.finishedAt ?? session.startedAt).slice(0, 10)}.md`;
}

/** What a sessions file must say it is. */
export const SESSIONS_FORMAT = 'ml-system-design-companion/practice-sessions';
export const SESSIONS_VERSION = 1;

/** The backup file: every saved session, self-describing and versioned. */
export function exportSessions(sessions: readonly PracticeSession[], exportedAt: Date): string {
  const saved = sessions.filter((session) => session.phase === 'done');
  return `${JSON.stringify({ format: SESSIONS_FORMAT, version: SESSIONS_VERSION, exportedAt: exportedAt.toISOString(), sessions: saved }, null, 2)}\n`;
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE;
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Checks one session as stored or imported; returns why it is not one, or the session. */
export function readSession(value: unknown): PracticeSession | string {
  if (!isRecord(value)) return 'an entry is not a session';
  const { id, chapter, chapterTitle, mode, phase, startedAt, finishedAt, dimensions, scores, notes, curveballs, revealedSteps, timer } = value;
  const name = typeof id === 'string' ? `session "${id}"` : 'a session';
  if (!isText(id) || !id) return 'a session has no id';
  if (!isText(chapter) || !/^[a-z0-9-]+$/.test(chapter)) return `${name} has no chapter`;
  if (!isText(chapterTitle) || !chapterTitle) return `${name} has no chapter title`;
  if (mode !== 'solo' && mode !== 'partner') return `${name} has an unknown mode`;
  if (phase !== 'interview' && phase !== 'review' && phase !== 'done') return `${name} has an unknown phase`;
  if (!isIsoDate(startedAt)) return `${name} has no start date`;
  if (phase === 'done' ? !isIsoDate(finishedAt) : finishedAt !== undefined) return `${name} has a wrong end date`;
  if (!Array.isArray(dimensions) || dimensions.length === 0 || !dimensions.every((item) => isText(item) && item)) return `${name} has no rubric dimensions`;
  if (!isRecord(scores) || !Object.entries(scores).every(([key, score]) => dimensions.includes(key) && isScore(score))) {
    return `${name} has scores outside the rubric or outside ${MIN_SCORE} to ${MAX_SCORE}`;
  }
  const stepIds = frameworkSteps.map((step) => step.id as string);
  if (!isRecord(notes) || !Object.entries(notes).every(([key, text]) => stepIds.includes(key) && isText(text))) return `${name} has notes for unknown steps`;
  if (!Array.isArray(curveballs) || !curveballs.every(isText)) return `${name} has a damaged list of curveballs`;
  if (typeof revealedSteps !== 'number' || !Number.isInteger(revealedSteps) || revealedSteps < 0 || revealedSteps > frameworkSteps.length) {
    return `${name} has a damaged review position`;
  }
  if (!isRecord(timer) || !interviewLengths.includes(timer.plan as InterviewLength)) return `${name} has a damaged clock`;
  // The timer's own reader checks the clock; anything it cannot read comes back as a fresh timer, which a started session never has.
  const clock = deserializeTimer(serializeTimer(timer as unknown as TimerState));
  if (timer.startedAt !== undefined && clock.startedAt === undefined) return `${name} has a damaged clock`;
  return {
    id,
    chapter,
    chapterTitle,
    mode,
    phase,
    startedAt,
    ...(phase === 'done' ? { finishedAt: finishedAt as string } : {}),
    dimensions: dimensions as string[],
    scores: scores as Record<string, number>,
    notes: notes as Record<string, string>,
    curveballs,
    revealedSteps,
    timer: clock,
  };
}

export type SessionsImport = { ok: true; sessions: PracticeSession[]; added: number; updated: number } | { ok: false; error: string };

const fail = (error: string): SessionsImport => ({ ok: false, error });

/**
 * Checks an uploaded sessions file against what is stored and says what it
 * would change, changing nothing. One bad session refuses the whole file.
 */
export function readSessionsFile(text: string, current: readonly PracticeSession[]): SessionsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not JSON, so it is not a practice-sessions file from this site. Choose the file "Download sessions (JSON)" saved.');
  }
  if (!isRecord(data) || data.format !== SESSIONS_FORMAT) {
    return fail('This is not a practice-sessions file from this site. Choose the file "Download sessions (JSON)" saved.');
  }
  if (data.version !== SESSIONS_VERSION) {
    return fail(`This file was saved by another version of the site (format version ${String(data.version)}); this page reads version ${SESSIONS_VERSION}.`);
  }
  if (!Array.isArray(data.sessions)) return fail('This practice-sessions file has no list of sessions.');
  const sessions: PracticeSession[] = [];
  for (const entry of data.sessions) {
    const session = readSession(entry);
    if (typeof session === 'string') return fail(`This file is damaged: ${session}. Nothing was imported.`);
    if (session.phase !== 'done') return fail(`This file is damaged: session "${session.id}" was never saved. Nothing was imported.`);
    sessions.push(session);
  }
  const known = new Set(current.map((session) => session.id));
  const updated = sessions.filter((session) => known.has(session.id)).length;
  return { ok: true, sessions, added: sessions.length - updated, updated };
}

/** Applies a checked import: sessions with a known id replace the stored one, the others are added. */
export function applySessionsImport(current: readonly PracticeSession[], imported: readonly PracticeSession[]): PracticeSession[] {
  return imported.reduce<PracticeSession[]>((sessions, session) => upsertSession(sessions, session), [...current]);
}

/** localStorage form: every session, those under way included. */
export function serializeSessions(sessions: readonly PracticeSession[]): string {
  return JSON.stringify({ format: SESSIONS_FORMAT, version: SESSIONS_VERSION, sessions });
}

/** Reads what serializeSessions wrote, keeping the sessions that read well: a bad entry in storage never breaks the page. */
export function parseStoredSessions(raw: string | null | undefined): PracticeSession[] {
  const data = parseJsonRecord(raw);
  if (!data || data.format !== SESSIONS_FORMAT || data.version !== SESSIONS_VERSION || !Array.isArray(data.sessions)) return [];
  return data.sessions.map(readSession).filter((session): session is PracticeSession => typeof session !== 'string');
}

/** One key for every practice page and the progress page. */
export const SESSIONS_STORAGE_KEY = 'ml-sdi-companion:practice-sessions';
