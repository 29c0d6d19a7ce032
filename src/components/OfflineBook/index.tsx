import React, { useEffect, useState, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { chooseWholeBook, keepForOffline, wholeBookChosen } from '@site/src/serviceWorker/registration';

interface Manifest {
  bytes: number;
  files: number;
  searchFiles: string[];
}

type State = 'unknown' | 'idle' | 'downloading' | 'kept' | 'failed';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Waits until the registration's active worker is the one just registered with the whole-book precache. */
async function activeWholeBookWorker(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return;
  await new Promise<void>((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('The download stopped.'));
    });
  });
}

/**
 * The explicit choice to keep the whole book offline, with its size shown
 * first. Pages the reader opens are kept without asking; this downloads the
 * rest, search index included, only when the reader says so.
 */
export default function OfflineBook(): ReactNode {
  const manifestUrl = useBaseUrl('/offline-book.json');
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [state, setState] = useState<State>('unknown');

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the reader's choice is stored only in the browser: a second pass after hydration (react.dev/reference/react-dom/client/hydrateRoot#handling-different-client-and-server-content)
    setState(wholeBookChosen() ? 'kept' : 'idle');
    fetch(manifestUrl)
      .then((response) => (response.ok ? (response.json() as Promise<Manifest>) : null))
      .then(setManifest)
      .catch(() => setManifest(null));
  }, [manifestUrl]);

  async function download() {
    if (!manifest) return;
    setState('downloading');
    try {
      const registration = await chooseWholeBook(true);
      if (!registration) throw new Error('No service worker in this browser.');
      await activeWholeBookWorker(registration);
      if (!(await keepForOffline(manifest.searchFiles))) throw new Error('The search index did not download.');
      setState('kept');
    } catch {
      await chooseWholeBook(false).catch(() => undefined);
      setState('failed');
    }
  }

  async function remove() {
    await chooseWholeBook(false);
    setState('idle');
  }

  const size = manifest ? `${megabytes(manifest.bytes)} (${manifest.files} files)` : 'its size is being read…';
  return (
    <div className="alert alert--secondary" data-offline-book={state}>
      {state === 'kept' ? (
        <p>The whole book is kept on this device: every page and search work with no network.</p>
      ) : (
        <p>
          Pages you open stay readable and searchable offline. To keep the whole book, with its search, download it once:{' '}
          <strong data-offline-book-size>{size}</strong>.
        </p>
      )}
      {state === 'kept' ? (
        <button type="button" className="button button--secondary button--sm" onClick={() => void remove()}>
          Stop keeping the whole book
        </button>
      ) : (
        <button type="button" className="button button--primary button--sm" disabled={!manifest || state === 'downloading'} onClick={() => void download()}>
          {state === 'downloading' ? 'Downloading…' : `Download the whole book (${manifest ? megabytes(manifest.bytes) : '…'})`}
        </button>
      )}
      <p role="status" aria-live="polite">
        {state === 'downloading' && 'Downloading the whole book…'}
        {state === 'failed' && 'The download did not finish; pages you open are still kept.'}
      </p>
    </div>
  );
}
