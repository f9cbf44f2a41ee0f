/**
 * Full-page screenshots of the home page, one article, /data/ and /404.html at desktop and mobile width,
 * written to artifacts/screenshots/ (git-ignored) for people to look at; and a check that nothing makes
 * the mobile layout scroll sideways.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../integration/support/build.ts';
import { DESKTOP, MOBILE } from './support/browser.ts';
import { useSite } from './support/fixture.ts';

const OUT = join(PROJECT_ROOT, 'artifacts', 'screenshots');
const site = useSite();

/** The pages to capture: an article with a derivation note when there is one (it shows more of the UI). */
function targets(): { name: string; path: string }[] {
  const articles = JSON.parse(readFileSync(join(site.distDir, 'data', 'articles.json'), 'utf8')) as { id: string; derivedFrom?: unknown }[];
  const article = articles.find((a) => a.derivedFrom) ?? articles[0];
  if (!article) throw new Error('the site has no articles');
  return [
    { name: 'home', path: '/' },
    { name: 'article', path: `/articles/${article.id}/` },
    { name: 'data', path: '/data/' },
    { name: '404', path: '/404.html' },
  ];
}

describe('screenshots', () => {
  it('artifacts/ is git-ignored', () => {
    const lines = readFileSync(join(PROJECT_ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(lines.some((l) => l === 'artifacts/' || l === 'artifacts' || l === '/artifacts/' || l === '/artifacts')).toBe(true);
  });

  for (const [device, viewport] of [['desktop', DESKTOP], ['mobile', MOBILE]] as const) {
    it(`${device} (${viewport.width} px wide): full-page PNGs, no sideways scrolling`, async () => {
      mkdirSync(OUT, { recursive: true });
      const context = await site.browser.newContext({
        viewport,
        colorScheme: 'light',
        ...(device === 'mobile' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      try {
        const page = await context.newPage();
        const overflow: string[] = [];
        for (const { name, path } of targets()) {
          await page.goto(new URL(path, site.origin).href, { waitUntil: 'networkidle' });
          await page.screenshot({ path: join(OUT, `${name}-${device}.png`), fullPage: true });
          const wide = await page.evaluate(() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > width + 0.5)
              .slice(0, 5)
              .map((el) => `${el.outerHTML.slice(0, 100)} (right edge ${Math.round(el.getBoundingClientRect().right)} > ${width})`);
          });
          for (const w of wide) overflow.push(`${path}: ${w}`);
        }
        expect(overflow).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
