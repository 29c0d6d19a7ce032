/*
 * Docusaurus's client entry (@docusaurus/core lib/client/clientEntry.js), put in its place for production
 * builds by this plugin (index.ts). What it does is unchanged: load the modules, preload the
 * route's chunks, hydrate in a transition. What differs is when the modules are evaluated.
 *
 * The original imports everything statically, so the browser evaluates React DOM, the router, the
 * route table and the theme in one task: 210-240 ms on a phone profile (4x CPU slowdown), during
 * which a tap waits. Here each group is imported in its own task, in the order the original's import
 * graph evaluates them (the order also decides the order of the extracted CSS), with a yield to the
 * browser in between. Two small differences: the site config, which the router choice needs, is
 * evaluated first, and ExecutionEnvironment, which the original used only to test for a document, not
 * at all. `webpackMode: "eager"` keeps every module in the start-up chunk: no extra
 * request, only a later evaluation.
 */
import { startTransition, type ReactNode } from 'react';
import siteConfig from '@generated/docusaurus.config';

/** Hands the thread back to the browser, so input and rendering that are due can run before the promise resolves. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const hydrate = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

async function start(container: HTMLElement): Promise<void> {
  await nextTask();
  const { default: ReactDOM } = await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  const [{ HelmetProvider }, { BrowserRouter, HashRouter }] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
  ]);
  await nextTask();
  // After React, App's first import: the site's client modules (Infima and the site's stylesheets come in with them).
  await import(/* webpackMode: "eager" */ '@generated/client-modules');
  await nextTask();
  // The route table: one loadable component per page, and the registry of every chunk.
  await import(/* webpackMode: "eager" */ '@generated/routes');
  await nextTask();
  const [{ default: App }, { default: preload }, { default: docusaurus }] = await Promise.all([
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus'),
  ]);
  await nextTask();

  window.docusaurus = docusaurus;
  function Router({ children }: { children: ReactNode }) {
    return siteConfig.future.experimental_router === 'hash' ? <HashRouter>{children}</HashRouter> : <BrowserRouter>{children}</BrowserRouter>;
  }
  const app = (
    <HelmetProvider>
      <Router>
        <App />
      </Router>
    </HelmetProvider>
  );
  const onRecoverableError = (error: unknown, errorInfo: unknown) => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  await preload(window.location.pathname);
  startTransition(() => {
    if (hydrate) {
      window.docusaurusRoot = ReactDOM.hydrateRoot(container, app, { onRecoverableError });
    } else {
      const root = ReactDOM.createRoot(container, { onRecoverableError });
      root.render(app);
      window.docusaurusRoot = root;
    }
  });
}

const container = typeof document === 'undefined' ? null : document.getElementById('__docusaurus');
if (container) void start(container);
