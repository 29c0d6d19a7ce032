/** Components of the comparison page, all rendered from src/data/books.ts. */
export { default as BookFacts } from './BookFacts';
export { default as BookTopicMap } from './TopicMap';
