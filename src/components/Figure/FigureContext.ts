import { createContext } from 'react';

/**
 * One stored drawing of a diagram, as the bundler hands it to a page (see
 * plugins/diagram-svgs/svgLoader.cjs): its URL and size everywhere, its markup
 * only while the server writes the static HTML.
 */
export interface Drawing {
  url: string;
  /** Natural size in CSS px. */
  width: number;
  height: number;
  /** The narrowest width at which every label still renders at 12 px. */
  minWidth: number;
  markup?: string;
}

export interface FigureDrawings {
  light?: Drawing;
  dark?: Drawing;
}

/** Lets the Mermaid component inside a figure find the drawings stored for it. */
export const FigureContext = createContext<FigureDrawings>({});
