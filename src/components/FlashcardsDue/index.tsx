import React, { useEffect, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { dueTodayCount } from '@site/src/lib/cardSchedule';
import { FLASHCARD_SCHEDULE } from '@site/src/browser/stored/flashcardSchedule';
import { usePersistentState } from '@site/src/hooks/usePersistentState';

/** "5 flashcards due today": counted from the stored schedule, so this page needs none of the cards. */
export default function FlashcardsDue(): ReactNode {
  const [schedule, , restored] = usePersistentState(FLASHCARD_SCHEDULE);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the clock and the stored schedule exist only in the browser: a second pass after hydration (react.dev/reference/react-dom/client/hydrateRoot#handling-different-client-and-server-content)
    if (restored) setNow(Date.now());
  }, [restored]);
  if (now === null) return <p>Counting the flashcards due today…</p>;
  const due = dueTodayCount(schedule, Object.keys(schedule.cards), new Date(now));
  const studied = Object.keys(schedule.cards).length;
  return (
    <p data-flashcards-due-today={due}>
      <strong>
        {due} flashcard{due === 1 ? '' : 's'} due today
      </strong>{' '}
      ({studied} studied so far). <Link to="/flashcards">Study the flashcards</Link>.
    </p>
  );
}
