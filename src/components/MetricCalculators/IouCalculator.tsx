import React, { type ReactNode } from 'react';
import { metricExamples } from '@site/src/data/metricExamples';
import { intersectionOverUnion, type Box } from '@site/src/lib/metrics';
import { CalculatorFrame, Field, firstProblem, rangeProblem, numberRow, useInputs, type BoundField, type FieldBlame } from './Calculator';
import { parseNumber } from './parseInput';
import styles from './styles.module.css';

const { boxes: example } = metricExamples;
const CORNERS = ['x1', 'y1', 'x2', 'y2'] as const;

/** Both boxes drawn to scale, y pointing down as in image coordinates. Decorative: the numbers say it all. */
function BoxesPicture({ a, b }: { a: Box; b: Box }): ReactNode {
  const left = Math.min(a.x1, b.x1);
  const top = Math.min(a.y1, b.y1);
  const width = Math.max(a.x2, b.x2) - left;
  const height = Math.max(a.y2, b.y2) - top;
  const pad = Math.max(width, height) * 0.05;
  const ix1 = Math.max(a.x1, b.x1);
  const iy1 = Math.max(a.y1, b.y1);
  const ix2 = Math.min(a.x2, b.x2);
  const iy2 = Math.min(a.y2, b.y2);
  const rect = (box: Box) => ({ x: box.x1, y: box.y1, width: box.x2 - box.x1, height: box.y2 - box.y1 });
  return (
    <svg className={styles.picture} viewBox={`${left - pad} ${top - pad} ${width + 2 * pad} ${height + 2 * pad}`} aria-hidden="true" focusable="false">
      {ix2 > ix1 && iy2 > iy1 ? <rect className={styles.overlap} x={ix1} y={iy1} width={ix2 - ix1} height={iy2 - iy1} /> : null}
      <rect className={styles.boxA} {...rect(a)} vectorEffect="non-scaling-stroke" />
      <rect className={styles.boxB} {...rect(b)} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

function initial(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const corner of CORNERS) {
    values[`a${corner}`] = String(example.a[corner]);
    values[`b${corner}`] = String(example.b[corner]);
  }
  return values;
}

/** "Box A: x2 (3) must be greater than x1 (5)." blames A's x2. */
const BLAME: FieldBlame = [[/^Box ([AB]): ([xy]2)\b/, (match) => `${(match[1] ?? '').toLowerCase()}${match[2] ?? ''}`]];

/** Two boxes by their corners to intersection over union. */
export default function IouCalculator(): ReactNode {
  const form = useInputs(initial());
  const parsed = Object.fromEntries(
    (['a', 'b'] as const).flatMap((which) =>
      CORNERS.map((corner) => [`${which}${corner}`, parseNumber(form.settled[`${which}${corner}`] ?? '', `box ${which.toUpperCase()} ${corner}`)]),
    ),
  ) as Record<string, ReturnType<typeof parseNumber>>;
  const inputProblem = firstProblem(parsed);
  const box = (which: 'a' | 'b'): Box => {
    const corner = (name: (typeof CORNERS)[number]) => {
      const result = parsed[`${which}${name}`];
      return result?.ok ? result.value : 0;
    };
    return { x1: corner('x1'), y1: corner('y1'), x2: corner('x2'), y2: corner('y2') };
  };
  const a = box('a');
  const b = box('b');
  const result = intersectionOverUnion(a, b);
  const rows = inputProblem ? [] : [numberRow('IoU', result)];
  const problem = inputProblem ?? rangeProblem(rows, BLAME);

  const fieldset = (which: 'a' | 'b', legend: string, field: (key: string) => BoundField) => (
    <fieldset className={styles.boxFields}>
      <legend>{legend}</legend>
      {CORNERS.map((corner) => (
        <Field key={corner} {...field(`${which}${corner}`)} label={`${which.toUpperCase()} ${corner}`} step={1} />
      ))}
    </fieldset>
  );

  return (
    <CalculatorFrame
      form={form}
      title="Calculator: intersection over union"
      intro="Each box by its top-left corner (x1, y1) and bottom-right corner (x2, y2), in pixels, y growing downward."
      problem={problem}
      rows={rows}
      picture={result.ok ? <BoxesPicture a={a} b={b} /> : null}>
      {(field) => (
        <>
          {fieldset('a', 'Box A (solid outline)', field)}
          {fieldset('b', 'Box B (dashed outline)', field)}
        </>
      )}
    </CalculatorFrame>
  );
}
