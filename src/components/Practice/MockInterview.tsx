import React, { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { frameworkSteps, interviewLengths, type InterviewLength } from '@site/src/data/framework';
import { formatClock, start, tick, timerStatus } from '@site/src/lib/interviewTimer';
import {
  activeSession,
  createSession,
  describeScore,
  drawCurveball,
  finishInterview,
  nextStep,
  removeSession,
  revealNextStep,
  saveSession,
  scoreSummary,
  sessionFileName,
  sessionMarkdown,
  setNote,
  setScore,
  toggleClock,
  upsertSession,
  type PracticeMode,
  type PracticeSession,
} from '@site/src/lib/practiceSession';
import type { KitStep, PracticeKit } from '@site/src/shared/practiceKit';
import { announce } from '@site/src/browser/announce';
import { copyText } from '@site/src/browser/copyText';
import { downloadText } from '@site/src/browser/downloadText';
import { usePersistentState } from '@site/src/hooks/usePersistentState';
import { PRACTICE_SESSIONS } from '@site/src/browser/stored/practiceSessions';
import KitText from './KitText';
import RubricScoring from './RubricScoring';
import styles from './styles.module.css';

/** Often enough that the seconds never visibly skip. */
const REFRESH_MS = 250;

type View = 'interviewer' | 'candidate';

const MODE_LABELS: Record<PracticeMode, string> = { solo: 'Solo', partner: 'With a partner' };

function stepTitle(stepId: string): string {
  return frameworkSteps.find((step) => step.id === stepId)?.title ?? stepId;
}

/**
 * A mock interview on one case study's kit. The session's rules live in
 * src/lib/practiceSession and the clock's in src/lib/interviewTimer; this
 * component keeps the sessions in the browser, shows what the chosen view may
 * see, and says what changed through the page's announcer.
 */
export default function MockInterview({ kit }: { kit: PracticeKit }): ReactNode {
  const [sessions, setSessions, restored] = usePersistentState(PRACTICE_SESSIONS);
  const [mode, setMode] = useState<PracticeMode>('solo');
  const [plan, setPlan] = useState<InterviewLength>(45);
  const [view, setView] = useState<View>('interviewer');
  const [lastSavedId, setLastSavedId] = useState<string | null>(null);
  const [now, setNow] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const baseId = useId();

  const session = activeSession(sessions, kit.slug);
  const saved = useMemo(() => sessions.filter((candidate) => candidate.chapter === kit.slug && candidate.phase === 'done').reverse(), [sessions, kit.slug]);
  const lastSaved = saved.find((candidate) => candidate.id === lastSavedId);
  const prompts = useMemo(() => Object.fromEntries(kit.steps.map((step) => [step.stepId, step.prompt.markdown])), [kit.steps]);

  const status = session ? timerStatus(session.timer) : 'idle';
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the clock and the stored sessions exist only in the browser: a second pass after hydration (react.dev/reference/react-dom/client/hydrateRoot#handling-different-client-and-server-content)
    if (restored) setNow(Date.now());
  }, [restored, session]);
  useEffect(() => {
    if (status !== 'running') return undefined;
    const interval = window.setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => window.clearInterval(interval);
  }, [status]);

  // Say an overrun once per step, when it begins, as the interview timer does.
  const live = session?.phase === 'interview' ? tick(session.timer, now) : undefined;
  const overrunStep = live?.overrun ? live.stepIndex : null;
  const overrunKey = overrunStep === null ? null : `${session?.id ?? ''}:${overrunStep}`;
  const lastOverrun = useRef<string | null>(null);
  useEffect(() => {
    if (overrunKey !== null && overrunKey !== lastOverrun.current && overrunStep !== null) {
      announce(`Over time on step ${overrunStep + 1}. Wrap up in a sentence and move on.`);
    }
    lastOverrun.current = overrunKey;
  }, [overrunKey, overrunStep]);

  // A new phase or step moves focus to its heading, so keyboard and screen-reader users land on what changed.
  const focusKey = session ? `${session.id}:${session.phase}:${session.timer.stepIndex}` : `none:${lastSavedId ?? ''}`;
  const firstFocus = useRef(true);
  useEffect(() => {
    if (firstFocus.current) {
      firstFocus.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [focusKey]);

  /** Changes this chapter's session as stored; returns the session as changed, or undefined when nothing changed. */
  function update(change: (current: PracticeSession) => PracticeSession): PracticeSession | undefined {
    let applied: PracticeSession | undefined;
    setSessions((current) => {
      const active = activeSession(current, kit.slug);
      if (!active) return current;
      const next = change(active);
      if (next === active) return current;
      applied = next;
      return upsertSession(current, next);
    });
    return applied;
  }

  function onStart() {
    const at = Date.now();
    const created = createSession(
      { chapter: kit.slug, chapterTitle: kit.title, mode, plan, dimensions: kit.rubric.dimensions.map((dimension) => dimension.name) },
      at,
    );
    setSessions((current) => upsertSession(current, { ...created, timer: start(created.timer, at) }));
    setNow(at);
    setView('interviewer');
    const first = kit.steps[0];
    announce(`Interview started, ${plan} minutes. Step 1 of ${kit.steps.length}: ${first ? stepTitle(first.stepId) : ''}.`);
  }

  /** Pause or resume, chosen from the session as stored; says what the clock now does, or nothing when it did nothing. */
  function onToggleClock() {
    const at = Date.now();
    setNow(at);
    const applied = update((current) => toggleClock(current, at));
    if (applied) announce(timerStatus(applied.timer) === 'paused' ? 'Clock paused.' : 'Clock resumed.');
  }

  function onNextStep() {
    const at = Date.now();
    setNow(at);
    const applied = update((current) => nextStep(current, at));
    if (!applied) return;
    const step = kit.steps[applied.timer.stepIndex];
    announce(`Step ${applied.timer.stepIndex + 1} of ${kit.steps.length}: ${step ? stepTitle(step.stepId) : ''}.`);
  }

  function onFinish() {
    const at = Date.now();
    setNow(at);
    const applied = update((current) => finishInterview(current, at));
    if (!applied) return;
    announce(applied.mode === 'solo' ? 'Interview over. Reveal the signals step by step, then score yourself.' : 'Interview over. Finish the scores, then save.');
  }

  function onReveal() {
    const applied = update(revealNextStep);
    if (!applied) return;
    const step = kit.steps[applied.revealedSteps - 1];
    const last = applied.revealedSteps >= kit.steps.length;
    announce(`Signals for step ${applied.revealedSteps}: ${step ? stepTitle(step.stepId) : ''} revealed.${last ? ' The rubric is below.' : ''}`);
  }

  function onDrawCurveball() {
    const curveballs = kit.curveballs.map((curveball) => curveball.prompt.markdown);
    const applied = update((current) => drawCurveball(current, curveballs));
    if (applied) announce(`Curveball: ${applied.curveballs.at(-1) ?? ''}`);
  }

  function onSave() {
    const at = Date.now();
    const done = update((current) => saveSession(current, at));
    if (!done) return;
    setLastSavedId(done.id);
    announce(`Session saved. Score: ${describeScore(scoreSummary(done))}.`);
  }

  function onDiscard() {
    if (!session || !window.confirm('Discard this session? Its notes and scores will be lost.')) return;
    const { id } = session;
    setSessions((current) => removeSession(current, id));
    announce('Session discarded.');
  }

  function onDownload(target: PracticeSession) {
    downloadText(sessionMarkdown(target, { prompts }), sessionFileName(target), 'text/markdown');
    announce('Markdown file downloaded.');
  }

  async function onCopy(target: PracticeSession) {
    const ok = await copyText(sessionMarkdown(target, { prompts }));
    announce(ok ? 'Session copied as Markdown.' : 'Copying failed; use the download instead.');
  }

  if (!restored) {
    return <p className={styles.loading}>Loading your practice sessions…</p>;
  }

  const ready = { 'data-practice-ready': '' };
  const curveballFor = (prompt: string) => kit.curveballs.find((curveball) => curveball.prompt.markdown === prompt);

  if (!session) {
    return (
      <div className={styles.practice} {...ready}>
        {lastSaved ? (
          <section className={clsx('alert alert--success', styles.summary)} aria-labelledby={`${baseId}-saved`} data-practice-summary="">
            <h2 id={`${baseId}-saved`} ref={headingRef} tabIndex={-1}>
              Session saved
            </h2>
            <p>
              Score: <strong data-practice-total="">{describeScore(scoreSummary(lastSaved))}</strong>. It is listed below and on the{' '}
              <Link to="/progress">progress page</Link>, with your scores over time. Share it with your study group as Markdown:
            </p>
            <ExportButtons session={lastSaved} onDownload={onDownload} onCopy={onCopy} />
          </section>
        ) : null}
        <section aria-labelledby={`${baseId}-setup`} className={styles.setup}>
          <h2 id={`${baseId}-setup`} ref={lastSaved ? undefined : headingRef} tabIndex={-1}>
            Start a mock interview
          </h2>
          <fieldset className={styles.choice}>
            <legend>How you practice</legend>
            {(['solo', 'partner'] as const).map((value) => (
              <label key={value} className={styles.option}>
                <input type="radio" name={`${baseId}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} data-practice-mode={value} />
                {value === 'solo'
                  ? 'Solo: answer each prompt against the clock, then reveal the signals and score yourself'
                  : 'With a partner: the interviewer reads the prompts, listens for the signals and scores as you go'}
              </label>
            ))}
          </fieldset>
          <fieldset className={styles.choice}>
            <legend>Interview length</legend>
            {interviewLengths.map((length) => (
              <label key={length} className={styles.option}>
                <input type="radio" name={`${baseId}-plan`} value={length} checked={plan === length} onChange={() => setPlan(length)} />
                {length} minutes
              </label>
            ))}
          </fieldset>
          <button type="button" className="button button--primary" onClick={onStart} data-practice-start="">
            Start the interview
          </button>
        </section>
        <History sessions={saved} onDownload={onDownload} onCopy={onCopy} />
      </div>
    );
  }

  const reading = tick(session.timer, now);
  const currentStep = kit.steps[reading.stepIndex] as KitStep;
  const partner = session.mode === 'partner';
  const showAnswers = partner ? view === 'interviewer' : session.phase !== 'interview';
  const stepsShown = session.phase === 'interview' ? [] : partner ? kit.steps : kit.steps.slice(0, session.revealedSteps);
  const allRevealed = partner || session.revealedSteps >= kit.steps.length;

  return (
    <div className={styles.practice} {...ready} data-practice-phase={session.phase} data-practice-session-mode={session.mode}>
      <div className={styles.bar}>
        <p className={styles.meta}>
          {MODE_LABELS[session.mode]}, {session.timer.plan} minutes.
        </p>
        {partner ? (
          <div role="group" aria-label="Whose screen this is" className={styles.views}>
            {(['interviewer', 'candidate'] as const).map((value) => (
              <button
                key={value}
                type="button"
                className={clsx('button button--sm', view === value ? 'button--primary' : 'button--secondary')}
                aria-pressed={view === value}
                onClick={() => {
                  setView(value);
                  announce(
                    value === 'interviewer' ? 'Interviewer view: signals, curveballs and rubric shown.' : 'Candidate view: signals, curveballs and rubric hidden.',
                  );
                }}
                data-practice-view={value}>
                {value === 'interviewer' ? 'Interviewer view' : 'Candidate view'}
              </button>
            ))}
          </div>
        ) : null}
      </div>

      {session.phase === 'interview' ? (
        <section aria-labelledby={`${baseId}-step`} className={styles.stage} data-practice-step={currentStep.stepId}>
          <h2 id={`${baseId}-step`} ref={headingRef} tabIndex={-1}>
            Step {reading.stepIndex + 1} of {kit.steps.length}: {stepTitle(currentStep.stepId)}
          </h2>
          <div className={clsx(styles.clocks, reading.overrun && styles.overrun)}>
            <p>
              <span className={styles.clockLabel}>{reading.overrun ? 'Over this step by' : 'Left in this step'}</span>{' '}
              <span role="timer" className={styles.clock} data-practice-clock="step">
                {reading.overrun ? `+${formatClock(reading.overrunSeconds)}` : formatClock(reading.stepSecondsLeft)}
              </span>
            </p>
            <p>
              <span className={styles.clockLabel}>Left overall</span>{' '}
              <span role="timer" className={styles.clock} data-practice-clock="overall">
                {formatClock(reading.overallSecondsLeft)}
              </span>
            </p>
            <button type="button" className="button button--secondary button--sm" onClick={onToggleClock}>
              {status === 'paused' ? 'Resume clock' : 'Pause clock'}
            </button>
          </div>
          <p className={styles.label}>The interviewer asks</p>
          <KitText as="blockquote" text={currentStep.prompt} data-practice-prompt="" />
          {showAnswers ? (
            <div className={styles.signals} data-practice-signals="">
              <p className={styles.label}>Listen for</p>
              <KitText as="p" text={currentStep.signals} />
            </div>
          ) : null}
          <label className={styles.label} htmlFor={`${baseId}-notes`}>
            {partner && view === 'interviewer' ? 'Your notes on the answer' : 'Your answer: notes or an outline'}
          </label>
          <textarea
            id={`${baseId}-notes`}
            className={styles.notes}
            rows={6}
            value={session.notes[currentStep.stepId] ?? ''}
            onChange={(event) => update((current) => setNote(current, currentStep.stepId, event.target.value))}
            data-practice-notes=""
          />
          <div className={styles.actions}>
            {reading.isLastStep ? null : (
              <button type="button" className="button button--primary" onClick={onNextStep} data-practice-next="">
                Next step
              </button>
            )}
            <button
              type="button"
              className={clsx('button', reading.isLastStep ? 'button--primary' : 'button--secondary')}
              onClick={onFinish}
              data-practice-finish="">
              Finish the interview
            </button>
          </div>
          {partner && view === 'candidate' ? null : (
            <Curveballs session={session} kit={kit} showListenFor={partner} onDraw={onDrawCurveball} curveballFor={curveballFor} />
          )}
          {partner && view === 'interviewer' ? (
            <section aria-labelledby={`${baseId}-rubric`}>
              <h3 id={`${baseId}-rubric`}>Rubric</h3>
              <RubricScoring
                rubric={kit.rubric}
                scores={session.scores}
                scorer="interviewer"
                onScore={(dimension, score) => update((current) => setScore(current, dimension, score))}
              />
            </section>
          ) : null}
          <StepPlan session={session} kit={kit} />
        </section>
      ) : (
        <section aria-labelledby={`${baseId}-review`} className={styles.stage}>
          <h2 id={`${baseId}-review`} ref={headingRef} tabIndex={-1}>
            Review and score
          </h2>
          {showAnswers ? null : (
            <p className={styles.hint} data-practice-hidden="">
              The signals and the rubric are hidden in the candidate view. Switch to the interviewer view to score together.
            </p>
          )}
          <ol className={styles.review}>
            {kit.steps.map((step, index) => {
              const revealed = showAnswers && stepsShown.includes(step);
              return (
                <li key={step.stepId} data-practice-review-step={step.stepId}>
                  <h3>{stepTitle(step.stepId)}</h3>
                  <KitText as="blockquote" text={step.prompt} />
                  <p className={styles.label}>{partner ? 'Notes' : 'What you wrote'}</p>
                  <p className={styles.written}>{session.notes[step.stepId]?.trim() || 'No notes.'}</p>
                  {revealed ? (
                    <div className={styles.signals} data-practice-signals="">
                      <p className={styles.label}>A strong answer shows</p>
                      <KitText as="p" text={step.signals} />
                    </div>
                  ) : !partner && index === session.revealedSteps ? (
                    <button type="button" className="button button--secondary" onClick={onReveal} data-practice-reveal="">
                      Reveal the signals for step {index + 1}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {showAnswers && allRevealed ? (
            <>
              <Curveballs session={session} kit={kit} showListenFor onDraw={onDrawCurveball} curveballFor={curveballFor} drawn />
              <section aria-labelledby={`${baseId}-score`}>
                <h3 id={`${baseId}-score`}>Score on the rubric</h3>
                <RubricScoring
                  rubric={kit.rubric}
                  scores={session.scores}
                  scorer={partner ? 'interviewer' : 'self'}
                  onScore={(dimension, score) => update((current) => setScore(current, dimension, score))}
                />
              </section>
              <p data-practice-running-total="">Total so far: {describeScore(scoreSummary(session))}.</p>
            </>
          ) : null}
          <div className={styles.actions}>
            <button type="button" className="button button--primary" onClick={onSave} data-practice-save="">
              Save the session
            </button>
          </div>
        </section>
      )}
      <div className={styles.actions}>
        <button type="button" className="button button--link" onClick={onDiscard}>
          Discard this session
        </button>
      </div>
    </div>
  );
}

function Curveballs({
  session,
  kit,
  showListenFor,
  onDraw,
  curveballFor,
  drawn = false,
}: {
  session: PracticeSession;
  kit: PracticeKit;
  showListenFor: boolean;
  onDraw: () => void;
  curveballFor: (prompt: string) => PracticeKit['curveballs'][number] | undefined;
  /** Only what was drawn, with no button: the review. */
  drawn?: boolean;
}): ReactNode {
  if (drawn && session.curveballs.length === 0) return null;
  const left = kit.curveballs.length - session.curveballs.length;
  return (
    <div className={styles.curveballs} data-practice-curveballs="">
      <p className={styles.label}>Curveballs{drawn ? ' drawn' : ''}</p>
      <ul>
        {session.curveballs.map((prompt) => {
          const curveball = curveballFor(prompt);
          return (
            <li key={prompt} data-practice-curveball="">
              “{curveball ? <KitText text={curveball.prompt} /> : prompt}”
              {showListenFor && curveball ? (
                <>
                  {' '}
                  <span className={styles.listenFor}>
                    Listen for: <KitText text={curveball.listenFor} />
                  </span>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {drawn ? null : (
        <button type="button" className="button button--secondary button--sm" onClick={onDraw} disabled={left === 0} data-practice-draw="">
          {left === 0 ? 'No curveballs left' : 'Draw a curveball'}
        </button>
      )}
    </div>
  );
}

function StepPlan({ session, kit }: { session: PracticeSession; kit: PracticeKit }): ReactNode {
  return (
    <ol className={styles.plan} aria-label={`The ${session.timer.plan}-minute plan`}>
      {kit.steps.map((step, index) => {
        const framework = frameworkSteps.find((candidate) => candidate.id === step.stepId);
        return (
          <li
            key={step.stepId}
            aria-current={index === session.timer.stepIndex ? 'step' : undefined}
            className={clsx(index < session.timer.stepIndex && styles.done, index === session.timer.stepIndex && styles.current)}>
            {stepTitle(step.stepId)} <span className={styles.minutes}>{framework?.minutes[session.timer.plan]} min</span>
          </li>
        );
      })}
    </ol>
  );
}

function ExportButtons({
  session,
  onDownload,
  onCopy,
}: {
  session: PracticeSession;
  onDownload: (session: PracticeSession) => void;
  onCopy: (session: PracticeSession) => Promise<void>;
}): ReactNode {
  const when = (session.finishedAt ?? session.startedAt).slice(0, 10);
  return (
    <div className={styles.actions}>
      <button type="button" className="button button--secondary button--sm" onClick={() => onDownload(session)} data-practice-export-md="">
        Download Markdown
        <span className="sr-only"> of the session on {when}</span>
      </button>
      <button type="button" className="button button--secondary button--sm" onClick={() => void onCopy(session)}>
        Copy Markdown<span className="sr-only"> of the session on {when}</span>
      </button>
    </div>
  );
}

function History({
  sessions,
  onDownload,
  onCopy,
}: {
  sessions: readonly PracticeSession[];
  onDownload: (session: PracticeSession) => void;
  onCopy: (session: PracticeSession) => Promise<void>;
}): ReactNode {
  return (
    <section aria-labelledby="your-sessions" className={styles.history}>
      <h2 id="your-sessions">Your sessions on this case study</h2>
      {sessions.length === 0 ? (
        <p>None saved yet. Saved sessions stay in this browser; the progress page shows your scores over time and backs them up.</p>
      ) : (
        <ul data-practice-history="">
          {sessions.map((session) => (
            <li key={session.id}>
              <span>
                {(session.finishedAt ?? '').slice(0, 10)}, {MODE_LABELS[session.mode].toLowerCase()}, {session.timer.plan} minutes:{' '}
                <strong>{describeScore(scoreSummary(session))}</strong>
              </span>
              <ExportButtons session={session} onDownload={onDownload} onCopy={onCopy} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
