/**
 * Runs inside the service worker of @docusaurus/plugin-pwa (its `swCustom`),
 * whether or not the reader chose the whole book for offline use.
 *
 * Every same-origin GET goes to the network first, so readers online always get
 * the latest files, and a copy of each answer is kept in the "read" cache; with
 * the network gone, the kept copy (or the whole-book precache) answers. Pages
 * live at /docs/x.html but are linked as /docs/x (trailingSlash: false), so a
 * navigation also tries the .html form. The page that registered the worker
 * was loaded before the worker ran, so the page sends its own URL and files to
 * keep (KEEP_FOR_OFFLINE), and does so again after each in-app navigation.
 */
const READ_CACHE = 'read-pages-v1';

// The site's TypeScript setup has the DOM's types, not the worker's: these name the parts of the worker's events used here.
/** @typedef {Event & { waitUntil: (promise: Promise<unknown>) => void }} ExtendableEventLike */
/** @typedef {ExtendableEventLike & { request: Request, respondWith: (response: Promise<Response>) => void }} FetchEventLike */
/** @typedef {ExtendableEventLike & { data: { type?: string, urls?: string[] } | null, ports: MessagePort[] }} MessageEventLike */
/** @typedef {{ clients: { claim: () => Promise<void> } }} WorkerScope */

/** @param {URL} url */
function keepable(url) {
  return url.origin === self.location.origin && !/\/sw\.js$/.test(url.pathname) && !/\/offline-book\.json$/.test(url.pathname);
}

/**
 * @param {Request} request
 * @param {Response} response
 */
async function keep(request, response) {
  if (!response.ok || response.type !== 'basic') return;
  const cache = await caches.open(READ_CACHE);
  await cache.put(request, response);
}

/** @param {URL} url */
async function fromCache(url) {
  const clean = `${url.origin}${url.pathname}`;
  const extensionless = !/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('/');
  const candidates = extensionless ? [clean, `${clean}.html`] : [clean];
  for (const candidate of candidates) {
    const cached = await caches.match(candidate, { ignoreSearch: true });
    if (cached) return cached;
  }
  return undefined;
}

/**
 * @param {string[]} urls
 * @param {boolean} offlineMode
 */
async function keepAll(urls, offlineMode) {
  const cache = await caches.open(READ_CACHE);
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location.href);
      if (!keepable(url) || (await fromCache(url))) return;
      const response = await fetch(url.href).catch(() => undefined);
      // Pages and files already in the whole-book precache need no second copy.
      if (response && !offlineMode) await keep(new Request(url.href), response);
      else if (response && offlineMode && url.pathname.includes('/pagefind/')) await cache.put(url.href, response);
    }),
  );
}

/** @param {{ offlineMode: boolean }} params */
export default function offlineReading(params) {
  const worker = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));
  self.addEventListener('activate', (/** @type {ExtendableEventLike} */ event) => event.waitUntil(worker.clients.claim()));

  self.addEventListener('message', (/** @type {MessageEventLike} */ event) => {
    if (event.data?.type !== 'KEEP_FOR_OFFLINE') return;
    const done = keepAll(event.data.urls ?? [], params.offlineMode).then(
      () => event.ports[0]?.postMessage({ ok: true }),
      () => event.ports[0]?.postMessage({ ok: false }),
    );
    event.waitUntil(done);
  });

  self.addEventListener('fetch', (/** @type {FetchEventLike} */ event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || !keepable(url)) return;
    event.respondWith(
      fetch(event.request)
        .then((response) => {
          if (!params.offlineMode) event.waitUntil(keep(event.request, response.clone()));
          return response;
        })
        .catch(async (error) => {
          const cached = await fromCache(url);
          if (cached) return cached;
          throw error;
        }),
    );
  });
}
