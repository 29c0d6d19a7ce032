import React, { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { formatNumber, type MetricResult } from '@site/src/lib/metrics';
import styles from './styles.module.css';

/** How long typing must pause before results update and are announced, so a screen reader is not read every keystroke. */
const SETTLE_MS = 300;

/**
 * The calculator's raw inputs (strings as typed) and their settled copy, which
 * trails the raw one by SETTLE_MS. Results are computed from the settled copy.
 */
export interface Inputs<T extends Record<string, string>> {
  inputs: T;
  settled: T;
  set: (key: keyof T) => (value: string) => void;
}

export function useInputs<T extends Record<string, string>>(initial: T): Inputs<T> {
  const [inputs, setInputs] = useState(initial);
  const [settled, setSettled] = useState(initial);
  useEffect(() => {
    if (inputs === settled) return undefined;
    const timer = window.setTimeout(() => setSettled(inputs), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [inputs, settled]);
  const set = (key: keyof T) => (value: string) => setInputs((previous) => ({ ...previous, [key]: value }));
  return { inputs, settled, set };
}

/** One line of the results: a value with its arithmetic, or the reason there is none. */
export interface ResultRow {
  label: string;
  value?: string;
  error?: string;
  steps: string[];
}

export function resultRow<T>(label: string, result: MetricResult<T>, format: (value: T) => string): ResultRow {
  return result.ok ? { label, value: format(result.value), steps: result.steps } : { label, error: result.error, steps: [] };
}

export function numberRow(label: string, result: MetricResult<number>, format: (value: number) => string = formatNumber): ResultRow {
  return resultRow(label, result, format);
}

/** A problem with what was typed, tied to the field it came from. */
export interface InputProblem {
  field: string;
  message: string;
}

/** What a field takes from its calculator: its key, its text and setter, and the input problem to mark it by. */
export type BoundField = Pick<FieldProps, 'name' | 'value' | 'onChange' | 'problem' | 'problemId'>;

interface FieldProps {
  /** key of the input, used to mark it invalid */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  problem: InputProblem | null;
  /** the id of the element that shows problems, for aria-describedby */
  problemId: string;
  /** a list field spans the full width */
  wide?: boolean;
  /** ArrowUp and ArrowDown change a single number by this much */
  step?: number;
}

function decimalsOf(x: number): number {
  const text = String(x);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

export function Field({ name, label, value, onChange, hint, problem, problemId, wide, step }: FieldProps): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const invalid = problem?.field === name;
  const describedBy = [hint ? hintId : null, invalid ? problemId : null].filter(Boolean).join(' ');

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (step === undefined || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const current = Number(value.trim().replace(/,/g, ''));
    if (value.trim() === '' || !Number.isFinite(current)) return;
    event.preventDefault();
    const next = current + (event.key === 'ArrowUp' ? step : -step);
    onChange(String(Number(next.toFixed(Math.max(decimalsOf(step), decimalsOf(current))))));
  }

  return (
    <div className={clsx(styles.field, wide && styles.wide)}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={wide ? 'text' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  hint?: string;
}

export function SelectField<V extends string>({ label, value, options, onChange, hint }: SelectFieldProps<V>): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface FrameProps<T extends Record<string, string>> {
  title: string;
  /** one line under the title: what to type */
  intro: ReactNode;
  /** the calculator's inputs, from useInputs */
  form: Inputs<T>;
  /** the fields; `field(key)` gives a Field its key, text, setter and problem: `<Field {...field('tp')} label=… />` */
  children: (field: (key: keyof T & string) => BoundField) => ReactNode;
  problem: InputProblem | null;
  rows: ResultRow[];
  /** drawn beside the results (the IoU boxes) */
  picture?: ReactNode;
}

/** The calculator's frame: labelled inputs, a spoken headline, and each result with its arithmetic. */
export function CalculatorFrame<T extends Record<string, string>>({ title, intro, form, children, problem, rows, picture }: FrameProps<T>): ReactNode {
  const titleId = useId();
  const problemId = useId();
  const field = (key: keyof T & string): BoundField => ({ name: key, value: form.inputs[key] ?? '', onChange: form.set(key), problem, problemId });
  // When every metric refuses the input (a negative count, lists of different lengths), the input is the problem:
  // say why once, in the words of the first metric, instead of repeating it per row.
  const shared = rows.length > 0 && rows.every((row) => row.error !== undefined) ? rows[0]?.error : undefined;
  const message = problem?.message ?? shared;
  const headline = message
    ? `Check the input: ${message}`
    : rows.map((row) => (row.value !== undefined ? `${row.label} = ${row.value}` : `${row.label}: undefined`)).join('; ');
  return (
    <div className={styles.calculator} role="group" aria-labelledby={titleId} data-calculator={title}>
      <p id={titleId} className={styles.title}>
        {title}
      </p>
      <p className={styles.intro}>{intro}</p>
      <form className={styles.fields} onSubmit={(event) => event.preventDefault()}>
        {children(field)}
      </form>
      <output id={problemId} className={clsx(styles.headline, message && styles.headlineProblem)} aria-live="polite" aria-atomic="true">
        {headline}
      </output>
      {message ? null : (
        <div className={styles.body}>
          {picture}
          <ul className={styles.results} aria-label={`${title}: results with their arithmetic`}>
            {rows.map((row) => (
              <li key={row.label} className={styles.result}>
                <span className={styles.resultLabel}>{row.label}</span>{' '}
                {row.value !== undefined ? <span className={styles.resultValue}>{row.value}</span> : <span className={styles.resultError}>{row.error}</span>}
                {row.steps.length > 0 ? (
                  <ol className={styles.steps}>
                    {row.steps.map((step, index) => (
                      <li key={index}>{step}</li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * Which field a range error from the metric maths is about (TP = -5, x2 below x1, a baseline rate of 0): each rule is
 * a pattern for the error message and the field it blames, or a function of the match that names the field.
 */
export type FieldBlame = ReadonlyArray<readonly [pattern: RegExp, field: string | ((match: RegExpMatchArray) => string)]>;

/** The first result error that a rule ties to a field, as a problem with that field, or null. */
export function rangeProblem(rows: readonly ResultRow[], blame: FieldBlame): InputProblem | null {
  for (const { error } of rows) {
    if (error === undefined) continue;
    for (const [pattern, field] of blame) {
      const match = error.match(pattern);
      if (match) return { field: typeof field === 'string' ? field : field(match), message: error };
    }
  }
  return null;
}

/** The first problem among parsed fields, tied to its field, or null. */
export function firstProblem(parsed: Record<string, { ok: true } | { ok: false; error: string }>): InputProblem | null {
  for (const [field, result] of Object.entries(parsed)) {
    if (!result.ok) return { field, message: result.error };
  }
  return null;
}
