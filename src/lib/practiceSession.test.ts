import { describe, expect, it } from 'vitest';
import { createTimer, start } from '@site/src/lib/interviewTimer';
import {
  activeSession,
  applySessionsImport,
  createSession,
  describeScore,
  drawCurveball,
  exportSessions,
  finishInterview,
  historyByChapter,
  nextStep,
  parseStoredSessions,
  readSessionsFile,
  revealNextStep,
  saveSession,
  scoreSummary,
  serializeSessions,
  sessionFileName,
  sessionMarkdown,
  setNote,
  setScore,
  SESSIONS_FORMAT,
  toggleClock,
  type PracticeSession,
} from './practiceSession';

const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);
const MINUTE = 60_000;
const input = {
  chapter: 'video-search',
  chapterTitle: 'Video search',
  mode: 'solo' as const,
  plan: 45 as const,
  dimensions: ['Framing', 'Retrieval', 'Operations'],
};

function savedSession(at = T0): PracticeSession {
  let session = createSession(input, at);
  session = { ...session, timer: start(session.timer, at) };
  session = setNote(session, 'clarify-requirements', 'Asked about query types.');
  session = setScore(setScore(setScore(session, 'Framing', 3), 'Retrieval', 4), 'Operations', 2);
  return saveSession(session, at + 40 * MINUTE);
}

describe('a practice session', () => {
  it('starts in the interview phase with nothing noted or scored, on the chosen plan', () => {
    const session = createSession(input, T0);
    expect(session).toMatchObject({
      id: `video-search@${T0}`,
      phase: 'interview',
      startedAt: '2026-03-01T09:00:00.000Z',
      scores: {},
      notes: {},
      curveballs: [],
    });
    expect(session.timer.plan).toBe(45);
  });

  it('keeps notes per step and drops a note cleared to nothing', () => {
    const noted = setNote(createSession(input, T0), 'evaluation', 'nDCG on pooled judgments');
    expect(noted.notes).toEqual({ evaluation: 'nDCG on pooled judgments' });
    expect(setNote(noted, 'evaluation', '').notes).toEqual({});
  });

  it("scores only the rubric's dimensions, 1 to 4", () => {
    const session = createSession(input, T0);
    expect(setScore(session, 'Framing', 3).scores).toEqual({ Framing: 3 });
    expect(setScore(session, 'Framing', 5)).toBe(session);
    expect(setScore(session, 'Framing', 0)).toBe(session);
    expect(setScore(session, 'Charisma', 4)).toBe(session);
    expect(setScore(setScore(session, 'Framing', 3), 'Framing', undefined).scores).toEqual({});
  });

  it('draws each curveball at most once, then nothing', () => {
    const prompts = ['A', 'B'];
    const first = drawCurveball(createSession(input, T0), prompts, () => 0.99);
    expect(first.curveballs).toEqual(['B']);
    const second = drawCurveball(first, prompts, () => 0.99);
    expect(second.curveballs).toEqual(['B', 'A']);
    expect(drawCurveball(second, prompts)).toBe(second);
  });

  it('pauses, resumes and moves the clock on during the interview only', () => {
    const running = { ...createSession(input, T0), timer: start(createTimer(45), T0) };
    const paused = toggleClock(running, T0 + MINUTE);
    expect(paused.timer.pausedAt).toBe(T0 + MINUTE);
    expect(toggleClock(paused, T0 + 2 * MINUTE).timer.pausedAt).toBeUndefined();
    expect(nextStep(running, T0 + MINUTE).timer.stepIndex).toBe(1);
    // Finished (in this tab or another): the clock stays stopped where the interview ended, on its step.
    const ended = finishInterview(running, T0 + 3 * MINUTE);
    expect(toggleClock(ended, T0 + 4 * MINUTE)).toBe(ended);
    expect(nextStep(ended, T0 + 4 * MINUTE)).toBe(ended);
    // Not started: nothing to pause or resume.
    const idle = createSession(input, T0);
    expect(toggleClock(idle, T0)).toBe(idle);
  });

  it('stops the clock when the interview ends, reveals the steps one by one, and saves with the end date', () => {
    let session = createSession(input, T0);
    session = { ...session, timer: start(session.timer, T0) };
    session = finishInterview(session, T0 + 30 * MINUTE);
    expect(session.phase).toBe('review');
    expect(session.timer.pausedAt).toBe(T0 + 30 * MINUTE);
    expect(revealNextStep(revealNextStep(session)).revealedSteps).toBe(2);
    const saved = saveSession(session, T0 + 35 * MINUTE);
    expect(saved).toMatchObject({ phase: 'done', finishedAt: '2026-03-01T09:35:00.000Z', revealedSteps: 7 });
  });

  it('sums the score over the whole rubric, saying when dimensions are unscored', () => {
    expect(scoreSummary(savedSession())).toEqual({ total: 9, max: 12, scored: 3, dimensions: 3, share: 0.75 });
    expect(describeScore(scoreSummary(savedSession()))).toBe('9 of 12');
    const partial = setScore(createSession(input, T0), 'Framing', 2);
    expect(describeScore(scoreSummary(partial))).toBe('2 of 12 (1 of 3 dimensions scored)');
    expect(describeScore(scoreSummary(createSession(input, T0)))).toBe('Not scored');
  });

  it('resumes the latest unsaved session of a chapter, never a saved one', () => {
    const saved = savedSession();
    const open = createSession(input, T0 + 60 * MINUTE);
    expect(activeSession([saved, open], 'video-search')).toBe(open);
    expect(activeSession([saved], 'video-search')).toBeUndefined();
  });

  it('groups saved sessions by chapter, oldest first, chapters in the given order', () => {
    const later = savedSession(T0 + 86_400_000);
    const other = { ...savedSession(), id: 'news-feed@1', chapter: 'news-feed', chapterTitle: 'News feed' };
    const history = historyByChapter([later, other, savedSession(), createSession(input, T0)], ['news-feed', 'video-search']);
    expect(history.map((group) => [group.chapter, group.sessions.map((session) => session.finishedAt)])).toEqual([
      ['news-feed', ['2026-03-01T09:40:00.000Z']],
      ['video-search', ['2026-03-01T09:40:00.000Z', '2026-03-02T09:40:00.000Z']],
    ]);
  });
});

