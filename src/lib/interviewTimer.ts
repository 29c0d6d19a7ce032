import { frameworkSteps, interviewLengths, type FrameworkStepId, type InterviewLength } from '@site/src/data/framework';
import { parseJsonRecord } from './json';

/**
 * The mock-interview timer's clock, with no React and no wall clock: every
 * function that needs the time takes `now` (milliseconds since the epoch), so
 * the same state read at the same instant always gives the same reading, before
 * and after a reload.
 *
 * The interview clock runs in segments. `startedAt` is when the current segment
 * began (at start or at the last resume); `elapsedBeforePause` holds the
 * milliseconds of all earlier segments; `pausedAt`, when set, freezes the clock.
 */
export interface TimerState {
  plan: InterviewLength;
  /** Start of the current running segment; undefined until the interview starts. */
  startedAt?: number;
  /** When the clock was paused; undefined while it runs. */
  pausedAt?: number;
  /** Interview milliseconds from segments that ended before `startedAt`. */
  elapsedBeforePause: number;
  stepIndex: number;
  /** Interview milliseconds on the clock when the current step began. */
  stepStartedElapsed: number;
}

export type TimerStatus = 'idle' | 'running' | 'paused';

export interface TimerReading {
  status: TimerStatus;
  stepIndex: number;
  stepId: FrameworkStepId;
  isLastStep: boolean;
  /** Whole seconds on the interview clock. */
  elapsedSeconds: number;
  stepBudgetSeconds: number;
  stepElapsedSeconds: number;
  /** Never negative; 0 once the step is over its budget. */
  stepSecondsLeft: number;
  overallSecondsLeft: number;
  /** The current step has run past its budget. */
  overrun: boolean;
  overrunSeconds: number;
  /** Seconds past the end of the whole interview, 0 before it. */
  overallOverrunSeconds: number;
}

const LAST_STEP = frameworkSteps.length - 1;

export function createTimer(plan: InterviewLength = 45): TimerState {
  return { plan, elapsedBeforePause: 0, stepIndex: 0, stepStartedElapsed: 0 };
}

export function timerStatus(state: TimerState): TimerStatus {
  if (state.startedAt === undefined) return 'idle';
  return state.pausedAt === undefined ? 'running' : 'paused';
}

/** Interview milliseconds at `now`; a clock set back before the segment start counts as no time. */
export function elapsedMs(state: TimerState, now: number): number {
  if (state.startedAt === undefined) return 0;
  const end = state.pausedAt ?? now;
  return state.elapsedBeforePause + Math.max(0, end - state.startedAt);
}

/** The interview length can change only before the clock starts. */
export function choosePlan(state: TimerState, plan: InterviewLength): TimerState {
  return timerStatus(state) === 'idle' ? createTimer(plan) : state;
}

export function start(state: TimerState, now: number): TimerState {
  return timerStatus(state) === 'idle' ? { ...state, startedAt: now } : state;
}

export function pause(state: TimerState, now: number): TimerState {
  return timerStatus(state) === 'running' ? { ...state, pausedAt: now } : state;
}

export function resume(state: TimerState, now: number): TimerState {
  if (timerStatus(state) !== 'paused') return state;
  const next: TimerState = { ...state, elapsedBeforePause: elapsedMs(state, now), startedAt: now };
  delete next.pausedAt;
  return next;
}

/** Back to the first step with the clock at zero, keeping the chosen length; a no-op before start. */
export function reset(state: TimerState): TimerState {
  return timerStatus(state) === 'idle' ? state : createTimer(state.plan);
}

/** Moves on to the next step now, whatever the budget says; a no-op before start and on the last step. */
export function skipToNextStep(state: TimerState, now: number): TimerState {
  if (timerStatus(state) === 'idle' || state.stepIndex >= LAST_STEP) return state;
  return { ...state, stepIndex: state.stepIndex + 1, stepStartedElapsed: elapsedMs(state, now) };
}

/** Budget of each step in seconds, in step order. */
export function stepBudgetsSeconds(plan: InterviewLength): number[] {
  return frameworkSteps.map((step) => step.minutes[plan] * 60);
}

/** What the timer shows at `now`. Seconds are whole and count down like a kitchen timer. */
export function tick(state: TimerState, now: number): TimerReading {
  const elapsed = elapsedMs(state, now);
  const elapsedSeconds = Math.floor(elapsed / 1000);
  const stepElapsedSeconds = Math.floor(Math.max(0, elapsed - state.stepStartedElapsed) / 1000);
  const stepBudgetSeconds = stepBudgetsSeconds(state.plan)[state.stepIndex] as number;
  const totalSeconds = state.plan * 60;
  const overrunSeconds = Math.max(0, stepElapsedSeconds - stepBudgetSeconds);
  return {
    status: timerStatus(state),
    stepIndex: state.stepIndex,
    stepId: (frameworkSteps[state.stepIndex] as (typeof frameworkSteps)[number]).id,
    isLastStep: state.stepIndex === LAST_STEP,
    elapsedSeconds,
    stepBudgetSeconds,
    stepElapsedSeconds,
    stepSecondsLeft: Math.max(0, stepBudgetSeconds - stepElapsedSeconds),
    overallSecondsLeft: Math.max(0, totalSeconds - elapsedSeconds),
    overrun: overrunSeconds > 0,
    overrunSeconds,
    overallOverrunSeconds: Math.max(0, elapsedSeconds - totalSeconds),
  };
}

/** "4:05", "12:00"; whole seconds, never negative. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** One localStorage key for every page that shows the timer, so a run started on the cheat sheet continues on the overview. */
export const TIMER_STORAGE_KEY = 'ml-sdi-companion:interview-timer';

/** Stored format version; a different version is treated as bad data. */
const STORAGE_VERSION = 1;

export function serializeTimer(state: TimerState): string {
  return JSON.stringify({ version: STORAGE_VERSION, ...state });
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Reads what serializeTimer wrote. Anything else (nothing stored, broken JSON,
 * another version, impossible values) gives a fresh 45-minute timer, so a bad
 * entry in localStorage can never break the page.
 */
export function deserializeTimer(raw: string | null | undefined): TimerState {
  const fresh = createTimer();
  const data = parseJsonRecord(raw);
  if (!data) return fresh;
  const { version, plan, startedAt, pausedAt, elapsedBeforePause, stepIndex, stepStartedElapsed } = data;
  if (version !== STORAGE_VERSION) return fresh;
  if (!interviewLengths.includes(plan as InterviewLength)) return fresh;
  if (!isTime(elapsedBeforePause) || !isTime(stepStartedElapsed)) return fresh;
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex > LAST_STEP) return fresh;
  if (startedAt !== undefined && !isTime(startedAt)) return fresh;
  if (pausedAt !== undefined && (!isTime(pausedAt) || startedAt === undefined || pausedAt < startedAt)) return fresh;

  const state: TimerState = { plan: plan as InterviewLength, elapsedBeforePause, stepIndex, stepStartedElapsed };
  if (startedAt === undefined) {
    // Before the start, nothing can have happened yet.
    return elapsedBeforePause === 0 && stepIndex === 0 && stepStartedElapsed === 0 ? state : fresh;
  }
  state.startedAt = startedAt;
  if (pausedAt !== undefined) {
    state.pausedAt = pausedAt;
    // A paused clock shows a fixed time; the current step cannot have begun after it.
    if (stepStartedElapsed > elapsedMs(state, pausedAt)) return fresh;
  }
  return state;
}
