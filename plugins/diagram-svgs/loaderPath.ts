import { fileURLToPath } from 'node:url';

/** The bundler loader for stored drawings, by absolute path (it is referenced inline in each page's require). */
export const SVG_LOADER = fileURLToPath(new URL('./svgLoader.cjs', import.meta.url));
