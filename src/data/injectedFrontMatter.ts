import { caseStudyForFile, caseStudyFrontMatter } from './caseStudies';
import { operationsPageForFile } from './operations';

/**
 * Frontmatter a docs file gets from its data module at build time (through
 * `markdown.parseFrontMatter`), so the file does not restate it.
 */
export function injectedFrontMatter(filePath: string): Record<string, string> | undefined {
  const study = caseStudyForFile(filePath);
  if (study) return caseStudyFrontMatter(study);
  const operations = operationsPageForFile(filePath);
  if (operations) return { title: operations.title };
  return undefined;
}
