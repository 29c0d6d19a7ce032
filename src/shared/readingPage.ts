/** A page of the book as the progress tools list it: its doc id, title and URL path. */
export interface ReadingPage {
  id: string;
  title: string;
  path: string;
}
