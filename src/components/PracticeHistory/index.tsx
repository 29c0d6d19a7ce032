import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { caseStudies } from '@site/src/data/caseStudies';
import { practicePath } from '@site/src/shared/practiceKit';
import JsonBackupControls from '@site/src/components/JsonBackup';
import { useJsonBackup, type PendingImport } from '@site/src/components/JsonBackup/useJsonBackup';
import {
  applySessionsImport,
  describeScore,
  exportSessions,
  historyByChapter,
  readSessionsFile,
  scoreSummary,
  type PracticeSession,
  type SessionsImport,
} from '@site/src/lib/practiceSession';
import { usePersistentState } from '@site/src/hooks/usePersistentState';
import { PRACTICE_SESSIONS } from '@site/src/browser/stored/practiceSessions';
import styles from './styles.module.css';

const CHAPTER_ORDER = caseStudies.map((study) => study.slug);

const sessionCount = (count: number) => `${count} session${count === 1 ? '' : 's'}`;

function describeImport({ fileName, sessions, added, updated }: PendingImport<SessionsImport>): string {
  return `${fileName} holds ${sessionCount(sessions.length)}: ${added} new, ${updated} already here (the file's version replaces them).`;
}

/** Score shares over time as a small line: the table beside it carries the numbers for everyone. */
function ScoreLine({ sessions }: { sessions: readonly PracticeSession[] }): ReactNode {
  const shares = sessions.map((session) => scoreSummary(session).share ?? 0);
  if (shares.length < 2) return null;
  const width = 160;
  const height = 40;
  const x = (index: number) => (index / (shares.length - 1)) * (width - 8) + 4;
  const y = (share: number) => height - 4 - share * (height - 8);
  const points = shares.map((share, index) => `${x(index)},${y(share)}`).join(' ');
  return (
    <svg className={styles.line} viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" />
      {shares.map((share, index) => (
        <circle key={index} cx={x(index)} cy={y(share)} r="3" fill="currentColor" />
      ))}
    </svg>
  );
}

/**
 * Saved mock-interview sessions, per chapter, with their scores over time; a
 * JSON backup, and an import that changes nothing until it is checked and
 * confirmed. The rules live in src/lib/practiceSession.
 */
export default function PracticeHistory(): ReactNode {
  const [sessions, setSessions, restored] = usePersistentState(PRACTICE_SESSIONS);
  const history = historyByChapter(sessions, CHAPTER_ORDER);
  const backup = useJsonBackup({
    contents: 'practice',
    exportFile: (madeAt) => exportSessions(sessions, madeAt),
    checkFile: (text) => readSessionsFile(text, sessions),
    downloaded: 'Practice sessions downloaded.',
    found: ({ fileName, sessions: found }) => `${fileName} holds ${sessionCount(found.length)}. Nothing has changed yet.`,
  });

  function onImport() {
    if (backup.pending) {
      const imported = backup.pending.sessions;
      setSessions((current) => applySessionsImport(current, imported));
      backup.finish(`Imported ${backup.pending.added} new and ${backup.pending.updated} updated sessions.`);
    }
  }

  return (
    <section aria-labelledby="practice-sessions" className={styles.history} data-practice-history-ready={restored || undefined}>
      <h2 id="practice-sessions">Mock-interview sessions</h2>
      {history.length === 0 ? (
        <p>
          No saved sessions yet. Run a <Link to="/practice">mock interview</Link>; each saved session shows here with its score.
        </p>
      ) : (
        history.map((group) => (
          <div key={group.chapter} className={styles.chapter} data-practice-history-chapter={group.chapter}>
            <h3>
              <Link to={practicePath(group.chapter)}>{group.chapterTitle}</Link>
            </h3>
            <ScoreLine sessions={group.sessions} />
            <table>
              <caption className="sr-only">Scores over time: {group.chapterTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Practice</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {group.sessions.map((session) => (
                  <tr key={session.id}>
                    <td>{(session.finishedAt ?? '').slice(0, 10)}</td>
                    <td>
                      {session.mode === 'solo' ? 'Solo' : 'With a partner'}, {session.timer.plan} min
                    </td>
                    <td data-practice-history-score="">{describeScore(scoreSummary(session))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
      <JsonBackupControls
        backup={backup}
        downloadLabel="Download sessions (JSON)"
        downloadDisabled={history.length === 0}
        importLabel="Import a sessions file"
        describe={describeImport}
        choices={[
          { label: 'Import the sessions', kind: 'primary', choose: onImport },
          { label: 'Cancel', kind: 'link', choose: () => backup.finish('Import cancelled. Nothing changed.') },
        ]}
        marks={{ input: 'data-practice-import', error: 'data-practice-import-error', pending: 'data-practice-import-pending' }}
      />
    </section>
  );
}
