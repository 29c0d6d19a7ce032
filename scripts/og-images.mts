/**
 * Draws the link-preview card of each case study (and a default card) from
 * the case-study metadata, in Chromium, into static/img/og/, and the app icons. Run it after
 * changing a title or summary: `npm run og-images`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { caseStudies } from '../src/data/caseStudies';
import { launchChromium } from './support/chromium';

const outDir = path.resolve(import.meta.dirname, '../static/img/og');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function card({ kicker, title, lines }: { kicker: string; title: string; lines: string[] }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: space-between;
      box-sizing: border-box; padding: 64px 72px; font-family: 'DejaVu Sans', sans-serif; color: #fff;
      background: #1f4e8c; border-left: 24px solid #ffd60a; }
    .kicker { font-size: 28px; letter-spacing: 0.08em; text-transform: uppercase; color: #ffd60a; font-weight: 700; }
    h1 { font-size: 76px; line-height: 1.08; margin: 18px 0 0; }
    p { font-size: 30px; line-height: 1.35; margin: 10px 0 0; color: #dde9fd; max-width: 1000px; }
    .site { font-size: 26px; color: #dde9fd; display: flex; align-items: center; gap: 16px; }
    .mark { width: 44px; height: 44px; border-radius: 9px; background: #fff; color: #1f4e8c; font-weight: 800;
      display: flex; align-items: center; justify-content: center; font-size: 28px; }
  </style></head><body>
    <div><div class="kicker">${escape(kicker)}</div><h1>${escape(title)}</h1>${lines.map((line) => `<p>${escape(line)}</p>`).join('')}</div>
    <div class="site"><span class="mark">M</span>ML System Design Companion</div>
  </body></html>`;
}

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
fs.mkdirSync(outDir, { recursive: true });

const cards = [
  {
    file: 'default.png',
    html: card({
      kicker: 'Study companion',
      title: 'ML system design interviews, deep on operations',
      lines: ['Ten case studies, a printable framework, metrics with formulas, mock-interview kits.'],
    }),
  },
  ...caseStudies.map((study) => ({
    file: `${study.slug}.png`,
    html: card({
      kicker: `Case study · ${study.domain}`,
      title: study.title,
      lines: [study.summary, `${study.mlTask} · ${study.offlineMetrics[0]} · ${study.onlineMetrics[0]}`],
    }),
  })),
];
for (const { file, html } of cards) {
  await page.setContent(html);
  await page.screenshot({ path: path.join(outDir, file), type: 'png' });
}
// App icons for the web manifest, from the same mark.
for (const size of [192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:flex;align-items:center;justify-content:center;background:#1f4e8c;font-family:'DejaVu Sans',sans-serif;color:#fff;font-weight:800;font-size:${Math.round(size * 0.55)}px">M</body>`,
  );
  await page.screenshot({ path: path.resolve(outDir, `../icon-${size}.png`), type: 'png' });
}
await browser.close();
console.log(`wrote ${cards.length} cards to static/img/og/ and two icons to static/img/`);
