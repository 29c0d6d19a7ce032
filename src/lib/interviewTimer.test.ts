import { describe, expect, it } from 'vitest';
import {
  choosePlan,
  createTimer,
  deserializeTimer,
  formatClock,
  pause,
  reset,
  resume,
  serializeTimer,
  skipToNextStep,
  start,
  stepBudgetsSeconds,
  tick,
  type TimerState,
} from './interviewTimer';

// Budgets by hand from the framework data, in seconds:
//   45-minute plan: 5, 4, 7, 11, 6, 7, 5 minutes = 300, 240, 420, 660, 360, 420, 300 (total 2700)
//   60-minute plan: 5, 5, 9, 16, 8, 10, 7 minutes = 300, 300, 540, 960, 480, 600, 420 (total 3600)
const T0 = 1_700_000_000_000;
const at = (seconds: number) => T0 + seconds * 1000;

describe('step budgets', () => {
  it('are the data minutes times 60, in step order', () => {
    expect(stepBudgetsSeconds(45)).toEqual([300, 240, 420, 660, 360, 420, 300]);
    expect(stepBudgetsSeconds(60)).toEqual([300, 300, 540, 960, 480, 600, 420]);
  });
});

describe('before the start', () => {
  it('reads the first step with its full budget and the whole interview left', () => {
    expect(tick(createTimer(), T0)).toMatchObject({
      status: 'idle',
      stepIndex: 0,
      stepId: 'clarify-requirements',
      elapsedSeconds: 0,
      stepSecondsLeft: 300,
      overallSecondsLeft: 2700,
      overrun: false,
      overrunSeconds: 0,
    });
  });

  it('lets the length change, and not after the start', () => {
    const sixty = choosePlan(createTimer(), 60);
    expect(tick(sixty, T0)).toMatchObject({ stepSecondsLeft: 300, overallSecondsLeft: 3600 });
    const running = start(createTimer(45), T0);
    expect(choosePlan(running, 60)).toBe(running);
  });

  it('ignores pause, resume and skip', () => {
    const idle = createTimer();
    expect(pause(idle, T0)).toBe(idle);
    expect(resume(idle, T0)).toBe(idle);
    expect(skipToNextStep(idle, T0)).toBe(idle);
  });
});

describe('running', () => {
  it('counts down the step and the interview in whole seconds', () => {
    const running = start(createTimer(45), T0);
    // 90 s in: step 300 - 90 = 210 left, interview 2700 - 90 = 2610 left.
    expect(tick(running, at(90))).toMatchObject({ status: 'running', elapsedSeconds: 90, stepSecondsLeft: 210, overallSecondsLeft: 2610 });
    // 90.999 s still reads 90 s.
    expect(tick(running, at(90.999))).toMatchObject({ elapsedSeconds: 90, stepSecondsLeft: 210 });
  });

  it('ignores a second start', () => {
    const running = start(createTimer(), T0);
    expect(start(running, at(50))).toBe(running);
  });

  it('counts no time when the clock reads earlier than the start', () => {
    expect(tick(start(createTimer(), T0), T0 - 5000)).toMatchObject({ elapsedSeconds: 0, stepSecondsLeft: 300 });
  });
});

describe('pause and resume', () => {
  it('freezes the clock while paused', () => {
    const paused = pause(start(createTimer(45), T0), at(100));
    // Paused at 100 s; 400 s later it still reads 100 s: 300 - 100 = 200 left, 2700 - 100 = 2600 overall.
    expect(tick(paused, at(500))).toMatchObject({ status: 'paused', elapsedSeconds: 100, stepSecondsLeft: 200, overallSecondsLeft: 2600 });
  });

  it('continues from the paused time after resume', () => {
    const resumed = resume(pause(start(createTimer(45), T0), at(100)), at(500));
    // 100 s before the pause + 30 s after resuming = 130 s: 300 - 130 = 170 left.
    expect(tick(resumed, at(530))).toMatchObject({ status: 'running', elapsedSeconds: 130, stepSecondsLeft: 170, overallSecondsLeft: 2570 });
  });

  it('adds up several pauses', () => {
    let state = start(createTimer(45), T0);
    state = pause(state, at(60)); // 60 s run
    state = resume(state, at(100));
    state = pause(state, at(130)); // + 30 s = 90 s
    state = resume(state, at(1000));
    // + 10 s = 100 s.
    expect(tick(state, at(1010)).elapsedSeconds).toBe(100);
  });

  it('ignores pausing twice and resuming while running', () => {
    const paused = pause(start(createTimer(), T0), at(100));
    expect(pause(paused, at(200))).toBe(paused);
    const running = start(createTimer(), T0);
    expect(resume(running, at(10))).toBe(running);
  });
});

