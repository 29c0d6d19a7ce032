/** How hard a case study is to answer well in an interview, not how hard the system is to build. */
export type Difficulty = 'foundational' | 'intermediate' | 'advanced';

export type Domain =
  'Search and retrieval' | 'Computer vision' | 'Recommendation' | 'Trust and safety' | 'Ads' | 'Social graph' | 'Generative AI' | 'Payments and risk' | 'Logistics';

/** Where a case study comes from: one of the book's chapters, or a problem interviewers ask that the book does not cover. */
export type CaseStudyOrigin =
  | {
      origin: 'book';
      /** Chapter number of the case study in Aminian and Xu (2023). */
      bookChapter: number;
    }
  | {
      origin: 'beyond-the-book';
      /** Why interviewers ask it and what it teaches that the book's ten do not, in one sentence. */
      whyItIsHere: string;
    };

/**
 * One case study's metadata. Cards, the at-a-glance tables and the comparison
 * table all read from here; chapters never restate these values by hand.
 */
export type CaseStudy = CaseStudyFacts & CaseStudyOrigin;

export interface CaseStudyFacts {
  /** URL segment under /docs/case-studies/ and the chapter's file name. */
  slug: string;
  title: string;
  domain: Domain;
  /** The problem in one sentence, shown on cards. */
  summary: string;
  mlTask: string;
  modelFamily: string;
  /** Most important first: the first entry is the "key metric" on cards. */
  offlineMetrics: readonly string[];
  onlineMetrics: readonly string[];
  latencyBudget: string;
  /** Scale assumptions, labelled as such in the chapter. */
  scale: string;
  difficulty: Difficulty;
}
