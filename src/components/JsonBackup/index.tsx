import React, { useId, type ReactNode } from 'react';
import type { FileCheck, JsonBackup, PendingImport } from './useJsonBackup';
import styles from './styles.module.css';

type DataAttribute = `data-${string}`;

/** One way to end a pending import: apply it in some way, or cancel. */
export interface ImportChoice {
  label: string;
  kind: 'primary' | 'secondary' | 'link';
  choose: () => void;
}

interface Props<Check extends FileCheck> {
  backup: JsonBackup<Check>;
  downloadLabel: string;
  /** Set when there is nothing to back up. */
  downloadDisabled?: boolean;
  importLabel: string;
  /** What a checked file would change, in one or two sentences; "Nothing has changed yet." follows it. */
  describe: (pending: PendingImport<Check>) => string;
  choices: readonly ImportChoice[];
  /** The data- attributes that mark the file input, the refusal and the pending import for the page's tests. */
  marks: { input: DataAttribute; error: DataAttribute; pending: DataAttribute };
}

/** The download button, the file field, and the refusal or the confirmation of an import, for a `useJsonBackup` backup. */
export default function JsonBackupControls<Check extends FileCheck>({
  backup,
  downloadLabel,
  downloadDisabled = false,
  importLabel,
  describe,
  choices,
  marks,
}: Props<Check>): ReactNode {
  const fileId = useId();
  const { pending, importError, fileInput, download, chooseFile } = backup;
  return (
    <>
      <div className={styles.transfer}>
        <button type="button" className="button button--secondary" onClick={download} disabled={downloadDisabled}>
          {downloadLabel}
        </button>
        <div className={styles.field}>
          <label htmlFor={fileId}>{importLabel}</label>
          <input ref={fileInput} id={fileId} type="file" accept=".json,application/json" onChange={(event) => void chooseFile(event)} {...{ [marks.input]: '' }} />
        </div>
      </div>
      {importError ? (
        <p className={styles.error} {...{ [marks.error]: '' }}>
          <strong>Not imported.</strong> {importError}
        </p>
      ) : null}
      {pending ? (
        <div className={styles.pending} {...{ [marks.pending]: '' }}>
          <p>{describe(pending)} Nothing has changed yet.</p>
          <div className={styles.choices}>
            {choices.map(({ label, kind, choose }) => (
              <button key={label} type="button" className={`button button--${kind}`} onClick={choose}>
                {label}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </>
  );
}