describe('overrun', () => {
  const running = start(createTimer(45), T0);

  it('is not flagged at exactly the budget', () => {
    expect(tick(running, at(300))).toMatchObject({ stepSecondsLeft: 0, overrun: false, overrunSeconds: 0 });
    expect(tick(running, at(300.999))).toMatchObject({ overrun: false });
  });

  it('is flagged one whole second past the budget, with the seconds over', () => {
    expect(tick(running, at(301))).toMatchObject({ stepSecondsLeft: 0, overrun: true, overrunSeconds: 1 });
    // 360 s on a 300 s step: 60 s over; the interview still has 2700 - 360 = 2340 s.
    expect(tick(running, at(360))).toMatchObject({ overrun: true, overrunSeconds: 60, overallSecondsLeft: 2340, overallOverrunSeconds: 0 });
  });

  it('reports the whole interview running over on the last step', () => {
    let state = running;
    for (let i = 0; i < 6; i += 1) state = skipToNextStep(state, T0);
    // 46 minutes = 2760 s: 60 s past 2700; the last step (300 s) began at 0 s, so 2760 - 300 = 2460 s over.
    expect(tick(state, at(2760))).toMatchObject({
      stepId: 'monitoring',
      isLastStep: true,
      overallSecondsLeft: 0,
      overallOverrunSeconds: 60,
      overrun: true,
      overrunSeconds: 2460,
    });
  });
});

describe('skip to the next step', () => {
  it('starts the next step budget from the moment of the skip', () => {
    const skipped = skipToNextStep(start(createTimer(45), T0), at(200));
    // Step 2 (240 s) began at 200 s; at 260 s it has run 60 s: 240 - 60 = 180 left; interview 2700 - 260 = 2440.
    expect(tick(skipped, at(260))).toMatchObject({
      stepIndex: 1,
      stepId: 'frame-the-problem',
      stepElapsedSeconds: 60,
      stepSecondsLeft: 180,
      elapsedSeconds: 260,
      overallSecondsLeft: 2440,
    });
  });

  it('clears an overrun', () => {
    const late = start(createTimer(45), T0);
    expect(tick(late, at(360)).overrun).toBe(true);
    expect(tick(skipToNextStep(late, at(360)), at(360))).toMatchObject({ stepIndex: 1, stepSecondsLeft: 240, overrun: false });
  });

  it('while paused, starts the next step at the paused time', () => {
    const paused = pause(start(createTimer(45), T0), at(100));
    const skipped = resume(skipToNextStep(paused, at(400)), at(400));
    // The step began at 100 s on the clock; 10 s after resuming the clock reads 110 s: 10 s into 240 s.
    expect(tick(skipped, at(410))).toMatchObject({ stepIndex: 1, elapsedSeconds: 110, stepElapsedSeconds: 10, stepSecondsLeft: 230 });
  });

  it('does nothing on the last step', () => {
    let state = start(createTimer(), T0);
    for (let i = 0; i < 6; i += 1) state = skipToNextStep(state, at(i));
    expect(state.stepIndex).toBe(6);
    expect(skipToNextStep(state, at(10))).toBe(state);
  });
});

describe('reset', () => {
  it('returns to the first step at zero, keeping the length', () => {
    const busy = skipToNextStep(skipToNextStep(start(createTimer(60), T0), at(300)), at(600));
    const fresh = reset(busy);
    expect(fresh).toEqual(createTimer(60));
    expect(tick(fresh, at(900))).toMatchObject({ status: 'idle', stepIndex: 0, stepSecondsLeft: 300, overallSecondsLeft: 3600 });
  });

  it('changes nothing before start, so a control acting on the timer as stored can tell that it did nothing', () => {
    const idle = createTimer(60);
    expect(reset(idle)).toBe(idle);
  });
});

