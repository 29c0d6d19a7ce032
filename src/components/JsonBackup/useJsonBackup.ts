import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { announce } from '@site/src/browser/announce';
import { downloadText } from '@site/src/browser/downloadText';
import { backupFileName } from '@site/src/lib/backupFile';

/** What a store's own file reader (in src/lib) makes of an uploaded file: what it would change, or why it is refused. */
export type FileCheck = { ok: true } | { ok: false; error: string };

/** A file that checked out, waiting for the reader to confirm it. */
export type PendingImport<Check extends FileCheck> = Extract<Check, { ok: true }> & { fileName: string };

export interface JsonBackupOptions<Check extends FileCheck> {
  /** What the downloaded file is called after: `ml-system-design-<contents>-<day>.json`. */
  contents: string;
  /** The backup's text, made when the reader asks for it. */
  exportFile: (madeAt: Date) => string;
  /** Checks an uploaded file against what is stored, changing nothing. */
  checkFile: (text: string) => Check;
  /** Said to screen readers once the download starts. */
  downloaded: string;
  /** Said to screen readers when a file checks out: what it holds, and that nothing has changed yet. */
  found: (pending: PendingImport<Check>) => string;
}

export interface JsonBackup<Check extends FileCheck> {
  pending: PendingImport<Check> | null;
  /** Why the last file chosen was refused; empty when it was not. */
  importError: string;
  fileInput: RefObject<HTMLInputElement | null>;
  download: () => void;
  chooseFile: (event: ChangeEvent<HTMLInputElement>) => Promise<void>;
  /** Ends the pending import, applied or not (the caller applies it first), and says how it ended. */
  finish: (message: string) => void;
}

/**
 * A JSON backup of something stored in this browser: download it, and import a
 * file only after it is checked and the reader confirms. The store's own rules
 * (the file format, how an import merges) stay in its module in src/lib.
 */
export function useJsonBackup<Check extends FileCheck>({ contents, exportFile, checkFile, downloaded, found }: JsonBackupOptions<Check>): JsonBackup<Check> {
  const [pending, setPending] = useState<PendingImport<Check> | null>(null);
  const [importError, setImportError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  function download() {
    const madeAt = new Date();
    downloadText(exportFile(madeAt), backupFileName(contents, madeAt), 'application/json');
    announce(downloaded);
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const check = checkFile(await file.text());
    if (!check.ok) {
      setPending(null);
      setImportError(check.error);
      announce(`Not imported. ${check.error}`);
      return;
    }
    // TypeScript does not narrow a generic union by its `ok` field, so the checked file's type is restated.
    const next = { ...(check as Extract<Check, { ok: true }>), fileName: file.name };
    setImportError('');
    setPending(next);
    announce(found(next));
  }

  function finish(message: string) {
    announce(message);
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  return { pending, importError, fileInput, download, chooseFile, finish };
}
