export const MIN_LABEL_PX: number;

export interface DrawingSize {
  /** Natural size in px. */
  width: number;
  height: number;
  /** Font size of the smallest label, in px, at the natural size. */
  labelPx: number;
  /** The narrowest width, in px, at which every label still renders at MIN_LABEL_PX. */
  minWidth: number;
}

export function readDrawingSize(markup: string): DrawingSize;
