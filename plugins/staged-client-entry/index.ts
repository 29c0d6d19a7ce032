import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * The two Docusaurus files the copy follows: the entry it replaces, and App, whose imports it evaluates
 * in stages. When an upgrade changes either, the build stops until someone has re-checked the copy.
 */
export const FOLLOWED = {
  'lib/client/clientEntry.js': 'a9d6514eaf79c05c7d5275b5139298a5467c1c8339ab8a887c5d8ba61aff9871',
  'lib/client/App.js': '1442f48492b535165d7e2767d4d1615713bb517a883c5142113740aaef086cba',
} as const;

/**
 * Puts `clientEntry.tsx` in place of Docusaurus's client entry in production builds. The development
 * server keeps Docusaurus's entry, whose hot-reload hook the copy does not carry.
 */
export default function stagedClientEntryPlugin(context: LoadContext): Plugin {
  const lookup = createRequire(path.join(context.siteDir, 'package.json'));
  const core = path.dirname(lookup.resolve('@docusaurus/core/package.json'));
  for (const [file, sha256] of Object.entries(FOLLOWED)) {
    const actual = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(core, file)))
      .digest('hex');
    if (actual !== sha256)
      throw new Error(
        `plugins/staged-client-entry: @docusaurus/core's ${file} has changed; re-check plugins/staged-client-entry/clientEntry.tsx against it, then update its hash in FOLLOWED (${actual}).`,
      );
  }
  const docusaurusEntry = fs.realpathSync(path.join(core, 'lib', 'client', 'clientEntry.js'));
  // This plugin's copy of Docusaurus's client entry, which evaluates the start-up modules one group per task.
  const stagedEntry = fileURLToPath(new URL('./clientEntry.tsx', import.meta.url));
  return {
    name: 'staged-client-entry',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      // An upgrade that changes the entry would otherwise keep this copy of an entry Docusaurus no longer uses.
      const entry = typeof config.entry === 'string' && fs.existsSync(config.entry) ? fs.realpathSync(config.entry) : config.entry;
      if (entry !== docusaurusEntry)
        throw new Error(
          `plugins/staged-client-entry: the client entry is no longer ${docusaurusEntry} (found ${JSON.stringify(config.entry)}); check whether plugins/staged-client-entry/clientEntry.tsx still matches what it replaces.`,
        );
      config.entry = stagedEntry;
      return {};
    },
  };
}
