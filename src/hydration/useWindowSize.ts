import { startTransition, useEffect, useState } from 'react';

/*
 * Docusaurus's own hook (@docusaurus/theme-common lib/hooks/useWindowSize), put in its place by
 * plugins/hydration-transitions. The one difference: the size is set in a transition, so swapping the
 * desktop sidebar for the phone menu after hydration renders in slices instead of one long task.
 */

type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Also written in Infima's stylesheet; both must agree (facebook/docusaurus#9603). */
const DESKTOP_BREAKPOINT = 996;

function getWindowSize(desktopBreakpoint: number): WindowSize {
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({ desktopBreakpoint = DESKTOP_BREAKPOINT }: { desktopBreakpoint?: number } = {}): WindowSize {
  // A constant first value, the same as the server's, so hydration matches (facebook/docusaurus#9379).
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => startTransition(() => setWindowSize(getWindowSize(desktopBreakpoint)));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
