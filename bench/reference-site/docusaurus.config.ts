import type { Config } from '@docusaurus/types';

/**
 * The required stack with nothing of ours: Docusaurus's classic preset and its Mermaid theme, the same installed
 * versions and bundler as the site, a docs sidebar and two pages. `npm run bench` measures it beside the site in the
 * same run, so the report says what the stack alone scores on the machine of the day.
 */
const config: Config = {
  title: 'Reference site',
  url: 'http://localhost',
  baseUrl: '/',
  future: { v4: true, faster: true },
  markdown: { mermaid: true },
  themes: ['@docusaurus/theme-mermaid'],
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],
  themeConfig: {
    navbar: {
      title: 'Reference',
      items: [{ type: 'docSidebar', sidebarId: 'defaultSidebar', position: 'left', label: 'Docs' }],
    },
  },
};
export default config;
