import React, { lazy, Suspense, useState, type ComponentType, type CSSProperties, type ReactNode } from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import styles from './styles.module.css';

/**
 * The height of a loaded calculator in rem, for content columns of at least 0, 380, 520, 600, 700
 * and 900 px (the breakpoints in styles.module.css), measured with the worked example's inputs in
 * Chromium. The placeholder takes the same height, so nothing jumps when the calculator arrives.
 */
type Reserve = readonly [number, number, number, number, number, number];

type CalculatorName = keyof typeof import('./calculators');

/** The chunk with every calculator and the metric maths, fetched once, the first time any calculator renders. */
function loadCalculators() {
  return import(/* webpackChunkName: "metric-calculators" */ './calculators');
}

/**
 * MDXComponents is global, so every page would carry whatever it imports. Each
 * calculator is therefore registered through this wrapper, and its code (with
 * the metric maths) sits in a chunk of its own that only a page rendering a
 * calculator fetches, after hydration. Until then, and in the server HTML, a
 * placeholder of about the calculator's size holds its place.
 */
function lazyCalculator(name: CalculatorName, title: string, reserve: Reserve): ComponentType {
  const load = () => lazy(async () => ({ default: (await loadCalculators())[name] }));
  // Created outside render, so a re-render never restarts the load; replaced only to retry after a failure.
  let Calculator = load();
  const style = Object.fromEntries(reserve.map((height, index) => [`--calculator-height-${index}`, `${height}rem`])) as CSSProperties;
  const placeholder = (
    <div className={styles.placeholder} data-calculator-placeholder={name}>
      <p className={styles.title}>{title}</p>
      <p className={styles.intro}>The calculator runs in the browser with JavaScript; it starts from the worked example above.</p>
    </div>
  );

  function LoadedCalculator(): ReactNode {
    const [, setAttempt] = useState(0);
    return (
      <ErrorBoundary
        fallback={({ tryAgain }) => (
          <div className={styles.placeholder} role="group" aria-label={title}>
            <p className={styles.title}>{title}</p>
            <p className={styles.intro} role="status">
              The calculator could not load. Check the connection, then try again.
            </p>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => {
                Calculator = load();
                setAttempt((attempt) => attempt + 1);
                tryAgain();
              }}>
              Try again
            </button>
          </div>
        )}>
        <Suspense fallback={placeholder}>
          <Calculator />
        </Suspense>
      </ErrorBoundary>
    );
  }

  function LazyCalculator(): ReactNode {
    // The slot measures the content column, so the placeholder can take the calculator's height at that width.
    return (
      <div className={styles.slot} style={style}>
        <BrowserOnly fallback={placeholder}>{() => <LoadedCalculator />}</BrowserOnly>
      </div>
    );
  }
  LazyCalculator.displayName = name;
  return LazyCalculator;
}

export const ConfusionMatrixCalculator = lazyCalculator('ConfusionMatrixCalculator', 'Calculator: precision, recall and F-scores', [70.5, 63.5, 51.25, 45.75, 36.5, 40.5]);
export const RankingCalculator = lazyCalculator('RankingCalculator', 'Calculator: ranking metrics for one list', [124.25, 102.5, 93.75, 77, 74, 64.5]);
export const ScoresCalculator = lazyCalculator('ScoresCalculator', 'Calculator: ROC-AUC, PR-AUC and log loss', [90.75, 77.75, 67.25, 62, 55.75, 60.5]);
export const IouCalculator = lazyCalculator('IouCalculator', 'Calculator: intersection over union', [53.75, 51, 31, 31, 31, 29.5]);
export const SampleSizeCalculator = lazyCalculator('SampleSizeCalculator', 'Calculator: sample size per arm', [52.75, 46.75, 37.25, 35.75, 29.5, 29.5]);
export const PsiCalculator = lazyCalculator('PsiCalculator', 'Calculator: population stability index', [61.25, 50, 47, 45.25, 42.25, 37]);
