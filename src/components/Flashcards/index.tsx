import React, { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import type { RenderedFlashcard } from '@site/src/shared/flashcard';
import { cardPlainText } from '@site/src/shared/cardText';
import { announce } from '@site/src/browser/announce';
import {
  ALL_CHAPTERS,
  chapterOptions,
  createDeck,
  currentCardId,
  isLastCard,
  move,
  orderByChapter,
  parseChapterFilter,
  shuffle,
  type Deck,
} from '@site/src/lib/flashcardDeck';
import {
  CARD_GRADES,
  describeInterval,
  describeScheduleTally,
  GRADE_LABELS,
  isNew,
  MAX_NEW_PER_DAY,
  nextDueAt,
  resetCards,
  scheduleTally,
  setNewPerDay,
  studyQueue,
  type CardGrade,
} from '@site/src/lib/cardSchedule';
import { carryOverMarks, gradeCard, previewGrades } from '@site/src/lib/fsrsGrading';
import styles from './styles.module.css';
import { usePersistentState } from '@site/src/hooks/usePersistentState';
import { FLASHCARD_MARKS } from '@site/src/browser/stored/flashcardMarks';
import { FLASHCARD_SCHEDULE } from '@site/src/browser/stored/flashcardSchedule';

/** Stable across renders: the deck is rebuilt whenever the ordered cards change identity. */
const NO_ORDER: readonly string[] = [];

/** The due counts move with the clock: look again this often, and exactly when the next card falls due. */
const REFRESH_MS = 30_000;
/** setTimeout's ceiling. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

type StudyMode = 'due' | 'all';

interface Props {
  cards: readonly RenderedFlashcard[];
  /** Chapter slugs in study order (the book's); the deck and the chapter filter follow it. Keep it stable across renders. */
  chapterOrder?: readonly string[];
}

