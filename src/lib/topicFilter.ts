import type { Topic, TopicKind } from '@site/src/data/books';

/**
 * What the topic map shows: everything, one kind of topic (every framework
 * step, every case study), or a single topic.
 */
export type TopicFilter = 'all' | `kind:${TopicKind}` | `topic:${string}`;

export function kindFilter(kind: TopicKind): TopicFilter {
  return `kind:${kind}`;
}

export function topicFilter(topicId: string): TopicFilter {
  return `topic:${topicId}`;
}

/** Reads a select's value back; anything unknown falls back to showing everything. */
export function parseTopicFilter(value: string): TopicFilter {
  if (value.startsWith('kind:') || value.startsWith('topic:')) return value as TopicFilter;
  return 'all';
}

export function topicMatches(topic: Topic, filter: TopicFilter): boolean {
  if (filter === 'all') return true;
  if (filter.startsWith('kind:')) return topic.kind === filter.slice('kind:'.length);
  return topic.id === filter.slice('topic:'.length);
}

/** The sentence the live region reads after the filter changes. */
export function describeShown(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} topics`;
  return `Showing ${shown} of ${total} topics`;
}
