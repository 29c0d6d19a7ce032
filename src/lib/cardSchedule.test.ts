import { describe, expect, it } from 'vitest';
import {
  createSchedule,
  describeInterval,
  describeScheduleTally,
  dueTodayCount,
  isDue,
  newLeftToday,
  nextDayStart,
  nextDueAt,
  parseSchedule,
  resetCards,
  scheduleTally,
  serializeSchedule,
  setNewPerDay,
  studyDay,
  studyQueue,
} from './cardSchedule';
import { carryOverMarks, gradeCard, previewGrades } from './fsrsGrading';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Local times, so the day boundaries hold in any time zone the tests run in. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);

describe('due dates after each grade (FSRS, default parameters, no fuzz)', () => {
  it('brings a new card back in 1, 6 or 10 minutes for Again, Hard or Good, and in 8 days for Easy', () => {
    const now = at(2, 9);
    const preview = previewGrades(createSchedule(), 'a', now);
    expect({
      again: (preview.again - now.getTime()) / MINUTE,
      hard: (preview.hard - now.getTime()) / MINUTE,
      good: (preview.good - now.getTime()) / MINUTE,
      easy: (preview.easy - now.getTime()) / DAY,
    }).toEqual({ again: 1, hard: 6, good: 10, easy: 8 });
  });

  it('records the grade: Good puts a new card on its 10-minute step, and Good again when due graduates it to 2 days', () => {
    const first = gradeCard(createSchedule(), 'a', 'good', at(2, 9));
    expect(first.cards.a?.due).toBe(at(2, 9, 10).getTime());
    expect(isDue(first, 'a', at(2, 9, 9))).toBe(false);
    expect(isDue(first, 'a', at(2, 9, 10))).toBe(true);
    const second = gradeCard(first, 'a', 'good', at(2, 9, 10));
    expect(second.cards.a).toMatchObject({ due: at(4, 9, 10).getTime(), scheduledDays: 2, reps: 2, lapses: 0 });
  });

  it('counts a lapse when a card in review is forgotten, and relearns it in 10 minutes', () => {
    let state = gradeCard(createSchedule(), 'a', 'easy', at(2, 9));
    state = gradeCard(state, 'a', 'again', at(10, 9));
    expect(state.cards.a).toMatchObject({ lapses: 1, due: at(10, 9, 10).getTime() });
  });
});

describe('study days', () => {
  it('turn over at 4 a.m. local time', () => {
    expect(studyDay(at(3, 3, 59))).toBe('2026-03-02');
    expect(studyDay(at(3, 4, 0))).toBe('2026-03-03');
    expect(nextDayStart(at(3, 3, 59))).toEqual(at(3, 4));
    expect(nextDayStart(at(3, 4))).toEqual(at(4, 4));
  });

  it('make a card in review due from the start of its study day, not its hour', () => {
    const state = gradeCard(createSchedule(), 'a', 'easy', at(2, 23)); // due 10 March, 23:00
    expect(isDue(state, 'a', at(10, 3, 59))).toBe(false);
    expect(isDue(state, 'a', at(10, 4, 0))).toBe(true);
    expect(dueTodayCount(state, ['a'], at(10, 3, 59))).toBe(0);
    expect(dueTodayCount(state, ['a'], at(10, 4, 0))).toBe(1);
  });

  it('count a learning step due later today as due today, but not as due now', () => {
    const state = gradeCard(createSchedule(), 'a', 'good', at(2, 9));
    expect(dueTodayCount(state, ['a'], at(2, 9, 1))).toBe(1);
    expect(studyQueue({ ...state, newPerDay: 0 }, ['a'], at(2, 9, 1))).toEqual([]);
    expect(nextDueAt(state, ['a'], at(2, 9, 1))).toBe(at(2, 9, 10).getTime());
  });
});

