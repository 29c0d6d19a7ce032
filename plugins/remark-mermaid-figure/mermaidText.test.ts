import { describe, expect, it } from 'vitest';
import { describeMermaid } from './mermaidText';

describe('describeMermaid', () => {
  it('reads a flowchart chain with fan-out and edge labels in source order', () => {
    const source = ['flowchart TB', '  q["Query"] -->|"embed"| e["Encoder"] --> a["ANN"] & b["BM25"]', '  a --> r["Ranker"]'].join('\n');
    expect(describeMermaid(source)).toEqual(['Query → Encoder (embed).', 'Encoder → ANN.', 'Encoder → BM25.', 'ANN → Ranker.']);
  });

  it('keeps a node with no edges', () => {
    expect(describeMermaid('flowchart LR\n  lonely["Feature store"]')).toEqual(['Feature store.']);
  });

  it('turns <br/> in labels into spaces', () => {
    expect(describeMermaid('flowchart LR\n  a["Two<br/>towers"] --> b["Index"]')).toEqual(['Two towers → Index.']);
  });

  it('reads a sequence diagram as messages between named participants', () => {
    const source = ['sequenceDiagram', '  participant C as Client', '  participant R as Ranker', '  C->>R: score 500 candidates', '  R-->>C: top 50'].join('\n');
    expect(describeMermaid(source)).toEqual(['Participant: Client.', 'Participant: Ranker.', 'Client → Ranker: score 500 candidates.', 'Ranker → Client: top 50.']);
  });

  it('reads state transitions with their triggers', () => {
    const source = ['stateDiagram-v2', '  state "Canary 1%" as canary', '  [*] --> canary', '  canary --> rolled_back : guardrail breached'].join('\n');
    expect(describeMermaid(source)).toEqual(['start or end → Canary 1%.', 'Canary 1% → rolled_back (guardrail breached).']);
  });

  it('reads a timeline as periods and their events', () => {
    const source = ['timeline', '  title Retraining', '  section Daily', '    00:00 UTC : features refreshed', '  Weekly : full retrain : backfill'].join('\n');
    expect(describeMermaid(source)).toEqual(['Section: Daily.', '00:00 UTC: features refreshed.', 'Weekly: full retrain; backfill.']);
  });
});