describe('reload: serialize then deserialize', () => {
  it('mid-run gives the same readings', () => {
    const running = skipToNextStep(start(createTimer(60), T0), at(320));
    const restored = deserializeTimer(serializeTimer(running));
    expect(restored).toEqual(running);
    // At 400 s: step 2 (300 s) began at 320 s, 80 s in: 220 left; interview 3600 - 400 = 3200.
    expect(tick(restored, at(400))).toEqual(tick(running, at(400)));
    expect(tick(restored, at(400))).toMatchObject({ stepIndex: 1, stepSecondsLeft: 220, overallSecondsLeft: 3200, status: 'running' });
  });

  it('mid-pause gives the same readings and resumes where it stopped', () => {
    let state = start(createTimer(45), T0);
    state = pause(state, at(100));
    state = resume(state, at(200));
    state = skipToNextStep(state, at(250)); // clock 150 s
    state = pause(state, at(300)); // clock 200 s
    const restored = deserializeTimer(serializeTimer(state));
    expect(restored).toEqual(state);
    // Paused at 200 s; step 2 began at 150 s: 50 s in, 240 - 50 = 190 left; interview 2700 - 200 = 2500.
    expect(tick(restored, at(900))).toEqual(tick(state, at(900)));
    expect(tick(restored, at(900))).toMatchObject({ status: 'paused', elapsedSeconds: 200, stepSecondsLeft: 190, overallSecondsLeft: 2500 });
    // Resumed at 900 s, read at 910 s: 210 s on the clock, 60 s into the step, 180 left.
    expect(tick(resume(restored, at(900)), at(910))).toMatchObject({ elapsedSeconds: 210, stepSecondsLeft: 180 });
  });

  it('keeps a chosen length before the start', () => {
    expect(deserializeTimer(serializeTimer(createTimer(60)))).toEqual(createTimer(60));
  });
});

describe('bad stored data gives a fresh timer', () => {
  const good = JSON.parse(serializeTimer(pause(start(createTimer(60), T0), at(100)))) as Record<string, unknown>;
  const tampered = (change: Record<string, unknown>) => JSON.stringify({ ...good, ...change });
  const withoutKey = (key: string) => JSON.stringify(Object.fromEntries(Object.entries(good).filter(([name]) => name !== key)));

  it.each<[string, string | null | undefined]>([
    ['nothing stored', null],
    ['undefined', undefined],
    ['an empty string', ''],
    ['broken JSON', '{"plan": 45,'],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['another format version', tampered({ version: 2 })],
    ['no version', withoutKey('version')],
    ['a length that is not 45 or 60', tampered({ plan: 50 })],
    ['a step index past the last step', tampered({ stepIndex: 7 })],
    ['a negative step index', tampered({ stepIndex: -1 })],
    ['a fractional step index', tampered({ stepIndex: 1.5 })],
    ['negative elapsed time', tampered({ elapsedBeforePause: -5 })],
    ['elapsed time as a string', tampered({ elapsedBeforePause: '100' })],
    ['elapsed time missing', withoutKey('elapsedBeforePause')],
    ['a start time that is not a number', tampered({ startedAt: 'yesterday' })],
    ['a pause without a start', withoutKey('startedAt')],
    ['a pause before the start', tampered({ pausedAt: T0 - 1 })],
    ['a step that began after the paused clock', tampered({ stepStartedElapsed: 100_001 })],
    ['progress before the start', JSON.stringify({ version: 1, plan: 45, elapsedBeforePause: 0, stepIndex: 3, stepStartedElapsed: 0 })],
  ])('%s', (_name, raw) => {
    expect(deserializeTimer(raw)).toEqual(createTimer(45));
  });

  it('accepts the untampered entry', () => {
    expect(deserializeTimer(JSON.stringify(good))).toEqual(pause(start(createTimer(60), T0), at(100)) satisfies TimerState);
  });
});

describe('formatClock', () => {
  it('shows minutes and two-digit seconds, never negative', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(2700)).toBe('45:00');
    expect(formatClock(-3)).toBe('0:00');
  });
});
