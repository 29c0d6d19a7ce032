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

export type { CaseStudy, Difficulty, Domain } from './types';

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
];

export function caseStudyBySlug(slug: string): CaseStudy {
  const found = caseStudies.find((study) => study.slug === slug);
  if (!found) {
    throw new Error(`Unknown case study "${slug}". Known: ${caseStudies.map((s) => s.slug).join(', ')}`);
  }
  return found;
}