describe('new-card limit', () => {
  it('lets at most newPerDay new cards start per study day, and starts again the next day', () => {
    const ids = ['a', 'b', 'c'];
    let state = setNewPerDay(createSchedule(), 2);
    expect(studyQueue(state, ids, at(2, 9))).toEqual(['a', 'b']);
    state = gradeCard(state, 'a', 'easy', at(2, 9));
    state = gradeCard(state, 'b', 'easy', at(2, 9, 1));
    expect(newLeftToday(state, at(2, 23))).toBe(0);
    expect(studyQueue(state, ids, at(2, 23))).toEqual([]);
    expect(newLeftToday(state, at(3, 4))).toBe(2);
    expect(studyQueue(state, ids, at(3, 4))).toEqual(['c']);
  });

  it('puts due cards first, earliest first, then new cards in deck order', () => {
    let state = gradeCard(createSchedule(), 'c', 'again', at(2, 9)); // due 9:01
    state = gradeCard(state, 'b', 'hard', at(2, 9)); // due 9:06
    expect(studyQueue(state, ['a', 'b', 'c', 'd'], at(2, 9, 30))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('tallies due, new and later cards', () => {
    let state = gradeCard(createSchedule(), 'a', 'easy', at(2, 9));
    state = gradeCard(state, 'b', 'again', at(2, 9));
    const tally = scheduleTally(state, ['a', 'b', 'c'], at(2, 10));
    expect(tally).toEqual({ dueToday: 1, newToday: 1, later: 1, unseen: 1 });
    expect(describeScheduleTally(tally)).toBe('1 due today, 1 new card left today.');
  });
});

describe('carry-over of the old marks', () => {
  it('schedules "I knew it" as Easy and "Review again" as Again, once, without using the new-card limit', () => {
    const now = at(2, 9);
    const state = carryOverMarks(createSchedule(), { a: 'known', b: 'review' }, now);
    expect(state.cards.a?.due).toBe(at(10, 9).getTime());
    expect(state.cards.b?.due).toBe(at(2, 9, 1).getTime());
    expect(newLeftToday(state, now)).toBe(20);
    expect(state.marksCarried).toBe(true);
    expect(carryOverMarks(resetCards(state, ['a']), { a: 'known' }, now).cards.a).toBeUndefined();
  });

  it('keeps a card already scheduled as it is', () => {
    const scheduled = gradeCard(createSchedule(), 'a', 'good', at(2, 9));
    expect(carryOverMarks(scheduled, { a: 'known' }, at(2, 9)).cards.a).toEqual(scheduled.cards.a);
  });
});

describe('storage', () => {
  it("round-trips the schedule, keeping only today's new-card list", () => {
    let state = gradeCard(createSchedule(), 'a', 'good', at(2, 9));
    state = { ...state, introduced: { ...state.introduced, '2026-02-01': ['old'] } };
    const read = parseSchedule(serializeSchedule(state, at(2, 10)));
    expect(read).toEqual({ ...state, introduced: { '2026-03-02': ['a'] } });
  });

  it('drops a damaged card and reads garbage as a fresh schedule', () => {
    const raw = JSON.parse(serializeSchedule(gradeCard(createSchedule(), 'a', 'good', at(2, 9)), at(2, 9))) as { cards: Record<string, unknown> };
    raw.cards.b = { due: 'tomorrow' };
    expect(Object.keys(parseSchedule(JSON.stringify(raw)).cards)).toEqual(['a']);
    expect(parseSchedule('{')).toEqual(createSchedule());
    expect(parseSchedule(JSON.stringify({ version: 2, cards: {} }))).toEqual(createSchedule());
  });
});

describe('describeInterval', () => {
  it.each([
    [0, 'now'],
    [1, 'in 1 minute'],
    [10, 'in 10 minutes'],
    [180, 'in 3 hours'],
    [8 * 24 * 60, 'in 8 days'],
    [60 * 24 * 60, 'in 2 months'],
  ])('%d minutes ahead reads "%s"', (minutes, text) => {
    expect(describeInterval(minutes * MINUTE, 0)).toBe(text);
  });
});
