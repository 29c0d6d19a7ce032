import React, { type ReactNode } from 'react';
import { ANNOUNCER_ID } from '@site/src/browser/announce';

export default function Root({ children }: { children: ReactNode }): ReactNode {
  return (
    <>
      {children}
      <div id={ANNOUNCER_ID} className="sr-only" role="status" aria-live="polite" />
    </>
  );
}
