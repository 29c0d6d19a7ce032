/**
 * Runs inside the service worker of @docusaurus/plugin-pwa (its `swCustom`).
 * With trailingSlash: false a page lives at /docs/x.html but is linked as
 * /docs/x, a form the plugin's precache lookup does not try. Navigations go to
 * the network first, so readers online always get the latest page, and fall
 * back to the precached .html file when the network is gone.
 */
/** The part of a service worker's FetchEvent used here (the site's TypeScript setup has the DOM's types, not the worker's). */
/** @typedef {Event & { request: Request, respondWith: (response: Promise<Response>) => void }} FetchEventLike */

/** @param {{ offlineMode: boolean }} params */
export default function htmlFallback(params) {
  if (!params.offlineMode) return;
  self.addEventListener('fetch', (/** @type {FetchEventLike} */ event) => {
    const url = new URL(event.request.url);
    const extensionless = !/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('/');
    if (event.request.mode !== 'navigate' || url.origin !== self.location.origin || !extensionless) return;
    event.respondWith(
      fetch(event.request).catch(async (error) => {
        const cached = await caches.match(`${url.origin}${url.pathname}.html`, { ignoreSearch: true });
        if (cached) return cached;
        throw error;
      }),
    );
  });
}
