import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { whenIdle } from '@site/src/browser/whenIdle';

/** Where the reader's choice to keep the whole book offline is remembered. */
const WHOLE_BOOK_KEY = 'companion.offline.wholeBook';

export function wholeBookChosen(): boolean {
  try {
    return window.localStorage.getItem(WHOLE_BOOK_KEY) === 'true';
  } catch {
    return false;
  }
}

/**
 * Registers the service worker: it keeps each page the reader opens (and the
 * search files it used) readable offline. Only when the reader chose the whole
 * book (or runs the installed app) does it precache the entire site.
 */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator) || !process.env.PWA_SERVICE_WORKER_URL) return undefined;
  const offlineMode = wholeBookChosen() || window.matchMedia('(display-mode: standalone)').matches;
  const { Workbox } = await import('workbox-window');
  const params = encodeURIComponent(JSON.stringify({ offlineMode, debug: false }));
  const workbox = new Workbox(`${process.env.PWA_SERVICE_WORKER_URL}?params=${params}`);
  // A new version takes over at once: every answer still goes to the network first.
  workbox.addEventListener('waiting', () => workbox.messageSW({ type: 'SKIP_WAITING' }));
  return workbox.register();
}

/** Asks the active worker to keep these URLs (page paths, files) and resolves once they are stored. */
export async function keepForOffline(urls: string[]): Promise<boolean> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return false;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean }>) => resolve(event.data.ok);
    worker.postMessage({ type: 'KEEP_FOR_OFFLINE', urls }, [channel.port2]);
  });
}

/** Remembers the reader's choice and re-registers the worker, which then downloads (or drops) the whole book. */
export async function chooseWholeBook(keepIt: boolean): Promise<ServiceWorkerRegistration | undefined> {
  if (keepIt) window.localStorage.setItem(WHOLE_BOOK_KEY, 'true');
  else window.localStorage.removeItem(WHOLE_BOOK_KEY);
  return registerServiceWorker();
}

/** Same-origin files this page has loaded so far. */
function loadedFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(window.location.origin));
}

/**
 * Runs `task` once the page has loaded and the browser is idle. Registering the worker loads and runs
 * its helper library and reads storage: about 50 ms on a phone profile, which at start-up would delay
 * the reader's first tap, and which nothing on the page waits for.
 */
function whenSettled(task: () => void): void {
  const idle = () => whenIdle(window, () => task(), { timeout: 5_000, fallbackDelay: 500 });
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

if (ExecutionEnvironment.canUseDOM && process.env.NODE_ENV === 'production') {
  // The page the reader landed on, read now: by the time the browser is idle they may have followed a link.
  const landing = window.location.pathname;
  whenSettled(() => {
    void registerServiceWorker()
      .then(() => keepForOffline([landing, ...loadedFiles()]))
      .catch(() => undefined);
  });
}

export { loadedFiles };
