/**
 * Turns a Mermaid source into plain-text lines a reader who cannot see the
 * diagram can follow: nodes and the edges between them, in source order.
 * It understands the conservative subset the content guide allows
 * (flowchart, sequenceDiagram, stateDiagram-v2, timeline); anything else
 * falls back to the quoted labels it finds.
 */

const ARROW = /\s*(?:<?-->|<?==>|<?-\.->|---|===|-\.-|--o|--x)\s*/;

function clean(label: string): string {
  return label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/^["'`]|["'`]$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `id["label"]`, `id("label")`, `id{"label"}`, `id(("label"))`, `id[label]` → [id, label]. */
const NODE = /^([A-Za-z0-9_]+)\s*(?:\[\[|\[\(|\(\(|\(\[|\[\/|\[\\|\[|\(|\{\{|\{|>)\s*(.*?)\s*(?:\]\]|\)\]|\)\)|\]\)|\/\]|\\\]|\]|\)|\}\}|\})$/;

function parseNodeRef(raw: string, labels: Map<string, string>): string | undefined {
  const text = raw.trim().replace(/:::[\w-]+$/, '');
  if (!text) return undefined;
  const declared = NODE.exec(text);
  if (declared) {
    const [, id, label] = declared as unknown as [string, string, string];
    labels.set(id, clean(label));
    return id;
  }
  if (/^[A-Za-z0-9_]+$/.test(text)) return text;
  return undefined;
}

function describeFlowchart(lines: string[]): string[] {
  const labels = new Map<string, string>();
  const out: string[] = [];
  const mentioned = new Set<string>();
  const order: string[] = [];
  const groups: string[] = [];
  const name = (id: string) => labels.get(id) ?? id;
  const where = () => (groups.length > 0 ? `In ${groups.at(-1)}: ` : '');

  for (const line of lines) {
    const subgraph = /^subgraph\s+([A-Za-z0-9_]+)?\s*(?:\[\s*"?(.*?)"?\s*\])?\s*$/.exec(line);
    if (subgraph) {
      groups.push(clean(subgraph[2] ?? subgraph[1] ?? ''));
      continue;
    }
    if (line === 'end') {
      groups.pop();
      continue;
    }
    if (/^(direction|classDef|class|style|linkStyle|click)\b/.test(line)) continue;

    // Split a chain like a["A"] -->|"x"| b["B"] --> c into node groups and edge labels.
    const parts: string[] = [];
    const edgeLabels: Array<string | undefined> = [];
    let rest = line;
    for (;;) {
      const match = ARROW.exec(rest);
      if (!match) {
        parts.push(rest);
        break;
      }
      let left = rest.slice(0, match.index);
      let label: string | undefined;
      // Old-style label: a -- text --> b
      const inline = /^(.*?)\s*--\s+(.+?)$/.exec(left);
      if (inline && !/[[({]/.test(inline[2] ?? '')) {
        left = inline[1] ?? left;
        label = clean(inline[2] ?? '');
      }
      parts.push(left);
      rest = rest.slice(match.index + match[0].length);
      const piped = /^\|\s*(.*?)\s*\|\s*/.exec(rest);
      if (piped) {
        label = clean(piped[1] ?? '');
        rest = rest.slice(piped[0].length);
      }
      edgeLabels.push(label);
    }
    const nodes = parts.map((part) =>
      part
        .split(/\s*&\s*/)
        .map((ref) => parseNodeRef(ref, labels))
        .filter((id): id is string => id !== undefined),
    );
    nodes.flat().forEach((id) => {
      if (!order.includes(id)) order.push(id);
    });
    if (nodes.length === 1) {
      for (const id of nodes[0] ?? []) {
        if (groups.length > 0) {
          out.push(`${where()}${name(id)}.`);
          mentioned.add(id);
        }
      }
      continue;
    }
    for (let i = 0; i + 1 < nodes.length; i += 1) {
      for (const from of nodes[i] ?? []) {
        for (const to of nodes[i + 1] ?? []) {
          const via = edgeLabels[i] ? ` (${edgeLabels[i]})` : '';
          out.push(`${where()}${name(from)} → ${name(to)}${via}.`);
          mentioned.add(from);
          mentioned.add(to);
        }
      }
    }
  }
  for (const id of order) {
    if (!mentioned.has(id)) out.push(`${name(id)}.`);
  }
  return out;
}

function describeSequence(lines: string[]): string[] {
  const names = new Map<string, string>();
  const out: string[] = [];
  for (const line of lines) {
    const participant = /^(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/.exec(line);
    if (participant) {
      const id = participant[1] as string;
      names.set(id, clean(participant[2] ?? id));
      out.push(`Participant: ${names.get(id)}.`);
      continue;
    }
    const message = /^([^-+\s>]+)\s*[-=]+>>?[+-]?\s*([^:\s]+)\s*:\s*(.+)$/.exec(line) ?? /^([^-+\s>]+)\s*-[-)x]+[+-]?\s*([^:\s]+)\s*:\s*(.+)$/.exec(line);
    if (message) {
      const [, sender = '', receiver = '', text = ''] = message;
      const from = names.get(sender) ?? sender;
      const to = names.get(receiver) ?? receiver;
      out.push(`${from} → ${to}: ${clean(text)}.`);
      continue;
    }
    const note = /^note\s+(?:over|left of|right of)\s+([^:]+):\s*(.+)$/i.exec(line);
    if (note) {
      out.push(`Note on ${clean(note[1] as string)}: ${clean(note[2] as string)}.`);
      continue;
    }
    const block = /^(loop|alt|else|opt|par|and|critical|break|rect)\b\s*(.*)$/.exec(line);
    if (block && block[2]) out.push(`${block[1]}: ${clean(block[2])}.`);
  }
  return out;
}

function describeState(lines: string[]): string[] {
  const names = new Map<string, string>();
  const out: string[] = [];
  for (const line of lines) {
    const declared = /^state\s+"(.+?)"\s+as\s+(\S+)/.exec(line);
    if (declared) {
      names.set(declared[2] as string, clean(declared[1] as string));
      continue;
    }
    const described = /^([A-Za-z0-9_]+)\s*:\s*(.+)$/.exec(line);
    if (described && !line.includes('-->')) {
      names.set(described[1] as string, clean(described[2] as string));
      continue;
    }
    const transition = /^(\S+)\s*-->\s*(\S+?)\s*(?::\s*(.+))?$/.exec(line);
    if (transition) {
      const label = (id: string) => (id === '[*]' ? 'start or end' : (names.get(id) ?? id));
      const via = transition[3] ? ` (${clean(transition[3])})` : '';
      out.push(`${label(transition[1] as string)} → ${label(transition[2] as string)}${via}.`);
    }
  }
  return out;
}

function describeTimeline(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const title = /^title\s+(.+)$/.exec(line);
    if (title) continue;
    const section = /^section\s+(.+)$/.exec(line);
    if (section) {
      out.push(`Section: ${clean(section[1] as string)}.`);
      continue;
    }
    const items = line
      .split(/\s+:\s+/)
      .map(clean)
      .filter(Boolean);
    if (items.length > 1) out.push(`${items[0]}: ${items.slice(1).join('; ')}.`);
    else if (items.length === 1 && out.length > 0) out[out.length - 1] = `${out.at(-1)?.replace(/\.$/, '')}; ${items[0]}.`;
  }
  return out;
}

function quotedLabels(source: string): string[] {
  return [...source.matchAll(/"([^"]+)"/g)].map((m) => clean(m[1] as string)).filter(Boolean);
}

/** The diagram's text alternative: one line per node, edge or message, in source order. */
export function describeMermaid(source: string): string[] {
  const lines = source
    .split('\n')
    .map((line) => line.replace(/%%.*$/, '').trim().replace(/;$/, ''))
    .filter(Boolean);
  const header = lines.shift() ?? '';
  const kind = header.split(/\s+/)[0] ?? '';
  let described: string[];
  if (kind === 'flowchart' || kind === 'graph') described = describeFlowchart(lines);
  else if (kind === 'sequenceDiagram') described = describeSequence(lines);
  else if (kind.startsWith('stateDiagram')) described = describeState(lines);
  else if (kind === 'timeline') described = describeTimeline(lines);
  else described = [];
  if (described.length === 0) described = [...new Set(quotedLabels(source))].map((label) => `${label}.`);
  return [...new Set(described)];
}
