import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '@site/scripts/support/chromium';
import { serveBuild, type StaticServer } from '@site/scripts/support/staticSite';

export interface BuiltSite {
  /** http://127.0.0.1:<port> of the local static server. */
  readonly origin: string;
  readonly browser: Browser;
}

/** Serves the production build and starts Chromium once for a test file, and closes both after it. */
export function useBuiltSite(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBuiltSite: the site is only available inside tests and hooks');
    return value;
  };
  return {
    get origin() {
      return started(server).origin;
    },
    get browser() {
      return started(browser);
    },
  };
}
