import React, { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import type { Flashcard } from '@site/src/shared/flashcard';
import { cardPlainText } from '@site/src/shared/cardText';
import { announce } from '@site/src/browser/announce';
import {
  ALL_CHAPTERS,
  chapterOptions,
  clearMarks,
  createDeck,
  currentCardId,
  describeTally,
  isLastCard,
  move,
  orderByChapter,
  parseChapterFilter,
  parseMarks,
  selectCards,
  serializeMarks,
  setMark,
  setRevealed,
  shuffle,
  tally,
  type Deck,
  type DeckFilter,
  type Mark,
  type Marks,
} from '@site/src/lib/flashcardDeck';
import CardText from './CardText';
import styles from './styles.module.css';
import { usePersistentState, type StorageCodec } from '@site/src/hooks/usePersistentState';

/** One key for the reader's marks across visits and tabs. */
export const FLASHCARD_MARKS_KEY = 'ml-sdi-companion:flashcard-marks';

/** Stable across renders: the deck is rebuilt whenever the ordered cards change identity. */
const NO_ORDER: readonly string[] = [];

const MARK_LABELS: Record<Mark, string> = { known: 'I knew it', review: 'Review again' };

const MARKS_CODEC: StorageCodec<Marks> = { parse: parseMarks, serialize: serializeMarks };
const NO_MARKS: Marks = {};

interface Props {
  cards: readonly Flashcard[];
  /** Chapter slugs in study order (the book's); the deck and the chapter filter follow it. Keep it stable across renders. */
  chapterOrder?: readonly string[];
}

/**
 * Self-check questions one card at a time. The deck logic lives in
 * src/lib/flashcardDeck; this component keeps the state, stores the marks, keeps
 * the chapter filter in the URL (so a filtered deck can be shared), and says what
 * changed through the page's polite announcer.
 */
export default function Flashcards({ cards: unordered, chapterOrder = NO_ORDER }: Props): ReactNode {
  const history = useHistory();
  const cards = useMemo(() => orderByChapter(unordered, chapterOrder), [unordered, chapterOrder]);
  const chapters = useMemo(() => chapterOptions(cards), [cards]);
  const cardsById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const [filter, setFilter] = useState<DeckFilter>({ chapter: ALL_CHAPTERS, skipKnown: false });
  const [marks, setMarks, restored] = usePersistentState<Marks>(FLASHCARD_MARKS_KEY, MARKS_CODEC, NO_MARKS);
  const [deck, setDeck] = useState<Deck>(() => createDeck(cards.map((card) => card.id)));
  const [started, setStarted] = useState(false);
  const revealButton = useRef<HTMLButtonElement>(null);
  const baseId = useId();

  const deckFor = (nextFilter: DeckFilter, currentMarks: Marks) => createDeck(selectCards(cards, nextFilter, currentMarks).map((card) => card.id));

  // The URL exists only in the browser: once the stored marks are in, build the first deck from the URL's filter.
  useEffect(() => {
    if (!restored || started) return;
    const initial: DeckFilter = { chapter: parseChapterFilter(new URLSearchParams(window.location.search).get('chapter'), cards), skipKnown: false };
    setFilter(initial);
    setDeck(deckFor(initial, marks));
    setStarted(true);
  }, [restored, started, cards, marks]);

  const cardId = currentCardId(deck);
  const card = cardId === undefined ? undefined : cardsById.get(cardId);
  const chapterTitle = chapters.find((chapter) => chapter.slug === filter.chapter)?.title;
  const setName = chapterTitle ?? 'All chapters';
  const counted = tally(deck.cardIds, marks);

  const cardIntro = (next: Deck) => {
    const nextCard = cardsById.get(currentCardId(next) ?? '');
    return nextCard ? `Card ${next.position + 1} of ${next.cardIds.length}: ${cardPlainText(nextCard.question)}` : 'No cards in this set.';
  };

  function applyFilter(nextFilter: DeckFilter) {
    const next = deckFor(nextFilter, marks);
    setFilter(nextFilter);
    setDeck(next);
    const name = chapters.find((chapter) => chapter.slug === nextFilter.chapter)?.title ?? 'All chapters';
    announce(`${name}, ${next.cardIds.length} card${next.cardIds.length === 1 ? '' : 's'}. ${cardIntro(next)}`);
  }

  function onChapterChange(event: ChangeEvent<HTMLSelectElement>) {
    const chapter = parseChapterFilter(event.target.value, cards);
    history.replace({ search: chapter === ALL_CHAPTERS ? '' : `?chapter=${encodeURIComponent(chapter)}` });
    applyFilter({ ...filter, chapter });
  }

  function onShuffle() {
    const next = createDeck(shuffle(deck.cardIds));
    setDeck(next);
    announce(`Shuffled. ${cardIntro(next)}`);
  }

  function onReveal() {
    if (!card) return;
    setDeck(setRevealed(deck, !deck.revealed));
    announce(deck.revealed ? 'Answer hidden.' : `Answer: ${cardPlainText(card.answer)}`);
  }

  function onMove(step: number) {
    const next = move(deck, step);
    if (next === deck) return;
    setDeck(next);
    announce(cardIntro(next));
  }

  function onMark(mark: Mark) {
    if (!card) return;
    const nextMarks = setMark(marks, card.id, mark);
    setMarks(nextMarks);
    if (isLastCard(deck)) {
      announce(`Marked: ${MARK_LABELS[mark]}. That was the last card. ${describeTally(tally(deck.cardIds, nextMarks))}`);
      return;
    }
    const next = move(deck, 1);
    setDeck(next);
    announce(`Marked: ${MARK_LABELS[mark]}. ${cardIntro(next)}`);
    // The mark buttons go with the answer they belonged to; the next card starts at its own "Show answer".
    revealButton.current?.focus();
  }

  function onClearMarks() {
    const inSet = selectCards(cards, { chapter: filter.chapter, skipKnown: false }, marks).map((item) => item.id);
    if (!window.confirm(`Clear your marks on the ${inSet.length} cards of ${setName}?`)) return;
    setMarks(clearMarks(marks, inSet));
    announce(`Marks cleared for ${setName}.`);
  }

  const selectId = `${baseId}-chapter`;
  const titleId = `${baseId}-question`;
  const answerId = `${baseId}-answer`;
  const atStart = deck.position === 0;
  const atEnd = isLastCard(deck);
  const cardMark = card ? marks[card.id] : undefined;

  return (
    <section className={styles.flashcards} aria-label="Flashcards" data-flashcards-ready={started || undefined}>
      <div className={styles.controls}>
        <div className={styles.field}>
          <label htmlFor={selectId}>Chapter</label>
          <select id={selectId} className={styles.select} value={filter.chapter} onChange={onChapterChange} data-flashcards-chapter="">
            <option value={ALL_CHAPTERS}>All chapters ({cards.length} cards)</option>
            {chapters.map((chapter) => (
              <option key={chapter.slug} value={chapter.slug}>
                {chapter.title} ({chapter.cardCount})
              </option>
            ))}
          </select>
        </div>
        <label className={styles.checkbox}>
          <input type="checkbox" checked={filter.skipKnown} onChange={(event) => applyFilter({ ...filter, skipKnown: event.target.checked })} />
          Skip cards I knew
        </label>
        <button type="button" className="button button--secondary" onClick={onShuffle} disabled={deck.cardIds.length < 2}>
          Shuffle
        </button>
      </div>

      <p className={styles.progress} data-flashcards-progress="">
        {card ? (
          <>
            <strong>
              Card {deck.position + 1} of {deck.cardIds.length}
            </strong>{' '}
            <span className={styles.setName}>in {setName}.</span> {describeTally(counted)}
          </>
        ) : (
          describeTally(counted)
        )}
      </p>

      {card ? (
        <article className={styles.card} aria-labelledby={titleId} data-card-id={card.id}>
          <p className={styles.chapter}>{card.chapterTitle}</p>
          <h2 id={titleId} className={styles.question}>
            <CardText markdown={card.question} inline />
          </h2>
          <div id={answerId} className={styles.answer} hidden={!deck.revealed} data-flashcards-answer="">
            <CardText markdown={card.answer} />
          </div>
          <div className={styles.actions}>
            <button
              ref={revealButton}
              type="button"
              className="button button--primary"
              aria-expanded={deck.revealed}
              aria-controls={answerId}
              onClick={onReveal}>
              {deck.revealed ? 'Hide answer' : 'Show answer'}
            </button>
            {deck.revealed
              ? (['known', 'review'] as const).map((mark) => (
                  <button
                    key={mark}
                    type="button"
                    className={clsx('button', cardMark === mark ? 'button--primary' : 'button--secondary')}
                    aria-pressed={cardMark === mark}
                    onClick={() => onMark(mark)}
                    data-flashcards-mark={mark}>
                    {MARK_LABELS[mark]}
                  </button>
                ))
              : null}
            <Link className={styles.chapterLink} to={card.url}>
              Open in chapter
              <span className="sr-only">: {card.chapterTitle}, self-check</span>
            </Link>
          </div>
          <p className={styles.mark} data-flashcards-card-mark={cardMark ?? ''}>
            {cardMark ? `Your last mark: ${MARK_LABELS[cardMark]}.` : 'Not marked yet.'}
          </p>
        </article>
      ) : (
        <p className={styles.empty}>
          {filter.skipKnown && counted.total === 0
            ? 'You marked every card in this set as known. Untick "Skip cards I knew" or clear the marks to go again.'
            : 'No self-check questions found.'}
        </p>
      )}

      <div className={styles.navigation}>
        <button
          type="button"
          className={clsx('button button--secondary', atStart && styles.inactive)}
          aria-disabled={atStart}
          onClick={() => onMove(-1)}>
          Previous card
        </button>
        <button type="button" className={clsx('button button--secondary', atEnd && styles.inactive)} aria-disabled={atEnd} onClick={() => onMove(1)}>
          Next card
        </button>
        <button type="button" className={clsx('button button--link', styles.clear)} onClick={onClearMarks}>
          Clear marks for {setName}
        </button>
      </div>
    </section>
  );
}
