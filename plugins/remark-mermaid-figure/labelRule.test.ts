import { describe, expect, it } from 'vitest';
import { labelLines, labelProblems } from './labelRule';

describe('diagram labels', () => {
  it('are read from flowchart nodes, edges and subgraphs, split at line breaks, with their line', () => {
    const source = ['flowchart LR', '  subgraph t["Training"]', '    a["Data lake<br/>daily"] -->|"logs"| b["Train"]', '  end', '  b -->|features| c'].join('\n');
    expect(labelLines(source)).toEqual([
      { text: 'Training', line: 2, kind: 'box' },
      { text: 'Data lake', line: 3, kind: 'box' },
      { text: 'daily', line: 3, kind: 'box' },
      { text: 'logs', line: 3, kind: 'box' },
      { text: 'Train', line: 3, kind: 'box' },
      { text: 'features', line: 5, kind: 'box' },
    ]);
  });

  it('are read from sequence participants, notes and messages', () => {
    const source = ['sequenceDiagram', '  participant S as Ad server', '  S->>K: impression with features', '  Note over S: joins later'].join('\n');
    expect(labelLines(source)).toEqual([
      { text: 'Ad server', line: 2, kind: 'box' },
      { text: 'impression with features', line: 3, kind: 'message' },
      { text: 'joins later', line: 4, kind: 'box' },
    ]);
  });

  it('are read from state transitions and timeline entries, which Mermaid wraps to their column', () => {
    expect(labelLines('stateDiagram-v2\n  Shadow --> Canary: offline gates pass').map((label) => label.text)).toEqual(['offline gates pass']);
    expect(labelLines('timeline\n  section 2024\n  Q1 : LLM judges : two-tower').map((label) => `${label.text} (${label.kind})`)).toEqual([
      '2024 (box)',
      'Q1 (wrapped)',
      'LLM judges (wrapped)',
      'two-tower (wrapped)',
    ]);
    expect(labelProblems(`timeline\n  2019 : ${'z'.repeat(60)}`)).toEqual([]);
  });

  it('allow 40 characters to a box line and 48 to a message line', () => {
    const box = 'x'.repeat(40);
    const message = 'y'.repeat(48);
    expect(labelProblems(`flowchart LR\n  a["${box}"]\nsequenceDiagram`)).toEqual([]);
    expect(labelProblems(`sequenceDiagram\n  a->>b: ${message}`)).toEqual([]);
    expect(labelProblems(`flowchart LR\n  a["${box}z"]`)).toEqual([
      { line: 2, problem: `label "${box}z" is 41 characters; keep a label line to 40 (break it with <br/> or move the detail into the caption)` },
    ]);
    expect(labelProblems(`sequenceDiagram\n  a->>b: ${message}z`)[0]?.problem).toMatch(/is 49 characters; keep a message line to 48/);
  });

  it('reject characters the diagram font does not have', () => {
    expect(labelProblems('flowchart LR\n  a["score ≥ θ"]')[0]?.problem).toMatch(/character the diagram font \(Inter, Latin\) lacks/);
  });
});
