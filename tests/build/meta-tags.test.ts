import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtFile } from '@site/scripts/permalinks/permalinks';
import { caseStudies } from '@site/src/data/caseStudies';
import { BUILD_DIR, sitemapPaths } from '@site/scripts/support/staticSite';

/** What a chat app needs to unfurl a pasted link, read from one built page. */
function linkPreview(urlPath: string) {
  const $ = load(fs.readFileSync(builtFile(BUILD_DIR, urlPath) as string, 'utf8'));
  const meta = (selector: string) => $(`meta[${selector}]`).attr('content') ?? '';
  return {
    title: $('title').text(),
    description: meta('name="description"'),
    ogTitle: meta('property="og:title"'),
    ogDescription: meta('property="og:description"'),
    ogImage: meta('property="og:image"'),
    twitterCard: meta('name="twitter:card"'),
  };
}

describe('every page unfurls into a meaningful link preview', () => {
  it.each(sitemapPaths())('%s', (urlPath) => {
    const preview = linkPreview(urlPath);
    const problems: string[] = [];
    if (!preview.title.trim()) problems.push('no <title>');
    if (!preview.ogTitle.trim()) problems.push('no og:title');
    if (preview.description.trim().length < 50) problems.push(`description too short: "${preview.description}"`);
    if (preview.ogDescription !== preview.description) problems.push('og:description differs from description');
    if (preview.twitterCard !== 'summary_large_image') problems.push(`twitter:card is "${preview.twitterCard}"`);
    const image = preview.ogImage ? new URL(preview.ogImage) : undefined;
    if (!image || !/^https?:$/.test(image.protocol)) problems.push(`og:image is not an absolute URL: "${preview.ogImage}"`);
    else if (!fs.existsSync(path.join(BUILD_DIR, image.pathname))) problems.push(`og:image ${image.pathname} is not in the build`);
    expect(problems).toEqual([]);
  });

  it.each(caseStudies.map((study) => study.slug))('case study %s has its own card image', (slug) => {
    expect(new URL(linkPreview(`/docs/case-studies/${slug}`).ogImage).pathname).toBe(`/img/og/${slug}.png`);
  });
});
