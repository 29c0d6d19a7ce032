// KaTeX's stylesheet and fonts are bundled and served by the site itself: no CDN, readable offline.
import 'katex/dist/katex.min.css';
