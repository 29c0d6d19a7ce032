import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkMermaidFigure from './plugins/remark-mermaid-figure';
import remarkQuestionIds from './plugins/remark-question-ids';
import rehypeKatexStatic from './plugins/rehype-katex-static';
import rehypeStaticBlocks from './plugins/rehype-static-blocks';
import rehypeKatexStrict from './plugins/rehype-katex-strict';
import recmaContentParts from './plugins/recma-content-parts';
import { MERMAID_OPTIONS, MERMAID_THEME } from './plugins/diagram-svgs/renderOptions';
import { chapterIdentities } from './src/data/caseStudies';
import { frameworkSteps } from './src/data/framework';
import { injectedFrontMatter } from './src/data/injectedFrontMatter';
import { parseRepositoryUrl } from './src/lib/errorReport';

// Deploy targets (GitHub Pages, a sub-path) set these; locally the defaults serve from the root.
const siteUrl = process.env.SITE_URL ?? 'https://ml-system-design-companion.github.io';
const baseUrl = process.env.BASE_URL ?? '/';
// The deploy workflow sets the repository it runs in; each doc section then links to a pre-filled issue. Unset: no links.
const repositoryUrl = parseRepositoryUrl(process.env.REPOSITORY_URL);

const remarkPlugins = [remarkMath];
// Plain prose, lists and tables (rehype-static-blocks) and formulas (rehype-katex-static) reach React as HTML strings:
// they never change in the browser, so they are not hydrated element by element.
const rehypePlugins = [[rehypeKatex, { strict: 'error' }], rehypeKatexStrict, rehypeStaticBlocks, rehypeKatexStatic] as const;
// A figure whose drawing is missing or stale fails the production build; the development server draws it live.
const beforeDefaultRemarkPlugins = [[remarkMermaidFigure, { whenNotDrawn: process.env.NODE_ENV === 'production' ? 'fail' : 'draw-live' }], remarkQuestionIds];

/** Markdown transforms every content plugin uses; the broken-content fixture sites reuse them. */
// A long page's elements are built in parts, so that React can pause between them while it hydrates.
const recmaPlugins = [recmaContentParts];
export const markdownPlugins = { remarkPlugins, rehypePlugins: [...rehypePlugins], recmaPlugins, beforeDefaultRemarkPlugins };

/** Bad content fails the build: links, anchors, Markdown links and images. */
export const strictContentChecks = {
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    mermaid: true,
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
} as const satisfies Partial<Config>;

