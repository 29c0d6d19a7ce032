import React, { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { caseStudies } from '@site/src/data/caseStudies';
import { practicePath } from '@site/src/shared/practiceKit';
import { announce } from '@site/src/browser/announce';
import { downloadText } from '@site/src/browser/downloadText';
import {
  applySessionsImport,
  describeScore,
  exportSessions,
  historyByChapter,
  parseStoredSessions,
  readSessionsFile,
  scoreSummary,
  serializeSessions,
  SESSIONS_STORAGE_KEY,
  type PracticeSession,
  type SessionsImport,
} from '@site/src/lib/practiceSession';
import { usePersistentState, type StorageCodec } from '@site/src/hooks/usePersistentState';
import styles from './styles.module.css';

const SESSIONS_CODEC: StorageCodec<PracticeSession[]> = { parse: parseStoredSessions, serialize: serializeSessions };
const NO_SESSIONS: PracticeSession[] = [];
const CHAPTER_ORDER = caseStudies.map((study) => study.slug);

type PendingImport = Extract<SessionsImport, { ok: true }> & { fileName: string };

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
  const [sessions, setSessions, restored] = usePersistentState<PracticeSession[]>(SESSIONS_STORAGE_KEY, SESSIONS_CODEC, NO_SESSIONS);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [importError, setImportError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const history = historyByChapter(sessions, CHAPTER_ORDER);

  function onExport() {
    downloadText(exportSessions(sessions, new Date()), `ml-system-design-practice-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
    announce('Practice sessions downloaded.');
  }

  async function onChooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const read = readSessionsFile(await file.text(), sessions);
    if (read.ok) {
      setImportError('');
      setPending({ ...read, fileName: file.name });
      announce(`${file.name} holds ${read.sessions.length} session${read.sessions.length === 1 ? '' : 's'}. Nothing has changed yet.`);
    } else {
      setPending(null);
      setImportError(read.error);
      announce(`Not imported. ${read.error}`);
    }
  }

  function finishImport(apply: boolean) {
    if (pending && apply) {
      setSessions(applySessionsImport(sessions, pending.sessions));
      announce(`Imported ${pending.added} new and ${pending.updated} updated sessions.`);
    } else {
      announce('Import cancelled. Nothing changed.');
    }
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
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
      <div className={styles.transfer}>
        <button type="button" className="button button--secondary" onClick={onExport} disabled={history.length === 0}>
          Download sessions (JSON)
        </button>
        <div className={styles.field}>
          <label htmlFor={fileId}>Import a sessions file</label>
          <input ref={fileInput} id={fileId} type="file" accept=".json,application/json" onChange={(event) => void onChooseFile(event)} data-practice-import="" />
        </div>
      </div>
      {importError ? (
        <p className={styles.error} data-practice-import-error="">
          <strong>Not imported.</strong> {importError}
        </p>
      ) : null}
      {pending ? (
        <div className={styles.pending} data-practice-import-pending="">
          <p>
            {pending.fileName} holds {pending.sessions.length} session{pending.sessions.length === 1 ? '' : 's'}: {pending.added} new, {pending.updated} already here
            (the file's version replaces them). Nothing has changed yet.
          </p>
          <div className={styles.actions}>
            <button type="button" className="button button--primary" onClick={() => finishImport(true)}>
              Import the sessions
            </button>
            <button type="button" className="button button--link" onClick={() => finishImport(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