describe('Markdown export', () => {
  it('gives the date, plan, mode, score table, notes per step with the prompt, and the curveballs', () => {
    const session = { ...savedSession(), curveballs: ['Half the queries are now spoken sentences.'] };
    const markdown = sessionMarkdown(session, { prompts: { 'clarify-requirements': 'Design search for a video platform.' } });
    expect(markdown).toContain('# Mock interview: Video search\n\n2026-03-01, 45-minute plan, solo. Score: 9 of 12.\n');
    expect(markdown).toContain('| Dimension | Score |\n| --- | --- |\n| Framing | 3 of 4 |\n| Retrieval | 4 of 4 |\n| Operations | 2 of 4 |\n');
    expect(markdown).toContain('### 1. Clarify requirements\n\n> Interviewer: "Design search for a video platform."\n\nAsked about query types.\n');
    expect(markdown).toContain('### 7. Monitoring and infrastructure\n\n_No notes._\n');
    expect(markdown).toMatch(/## Curveballs drawn\n\n- "Half the queries are now spoken sentences."\n$/);
    expect(sessionFileName(session)).toBe('mock-interview-video-search-2026-03-01.md');
  });
});

describe('JSON backup and import', () => {
  it('round-trips saved sessions and leaves unsaved ones out of the file', () => {
    const saved = savedSession();
    const file = exportSessions([saved, createSession(input, T0)], new Date(T0));
    const read = readSessionsFile(file, []);
    expect(read).toEqual({ ok: true, sessions: [saved], added: 1, updated: 0 });
  });

  it('counts sessions already here as updates and merges on the id', () => {
    const saved = savedSession();
    const edited = setScore(saved, 'Operations', 4);
    const read = readSessionsFile(exportSessions([edited], new Date(T0)), [saved]);
    expect(read).toMatchObject({ ok: true, added: 0, updated: 1 });
    expect(applySessionsImport([saved], [edited])).toEqual([edited]);
  });

  it.each([
    ['not JSON', 'x{', 'is not JSON'],
    ['another format', JSON.stringify({ format: 'other', version: 1, sessions: [] }), 'not a practice-sessions file'],
    ['another version', JSON.stringify({ format: SESSIONS_FORMAT, version: 9, sessions: [] }), 'format version 9'],
    ['a score of 5', 'score', 'scores outside the rubric or outside 1 to 4'],
    ['notes for an unknown step', 'notes', 'notes for unknown steps'],
    ['an unsaved session', 'unsaved', 'was never saved'],
  ])('refuses %s, changing nothing', (_, contents, message) => {
    const saved = savedSession();
    const damaged = {
      score: { ...saved, scores: { Framing: 5 } },
      notes: { ...saved, notes: { lunch: 'sandwich' } },
      unsaved: createSession(input, T0),
    }[contents as 'score' | 'notes' | 'unsaved'];
    const text = damaged ? JSON.stringify({ format: SESSIONS_FORMAT, version: 1, sessions: [saved, damaged] }) : contents;
    const read = readSessionsFile(text, []);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toContain(message);
  });

  it('reads storage back, dropping a damaged entry and surviving garbage', () => {
    const saved = savedSession();
    const raw = JSON.parse(serializeSessions([saved])) as { sessions: unknown[] };
    raw.sessions.push({ id: 'broken' });
    expect(parseStoredSessions(JSON.stringify(raw))).toEqual([saved]);
    expect(parseStoredSessions('not json')).toEqual([]);
    expect(parseStoredSessions(null)).toEqual([]);
  });
});