export default function createConfig(): Config {
  return {
    title: 'ML System Design Companion',
    tagline: 'A study companion for ML system design interviews: ten case studies, deep on operations.',
    favicon: 'img/favicon.svg',
    url: siteUrl,
    baseUrl,
    trailingSlash: false,
    customFields: repositoryUrl ? { repositoryUrl } : {},
    ...strictContentChecks,
    markdown: {
      ...strictContentChecks.markdown,
      // A chapter's title, slug, difficulty and preview image live in its metadata module, an operations page's title in
      // src/data/operations.ts: the build injects them, the files do not restate them.
      parseFrontMatter: async (params) => {
        const result = await params.defaultParseFrontMatter(params);
        const injected = injectedFrontMatter(params.filePath);
        return injected ? { ...result, frontMatter: { ...result.frontMatter, ...injected } } : result;
      },
    },
    // Long pages skip their blocks off screen only where scripts run, since src/clientModules/offscreenBlocks.ts then
    // draws them for good: without scripts a skipped block would stay out of the accessibility tree (src/css/custom.css).
    // Opened at a fragment, a page skips only what follows its target until it hydrates, so the browser's jump to it holds.
    headTags: [
      {
        tagName: 'script',
        attributes: {},
        innerHTML:
          "document.documentElement.setAttribute('data-skip-offscreen','');if(location.hash.length>1)document.documentElement.setAttribute('data-skip-after-target','')",
      },
    ],
    clientModules: [
      './src/clientModules/anchorLanding.ts',
      './src/clientModules/katexStyles.ts',
      './src/clientModules/scrollableRegions.ts',
      './src/clientModules/offscreenBlocks.ts',
      './src/clientModules/dropdownExpanded.ts',
      './src/clientModules/keepReadPages.ts',
      './src/clientModules/idlePrefetch.ts',
    ],
    future: { v4: true, faster: true },
    themes: ['@docusaurus/theme-mermaid'],
    plugins: [
      // Prism, the code highlighter, loads with the first code block instead of on every page's start-up.
      './plugins/prism-on-demand/index.ts',
      // The state Docusaurus sets right after hydration ("in the browser", the window size) renders in slices, not one long task.
      './plugins/hydration-transitions/index.ts',
      // Start-up in slices too: the client entry evaluates its modules one group per task.
      './plugins/staged-client-entry/index.ts',
      // Search in pieces: Pagefind indexes the built pages (sections, figures, questions) into build/pagefind/; the
      // search box (src/theme/SearchBar) fetches only the parts a query needs.
      './plugins/pagefind-search/index.ts',
      // KaTeX lists woff2, woff and ttf for each font; keep woff2 so the stylesheet stays small.
      './plugins/woff2-only/index.ts',
      // Moved pages keep their old URLs alive here; permalinks.json lists what must never break.
      [
        '@docusaurus/plugin-client-redirects',
        // "Study plans" was first published as study-paths.
        { redirects: [{ from: '/docs/start-here/study-paths', to: '/docs/start-here/study-plans' }] },
      ],
      // Every page of the book sidebar (id, title, path) for "mark as read", the sidebar's read marks and the progress page.
      ['./plugins/reading-catalog/index.ts', { sidebarId: 'book' }],
      // Self-check questions as flashcards: the /flashcards route with its own data, and an Anki file in the build.
      [
        './plugins/flashcards/index.ts',
        {
          pageComponent: '@site/src/components/Flashcards/FlashcardsPage',
          chapters: chapterIdentities,
        },
      ],
      // A mock-interview practice page per case study, built from the chapter's #mock-interview section.
      [
        './plugins/practice-kits/index.ts',
        {
          pageComponent: '@site/src/components/Practice/PracticePage',
          chapters: chapterIdentities,
          steps: frameworkSteps.map(({ id, title, shortTitle }) => ({ id, title, shortTitle })),
        },
      ],
      // A page read once stays readable, and searchable, with no network: the service worker keeps what the reader
      // opened. The whole book is downloaded only when the reader chooses it (src/components/OfflineBook shows its size).
      [
        '@docusaurus/plugin-pwa',
        {
          offlineModeActivationStrategies: ['standalone'],
          swRegister: require.resolve('./src/serviceWorker/registration.ts'),
          swCustom: require.resolve('./src/serviceWorker/offlineReading.js'),
          // The search index is cached by the worker's own code, after the plugin's precache (see plugins/offline-book).
          injectManifestConfig: { globIgnores: ['pagefind/**', 'offline-book.json'] },
          pwaHead: [
            // The PWA plugin writes these tags as given, so they carry the base path themselves.
            { tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json` },
            { tagName: 'link', rel: 'icon', href: `${baseUrl}img/icon-192.png` },
            { tagName: 'link', rel: 'apple-touch-icon', href: `${baseUrl}img/icon-192.png` },
          ],
        },
      ],
    ],
    presets: [
      [
        'classic',
        {
          docs: {
            sidebarPath: './sidebars.ts',
            ...markdownPlugins,
            showLastUpdateTime: false,
          },
          blog: {
            blogTitle: 'Study-group notes',
            blogDescription:
              'Posts for engineers preparing for ML system design interviews: study-group formats, worked walk-throughs, and the questions candidates miss.',
            showReadingTime: true,
            ...markdownPlugins,
            onInlineAuthors: 'ignore',
            onUntruncatedBlogPosts: 'throw',
            feedOptions: { type: ['rss', 'atom'], xslt: true },
          },
          pages: {
            ...markdownPlugins,
          },
          theme: { customCss: './src/css/custom.css' },
          // Tag, archive and author pages are navigation, not content: browsable, but out of the sitemap.
          sitemap: {
            lastmod: null,
            changefreq: null,
            priority: null,
            ignorePatterns: ['/docs/tags', '/docs/tags/**', '/blog/tags', '/blog/tags/**', '/blog/archive', '/blog/authors', '/blog/authors/**'],
          },
        } satisfies Preset.Options,
      ],
    ],
    themeConfig: {
      image: 'img/og/default.png',
      metadata: [
        { name: 'theme-color', content: '#1f4e8c' },
        { name: 'twitter:card', content: 'summary_large_image' },
      ],
      colorMode: { respectPrefersColorScheme: true },
      docs: { sidebar: { hideable: true } },
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      // Live drawing (development server only) uses the same Mermaid options as `npm run diagrams`.
      mermaid: { theme: MERMAID_THEME, options: MERMAID_OPTIONS },
      navbar: {
        title: 'ML System Design Companion',
        logo: { alt: '', src: 'img/logo.svg' },
        items: [
          { type: 'docSidebar', sidebarId: 'book', position: 'left', label: 'Chapters' },
          { to: '/docs/framework/cheat-sheet', label: 'Cheat sheet', position: 'left' },
          {
            type: 'dropdown',
            label: 'Study tools',
            position: 'left',
            items: [
              { to: '/docs/start-here/study-plans', label: 'Study plans' },
              { to: '/flashcards', label: 'Flashcards' },
              { to: '/practice', label: 'Mock interviews' },
              { to: '/progress', label: 'Progress' },
              { to: '/docs/reference/glossary', label: 'Glossary' },
            ],
          },
          { to: '/blog', label: 'Blog', position: 'left' },
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Study',
            items: [
              { label: 'How to use this companion', to: '/docs/start-here' },
              { label: 'Framework cheat sheet', to: '/docs/framework/cheat-sheet' },
            ],
          },
          {
            title: 'Reference',
            items: [
              { label: 'Metrics', to: '/docs/reference/metrics' },
              { label: 'Compare the books', to: '/docs/compare' },
            ],
          },
          { title: 'More', items: [{ label: 'Blog', to: '/blog' }] },
        ],
        copyright: 'An independent companion to Machine Learning System Design Interview (Aminian and Xu, 2023). Not affiliated with the authors or the publisher.',
      },
      prism: { additionalLanguages: ['python', 'bash', 'sql'] },
    } satisfies Preset.ThemeConfig,
  } satisfies Config;
}
