import React, { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { frameworkSteps, interviewLengths, type InterviewLength } from '@site/src/data/framework';
import {
  choosePlan,
  formatClock,
  pause,
  reset,
  resume,
  skipToNextStep,
  start,
  tick,
  timerStatus,
  type TimerState,
  type TimerStatus,
} from '@site/src/lib/interviewTimer';
import styles from './styles.module.css';
import { announce } from '@site/src/browser/announce';
import { usePersistentState } from '@site/src/hooks/usePersistentState';
import { INTERVIEW_TIMER } from '@site/src/browser/stored/interviewTimer';

/** Often enough that the seconds never visibly skip. */
const REFRESH_MS = 250;

function minutes(seconds: number): string {
  const whole = Math.round(seconds / 60);
  return `${whole} minute${whole === 1 ? '' : 's'}`;
}

/**
 * A mock-interview clock over the framework's seven steps. Its arithmetic lives
 * in src/lib/interviewTimer; this component only keeps the state, stores it, and
 * says out loud what changed: step changes and overruns, never every second.
 */
export default function InterviewTimer(): ReactNode {
  const [state, setState, restored] = usePersistentState(INTERVIEW_TIMER);
  const [now, setNow] = useState(0);
  const lastOverrun = useRef<string | null>(null);
  const baseId = useId();

  // The stored run arrives after hydration (or from another tab): read the clock when it does.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the stored run exists only in the browser: a second pass after hydration (react.dev/reference/react-dom/client/hydrateRoot#handling-different-client-and-server-content)
    if (restored) setNow(Date.now());
  }, [state, restored]);

  const status = timerStatus(state);
  useEffect(() => {
    if (status !== 'running') return undefined;
    const interval = window.setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => window.clearInterval(interval);
  }, [status]);

  const reading = tick(state, now);
  const step = frameworkSteps[reading.stepIndex] as (typeof frameworkSteps)[number];

  // Say an overrun once per step, when it begins (or when a reload lands in one).
  const overrunKey = reading.overrun ? `${state.startedAt ?? ''}:${reading.stepIndex}` : null;
  useEffect(() => {
    if (overrunKey !== null && overrunKey !== lastOverrun.current) {
      announce(`Over time on step ${reading.stepIndex + 1}, ${step.title}. Wrap up and move on.`);
    }
    lastOverrun.current = overrunKey;
  }, [overrunKey, reading.stepIndex, step.title]);

  // And once when the whole interview runs out.
  const timeUp = reading.overallOverrunSeconds > 0;
  useEffect(() => {
    if (timeUp) announce(`The ${state.plan} minutes are up. Close with a one-line summary.`);
  }, [timeUp, state.plan]);

  /**
   * Applies one control at this instant to the timer as stored (which may not be drawn yet, right after hydration)
   * and says what it did; controls that change nothing stay silent.
   */
  function act(change: (current: TimerState, at: number) => TimerState, say: (next: TimerState) => string) {
    // eslint-disable-next-line react-hooks/purity -- act runs only from the controls' click handlers, never while rendering
    const at = Date.now();
    setNow(at);
    let changed = false;
    const applied = setState((current) => {
      const next = change(current, at);
      changed = next !== current;
      return next;
    });
    if (changed) announce(say(applied));
  }

  const stepAnnouncement = (next: TimerState) => {
    const nextStep = frameworkSteps[next.stepIndex] as (typeof frameworkSteps)[number];
    return `Step ${next.stepIndex + 1} of ${frameworkSteps.length}: ${nextStep.title}, ${minutes(nextStep.minutes[next.plan] * 60)}.`;
  };

  /** Start, pause or resume, chosen from the timer as stored when the button is pressed. */
  function onToggle() {
    let from: TimerStatus = 'idle';
    act(
      (current, at) => {
        from = timerStatus(current);
        return from === 'idle' ? start(current, at) : from === 'running' ? pause(current, at) : resume(current, at);
      },
      (next) => (from === 'idle' ? `Timer started. ${stepAnnouncement(next)}` : from === 'running' ? 'Timer paused.' : 'Timer resumed.'),
    );
  }

  // Both decide from the timer as stored, not as drawn, and say nothing when they change nothing: Next step before
  // the start or on the last step, Reset before the start.
  function onNext() {
    act(skipToNextStep, stepAnnouncement);
  }

  function onReset() {
    act(reset, (next) => `Timer reset to the start of the ${next.plan}-minute plan.`);
  }

  function onChoosePlan(plan: InterviewLength) {
    act(
      (current) => choosePlan(current, plan),
      () => `${plan}-minute plan chosen.`,
    );
  }

  const toggleLabel = status === 'idle' ? 'Start' : status === 'running' ? 'Pause' : 'Resume';
  const nextDisabled = status === 'idle' || reading.isLastStep;
  const titleId = `${baseId}-title`;
  const checklistId = `${baseId}-checklist`;

  return (
    <section className={styles.timer} aria-labelledby={titleId} data-timer-status={status} data-timer-restored={restored}>
      <p id={titleId} className={styles.title}>
        Mock-interview timer
      </p>

      <fieldset className={styles.plan} disabled={status !== 'idle'}>
        <legend>Interview length</legend>
        {interviewLengths.map((length) => (
          <label key={length} className={styles.planOption}>
            <input type="radio" name={`${baseId}-plan`} value={length} checked={state.plan === length} onChange={() => onChoosePlan(length)} />
            {length} minutes
          </label>
        ))}
        {status !== 'idle' ? <span className={styles.hint}>Reset to change the length.</span> : null}
      </fieldset>

      <div className={styles.controls}>
        <button type="button" className="button button--primary" onClick={onToggle} data-timer-control="toggle">
          {toggleLabel}
        </button>
        <button
          type="button"
          className={clsx('button button--secondary', nextDisabled && styles.inactive)}
          aria-disabled={nextDisabled}
          onClick={onNext}
          data-timer-control="next">
          Next step
        </button>
        <button
          type="button"
          className={clsx('button button--secondary', status === 'idle' && styles.inactive)}
          aria-disabled={status === 'idle'}
          onClick={onReset}
          data-timer-control="reset">
          Reset
        </button>
      </div>

      <div className={clsx(styles.now, reading.overrun && styles.nowOverrun)}>
        <p className={styles.stepLabel} data-timer-step={step.id}>
          {status === 'idle' ? 'First step' : `Step ${reading.stepIndex + 1} of ${frameworkSteps.length}`}:{' '}
          <Link to={`/docs/framework/${step.id}`}>{step.title}</Link>
          {status === 'paused' ? <span className={styles.pausedTag}> (paused)</span> : null}
        </p>
        <div className={styles.clocks}>
          <p className={styles.clock}>
            <span className={styles.clockLabel}>{reading.overrun ? 'Over this step by' : 'Left in this step'}</span>
            <span className={styles.clockValue} role="timer" data-timer-clock="step">
              {reading.overrun ? `+${formatClock(reading.overrunSeconds)}` : formatClock(reading.stepSecondsLeft)}
            </span>
            <span className={styles.clockNote}>of {formatClock(reading.stepBudgetSeconds)}</span>
          </p>
          <p className={styles.clock}>
            <span className={styles.clockLabel}>{reading.overallOverrunSeconds > 0 ? 'Over the interview by' : 'Left overall'}</span>
            <span className={styles.clockValue} role="timer" data-timer-clock="overall">
              {reading.overallOverrunSeconds > 0 ? `+${formatClock(reading.overallOverrunSeconds)}` : formatClock(reading.overallSecondsLeft)}
            </span>
            <span className={styles.clockNote}>of {state.plan}:00</span>
          </p>
        </div>
        {reading.overrun ? (
          <p className={styles.warning} data-timer-warning="">
            <strong>Over time.</strong> This step had {minutes(reading.stepBudgetSeconds)}.{' '}
            {reading.isLastStep ? 'Close with a one-line summary.' : 'Wrap up in a sentence and press Next step.'}
          </p>
        ) : null}
        <p id={checklistId} className={styles.checklistTitle}>
          Checklist for this step
        </p>
        <ul className={styles.checklist} aria-labelledby={checklistId}>
          {step.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>

      <ol className={styles.progress} aria-label={`The ${state.plan}-minute plan`}>
        {frameworkSteps.map((planned, index) => (
          <li
            key={planned.id}
            aria-current={index === reading.stepIndex ? 'step' : undefined}
            className={clsx(index < reading.stepIndex && styles.done, index === reading.stepIndex && styles.current)}>
            {planned.title} <span className={styles.minutes}>{planned.minutes[state.plan]} min</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
