import type { CaseStudy } from './types';
import visualSearch from './visual-search';
import streetViewBlurring from './street-view-blurring';
import videoSearch from './video-search';
import harmfulContentDetection from './harmful-content-detection';
import videoRecommendation from './video-recommendation';
import eventRecommendation from './event-recommendation';
import adClickPrediction from './ad-click-prediction';
import similarListings from './similar-listings';
import newsFeed from './news-feed';
import peopleYouMayKnow from './people-you-may-know';
import documentAssistant from './document-assistant';
import chatAssistant from './chat-assistant';
import deliveryTimePrediction from './delivery-time-prediction';
import paymentFraudDetection from './payment-fraud-detection';

export type { CaseStudy, CaseStudyOrigin, Difficulty, Domain } from './types';

/** All case studies, in the book's chapter order. */
export const caseStudies: readonly CaseStudy[] = [
  visualSearch,
  streetViewBlurring,
  videoSearch,
  harmfulContentDetection,
  videoRecommendation,
  eventRecommendation,
  adClickPrediction,
  similarListings,
  newsFeed,
  peopleYouMayKnow,
  documentAssistant,
  chatAssistant,
  deliveryTimePrediction,
  paymentFraudDetection,
];

/** The docs route every chapter is served under, and the folder its file lives in. */
const CASE_STUDIES_ROUTE = '/case-studies';

/** The site path of a case-study chapter, or of one of its sections (without baseUrl). */
export function caseStudyPath(slug: string, sectionId?: string): string {
  return `/docs${CASE_STUDIES_ROUTE}/${slug}${sectionId ? `#${sectionId}` : ''}`;
}

/** The Docusaurus doc id of a chapter (`case-studies/<slug>`), as the sidebar and `useDoc()` name it. */
export function caseStudyDocId(slug: string): string {
  return `${CASE_STUDIES_ROUTE.slice(1)}/${slug}`;
}

/** The case study a docs file path belongs to (`.../docs/case-studies/<slug>.mdx`), if any. */
export function caseStudyForFile(filePath: string): CaseStudy | undefined {
  const match = /(?:^|[/\\])docs[/\\]case-studies[/\\]([a-z0-9-]+)\.mdx$/.exec(filePath);
  return match ? caseStudies.find((study) => study.slug === match[1]) : undefined;
}

/**
 * The frontmatter a chapter gets from its metadata at build time: chapters do
 * not restate these fields (the content contract refuses them).
 */
export function caseStudyFrontMatter(study: CaseStudy) {
  return {
    title: study.title,
    slug: `${CASE_STUDIES_ROUTE}/${study.slug}`,
    difficulty: study.difficulty,
    // The link-preview card drawn for this chapter by scripts/og-images.mts.
    image: `img/og/${study.slug}.png`,
  } as const;
}

/** Each chapter's slug, title and path: what the flashcards plugin and its tests read. */
export const chapterIdentities = caseStudies.map((study) => ({ slug: study.slug, title: study.title, path: caseStudyPath(study.slug) }));

/** Frontmatter fields the metadata module owns for every chapter. */
export const INJECTED_FRONTMATTER = ['title', 'slug', 'difficulty', 'image', 'sidebar_label'] as const;

/** The book's ten, in its chapter order: what a reader of the book looks for first. */
export const bookCaseStudies = caseStudies.filter((study) => study.origin === 'book');

/** Problems interviewers ask that the book does not cover, in the same template. */
export const beyondTheBookCaseStudies = caseStudies.filter((study) => study.origin === 'beyond-the-book');

export function caseStudyBySlug(slug: string): CaseStudy {
  const found = caseStudies.find((study) => study.slug === slug);
  if (!found) {
    throw new Error(`Unknown case study "${slug}". Known: ${caseStudies.map((s) => s.slug).join(', ')}`);
  }
  return found;
}
