import measured from './bookPdf.json';

/** The whole companion as one PDF, written by `npm run pdf` into the build, at this path under the site's base URL. */
export const BOOK_PDF_FILE = 'downloads/ml-system-design-companion.pdf';

/**
 * The last full book `npm run pdf` made: its size and page count, shown beside the download link. The PDF is made from
 * a finished build, so the site shows the figures of the previous run; they move by a few pages between releases.
 */
export const bookPdfMeasured: { bytes: number; pages: number } | null = measured.bytes > 0 ? measured : null;
