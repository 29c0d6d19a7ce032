import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Puts `clientEntry.tsx` in place of Docusaurus's client entry in production builds. The development
 * server keeps Docusaurus's entry, whose hot-reload hook the copy does not carry.
 */
export default function stagedClientEntryPlugin(context: LoadContext): Plugin {
  const lookup = createRequire(path.join(context.siteDir, 'package.json'));
  const docusaurusEntry = fs.realpathSync(lookup.resolve('@docusaurus/core/lib/client/clientEntry.js'));
  // This plugin's copy of Docusaurus's client entry, which evaluates the start-up modules one group per task.
  const stagedEntry = path.join(context.siteDir, 'plugins', 'staged-client-entry', 'clientEntry.tsx');
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