function CardHtml({ html, as: Element }: { html: string; as: 'span' | 'div' }): ReactNode {
  // Typeset at build time from the site's own chapters (KaTeX HTML with MathML for screen readers).
  return <Element dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * Self-check questions as spaced-repetition cards. Scheduling (FSRS through
 * ts-fsrs, study days, the new-card limit) lives in src/lib/cardSchedule and
 * the deck's order in src/lib/flashcardDeck; this component keeps the state,
 * stores the schedule, keeps the chapter filter in the URL, and says what
 * changed through the page's polite announcer.
 */
export default function Flashcards({ cards: unordered, chapterOrder = NO_ORDER }: Props): ReactNode {
  const history = useHistory();
  const cards = useMemo(() => orderByChapter(unordered, chapterOrder), [unordered, chapterOrder]);
  const chapters = useMemo(() => chapterOptions(cards), [cards]);
  const cardsById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const [chapter, setChapter] = useState(ALL_CHAPTERS);
  const [mode, setMode] = useState<StudyMode>('due');
  const [schedule, setSchedule, scheduleRestored] = usePersistentState(FLASHCARD_SCHEDULE);
  const [marks, , marksRestored] = usePersistentState(FLASHCARD_MARKS);
  const [deck, setDeck] = useState<Deck>(() => createDeck(cards.map((card) => card.id)));
  const [currentDue, setCurrentDue] = useState<string | undefined>(undefined);
  const [revealed, setRevealed] = useState(false);
  const [now, setNow] = useState(0);
  const [started, setStarted] = useState(false);
  const revealButton = useRef<HTMLButtonElement>(null);
  const baseId = useId();

  const inChapter = useCallback((slug: string) => cards.filter((card) => slug === ALL_CHAPTERS || card.chapter === slug).map((card) => card.id), [cards]);
  const setIds = useMemo(() => inChapter(chapter), [inChapter, chapter]);

  // The URL, the clock and storage exist only in the browser: once the stored schedule is in, carry the old marks
  // over (once), then build the first deck from the URL's filter.
  useEffect(() => {
    if (!scheduleRestored || !marksRestored || started) return;
    const at = Date.now();
    if (!schedule.marksCarried) setSchedule((current) => carryOverMarks(current, marks, new Date(at)));
    const initial = parseChapterFilter(new URLSearchParams(window.location.search).get('chapter'), cards);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL, the clock and the stored schedule exist only in the browser: a second pass after hydration (react.dev/reference/react-dom/client/hydrateRoot#handling-different-client-and-server-content)
    setChapter(initial);
    setDeck(createDeck(inChapter(initial)));
    setNow(at);
    setStarted(true);
  }, [scheduleRestored, marksRestored, started, schedule, setSchedule, marks, cards, inChapter]);

  const date = new Date(now);
  const queue = useMemo(() => (started ? studyQueue(schedule, setIds, new Date(now)) : []), [started, schedule, setIds, now]);
  const upcoming = started ? nextDueAt(schedule, setIds, date) : undefined;

  useEffect(() => {
    if (!started) return undefined;
    const interval = window.setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => window.clearInterval(interval);
  }, [started]);
  // Bring a card back the moment its step is up, without waiting for the next refresh.
  useEffect(() => {
    if (upcoming === undefined) return undefined;
    const timeout = window.setTimeout(() => setNow(Date.now()), Math.min(MAX_TIMEOUT_MS, Math.max(0, upcoming - Date.now()) + 50));
    return () => window.clearTimeout(timeout);
  }, [upcoming]);

  const dueCardId = currentDue !== undefined && queue.includes(currentDue) ? currentDue : queue[0];
  // Before the stored schedule is read (and in the server's HTML), the deck's first card stands in.
  const cardId = started && mode === 'due' ? dueCardId : currentCardId(deck);
  const card = cardId === undefined ? undefined : cardsById.get(cardId);
  const chapterTitle = chapters.find((option) => option.slug === chapter)?.title;
  const setName = chapterTitle ?? 'All chapters';
  const counted = scheduleTally(schedule, setIds, date);

  const cardIntro = (id: string | undefined, where: string) => {
    const next = id === undefined ? undefined : cardsById.get(id);
    return next ? `${where}: ${cardPlainText(next.question)}` : 'No cards to study now.';
  };

  function onChapterChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = parseChapterFilter(event.target.value, cards);
    history.replace({ search: next === ALL_CHAPTERS ? '' : `?chapter=${encodeURIComponent(next)}` });
    const ids = inChapter(next);
    setChapter(next);
    setDeck(createDeck(ids));
    setCurrentDue(undefined);
    setRevealed(false);
    const name = chapters.find((option) => option.slug === next)?.title ?? 'All chapters';
    const at = new Date(Date.now());
    setNow(at.getTime());
    const nextQueue = studyQueue(schedule, ids, at);
    announce(
      mode === 'due'
        ? `${name}, ${nextQueue.length} card${nextQueue.length === 1 ? '' : 's'} to study now. ${cardIntro(nextQueue[0], 'First card')}`
        : `${name}, ${ids.length} card${ids.length === 1 ? '' : 's'}. ${cardIntro(ids[0], `Card 1 of ${ids.length}`)}`,
    );
  }

  function onModeChange(next: StudyMode) {
    setMode(next);
    setRevealed(false);
    setCurrentDue(undefined);
    setDeck(createDeck(setIds));
    announce(next === 'due' ? `Due and new cards: ${queue.length} to study now.` : `All ${setIds.length} cards in order.`);
  }

  function onShuffle() {
    const next = createDeck(shuffle(deck.cardIds));
    setDeck(next);
    setRevealed(false);
    announce(`Shuffled. ${cardIntro(currentCardId(next), `Card 1 of ${next.cardIds.length}`)}`);
  }

  function onReveal() {
    if (!card) return;
    setRevealed(!revealed);
    announce(revealed ? 'Answer hidden.' : `Answer: ${cardPlainText(card.answer)}`);
  }

  function onMove(step: number) {
    const next = move(deck, step);
    if (next === deck) return;
    setDeck(next);
    setRevealed(false);
    announce(cardIntro(currentCardId(next), `Card ${next.position + 1} of ${next.cardIds.length}`));
  }

  function onGrade(grade: CardGrade) {
    if (!card) return;
    // eslint-disable-next-line react-hooks/purity -- onGrade runs only from the grade buttons' click handlers, never while rendering
    const at = Date.now();
    const { id } = card;
    const next = setSchedule((current) => gradeCard(current, id, grade, new Date(at)));
    setNow(at);
    setRevealed(false);
    const when = describeInterval(next.cards[card.id]?.due ?? at, at);
    if (mode === 'due') {
      const nextQueue = studyQueue(next, setIds, new Date(at)).filter((id) => id !== card.id);
      setCurrentDue(nextQueue[0]);
      announce(`${GRADE_LABELS[grade]}: back ${when}. ${nextQueue.length > 0 ? cardIntro(nextQueue[0], 'Next card') : 'Nothing else to study now.'}`);
    } else {
      const moved = move(deck, 1);
      setDeck(moved);
      announce(
        `${GRADE_LABELS[grade]}: back ${when}. ${moved === deck ? 'That was the last card.' : cardIntro(currentCardId(moved), `Card ${moved.position + 1} of ${moved.cardIds.length}`)}`,
      );
    }
    // The grade buttons go with the answer they belonged to; the next card starts at its own "Show answer".
    revealButton.current?.focus();
  }

  function onNewLimit(event: ChangeEvent<HTMLInputElement>) {
    const value = Number(event.target.value);
    if (event.target.value === '' || !Number.isFinite(value)) return;
    setSchedule((current) => setNewPerDay(current, value));
  }

  function onReset() {
    if (!window.confirm(`Forget the schedule of the ${setIds.length} cards of ${setName}? They become new cards again.`)) return;
    setSchedule((current) => resetCards(current, setIds));
    announce(`Schedule cleared for ${setName}.`);
  }

  const selectId = `${baseId}-chapter`;
  const modeId = `${baseId}-mode`;
  const limitId = `${baseId}-limit`;
  const titleId = `${baseId}-question`;
  const answerId = `${baseId}-answer`;
  const atStart = deck.position === 0;
  const atEnd = isLastCard(deck);
  const memory = card ? schedule.cards[card.id] : undefined;
  const preview = card && revealed ? previewGrades(schedule, card.id, date) : undefined;

  return (
    <section className={styles.flashcards} aria-label="Flashcards" data-flashcards-ready={started || undefined}>
      <div className={styles.controls}>
        <div className={styles.field}>
          <label htmlFor={selectId}>Chapter</label>
          <select id={selectId} className={styles.select} value={chapter} onChange={onChapterChange} data-flashcards-chapter="">
            <option value={ALL_CHAPTERS}>All chapters ({cards.length} cards)</option>
            {chapters.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.title} ({option.cardCount})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={modeId}>Study</label>
          <select id={modeId} className={styles.select} value={mode} onChange={(event) => onModeChange(event.target.value as StudyMode)} data-flashcards-mode="">
            <option value="due">Due and new cards</option>
            <option value="all">All cards, in order</option>
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={limitId}>New cards a day</label>
          <input
            id={limitId}
            className={styles.number}
            type="number"
            min={0}
            max={MAX_NEW_PER_DAY}
            value={schedule.newPerDay}
            onChange={onNewLimit}
            data-flashcards-new-limit=""
          />
        </div>
        {mode === 'all' ? (
          <button type="button" className="button button--secondary" onClick={onShuffle} disabled={deck.cardIds.length < 2}>
            Shuffle
          </button>
        ) : null}
      </div>

      <p className={styles.progress} data-flashcards-progress="">
        {mode === 'due' ? (
          <strong>
            {queue.length} to study now <span className={styles.setName}>in {setName}.</span>
          </strong>
        ) : card ? (
          <>
            <strong>
              Card {deck.position + 1} of {deck.cardIds.length}
            </strong>{' '}
            <span className={styles.setName}>in {setName}.</span>
          </>
        ) : null}{' '}
        <span data-flashcards-due-today={counted.dueToday}>{describeScheduleTally(counted)}</span>
      </p>

      {card ? (
        <article className={styles.card} aria-labelledby={titleId} data-card-id={card.id}>
          <p className={styles.chapter}>{card.chapterTitle}</p>
          <h2 id={titleId} className={styles.question}>
            <CardHtml html={card.questionHtml} as="span" />
          </h2>
          <div id={answerId} className={styles.answer} hidden={!revealed} data-flashcards-answer="">
            <CardHtml html={card.answerHtml} as="div" />
          </div>
          <div className={styles.actions}>
            <button ref={revealButton} type="button" className="button button--primary" aria-expanded={revealed} aria-controls={answerId} onClick={onReveal}>
              {revealed ? 'Hide answer' : 'Show answer'}
            </button>
            <Link className={styles.chapterLink} to={card.url}>
              Open in chapter
              <span className="sr-only">: {card.chapterTitle}, self-check</span>
            </Link>
          </div>
          {preview ? (
            <div role="group" aria-label="How well did you know it?" className={styles.grades}>
              {CARD_GRADES.map((grade) => (
                <button key={grade} type="button" className="button button--secondary" onClick={() => onGrade(grade)} data-flashcards-grade={grade}>
                  {GRADE_LABELS[grade]} <span className={styles.interval}>{describeInterval(preview[grade], now)}</span>
                </button>
              ))}
            </div>
          ) : null}
          <p className={styles.mark} data-flashcards-card-due={memory ? memory.due : 'new'}>
            {/* eslint-disable no-restricted-syntax -- the reader's own date format, on one page only and only for a card already reviewed */}
            {memory
              ? `Next review ${describeInterval(memory.due, now)} (${new Date(memory.due).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}); reviewed ${memory.reps} time${memory.reps === 1 ? '' : 's'}.`
              : isNew(schedule, card.id)
                ? 'New card.'
                : ''}
            {/* eslint-enable no-restricted-syntax */}
          </p>
        </article>
      ) : (
        <p className={styles.empty} data-flashcards-empty="">
          {mode === 'due'
            ? `Nothing to study now in ${setName}.${upcoming !== undefined ? ` The next card is due ${describeInterval(upcoming, now)}.` : ''} ${counted.unseen > 0 && counted.newToday === 0 ? 'You have started today’s new cards; raise the limit for more.' : ''}`
            : 'No self-check questions found.'}
        </p>
      )}

      <div className={styles.navigation}>
        {mode === 'all' ? (
          <>
            <button type="button" className={clsx('button button--secondary', atStart && styles.inactive)} aria-disabled={atStart} onClick={() => onMove(-1)}>
              Previous card
            </button>
            <button type="button" className={clsx('button button--secondary', atEnd && styles.inactive)} aria-disabled={atEnd} onClick={() => onMove(1)}>
              Next card
            </button>
          </>
        ) : null}
        <button type="button" className={clsx('button button--link', styles.clear)} onClick={onReset}>
          Reset the schedule for {setName}
        </button>
      </div>
    </section>
  );
}
