/**
 * Every page of the site (the sitemap, /404.html and a search with results) at phone widths: nothing makes the
 * page scroll sideways. Wide content (the story grid) scrolls inside its own box or becomes a list.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';

const site = useSite();

describe('responsive', () => {
  for (const width of [390, 320]) {
    it(`no page scrolls sideways at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        const wide: string[] = [];
        const pages = [...site.pages, new URL('/search/?q=Altman', site.origin).href];
        for (const url of pages) {
          await page.goto(url, { waitUntil: url.includes('/search/') ? 'networkidle' : 'load' });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) wide.push(`${new URL(url).pathname}${new URL(url).search}: ${scrollWidth} px wide`);
        }
        expect(pages.length).toBeGreaterThan(10);
        expect(wide).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
