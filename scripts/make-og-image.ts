/**
 * Draws the link-preview image (public/og-image.png, 1200×630) from an HTML card in Chromium. Run it
 * when the course's name or tagline changes: tsx scripts/make-og-image.ts. The PNG is committed.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../lib/content/find-chromium';
import { loadCourse } from '../lib/content/load';

const course = loadCourse();
const lessons = course.modules.flatMap((m) => m.lessons).length;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#0b1120;color:#e5e7eb;font-family:Arial,Helvetica,sans-serif">
<div style="display:flex;align-items:center;gap:24px;margin-bottom:40px">
<svg width="96" height="96" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d4ed8"/><ellipse cx="16" cy="9" rx="9" ry="3.5" fill="none" stroke="#fff" stroke-width="2"/><path d="M7 9v14c0 1.9 4 3.5 9 3.5s9-1.6 9-3.5V9M7 16c0 1.9 4 3.5 9 3.5s9-1.6 9-3.5" fill="none" stroke="#fff" stroke-width="2"/></svg>
<span style="font-size:40px;color:#93c5fd;font-weight:700">An interactive course</span></div>
<div style="font-size:84px;font-weight:700;color:#fff;line-height:1.05">${escape(course.title)}</div>
<div style="font-size:36px;margin-top:28px;line-height:1.3;color:#cbd5e1">${escape(course.tagline)}</div>
<div style="font-size:28px;margin-top:40px;color:#93c5fd">${lessons} lessons · calculators · an isolation lab checked against PostgreSQL</div>
</body></html>`;

const browser = await chromium.launch({ executablePath: requireChromium('Drawing the preview image'), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  await page.screenshot({ path: 'public/og-image.png' });
  console.log('public/og-image.png');
} finally {
  await browser.close();
}
