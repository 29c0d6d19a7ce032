import React, { startTransition, useEffect, useState, type ReactNode } from 'react';

/*
 * Docusaurus's own module (@docusaurus/core lib/client/browserContext), put in its place by
 * plugins/hydration-transitions. The one difference: "we are in the browser" is set in a transition,
 * so the re-render it causes (collapsibles, sidebar categories, the colour toggle, figures read it) runs
 * in slices instead of one long task. Controls that wait for it come alive a few frames later.
 */

export const Context = React.createContext(false);

export function BrowserContextProvider({ children }: { children: ReactNode }): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
