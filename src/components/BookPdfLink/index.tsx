import React, { type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { BOOK_PDF_FILE, bookPdfMeasured } from '@site/src/data/bookPdf';
import { fileSize } from '@site/src/lib/fileSize';

/** The link to the whole companion as one PDF, with its size and page count as measured by the last `npm run pdf`. */
export default function BookPdfLink({ className }: { className?: string }): ReactNode {
  const href = useBaseUrl(`/${BOOK_PDF_FILE}`);
  const measured = bookPdfMeasured ? `PDF, about ${fileSize(bookPdfMeasured.bytes)}, ${bookPdfMeasured.pages} pages` : 'PDF';
  return (
    <p className={className} data-book-pdf-link="">
      {/* Underlined: told apart from the sentence around it by more than colour (WCAG 1.4.1), also outside the docs' prose styles. */}
      <a href={href} download data-book-pdf="" style={{ textDecoration: 'underline' }}>
        The whole companion as one book
      </a>{' '}
      ({measured}): bookmarks, links between chapters, every diagram and formula, for a tablet, an e-reader or print.
    </p>
  );
}
