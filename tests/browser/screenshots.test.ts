/**
 * Full-page screenshots of each kind of page (home, story, article, claim, entity, outlet, the lists, search with
 * results, /data/, /404.html) at desktop and mobile width, written to artifacts/screenshots/ (git-ignored) for
 * people to look at; and a check that nothing makes any of them scroll sideways.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../integration/support/build.ts';
import { DESKTOP, MOBILE } from './support/browser.ts';
import { useSite } from './support/fixture.ts';

const OUT = join(PROJECT_ROOT, 'artifacts', 'screenshots');
const site = useSite();

const readData = <T,>(file: string): T => JSON.parse(readFileSync(join(site.distDir, 'data', file), 'utf8')) as T;

/**
 * One page of each kind, the fullest of its kind (it shows more of the UI): an article with a derivation note when
 * there is one, the story with the most articles, the claim with the most wordings, the entity in the most articles.
 */
function targets(): { name: string; path: string }[] {
  const articles = readData<{ id: string; derivedFrom?: unknown }[]>('articles.json');
  const article = articles.find((a) => a.derivedFrom) ?? articles[0];
  const most = <T,>(list: T[], size: (t: T) => number): T | undefined => list.reduce<T | undefined>((best, t) => (best === undefined || size(t) > size(best) ? t : best), undefined);
  const story = most(readData<{ id: string; articles: unknown[] }[]>('stories.json'), (s) => s.articles.length);
  const claim = most(readData<{ id: string; mentions: unknown[] }[]>('claims.json'), (c) => c.mentions.length);
  const entity = most(readData<{ id: string; articles: unknown[] }[]>('entities.json'), (e) => e.articles.length);
  const outlet = readData<{ id: string }[]>('outlets.json')[0];
  if (!article || !story || !claim || !entity || !outlet) throw new Error('the site lacks a page kind to capture');
  return [
    { name: 'home', path: '/' },
    { name: 'story', path: `/stories/${story.id}/` },
    { name: 'article', path: `/articles/${article.id}/` },
    { name: 'claim', path: `/claims/${claim.id}/` },
    { name: 'entity', path: `/entities/${entity.id}/` },
    { name: 'outlet', path: `/outlets/${outlet.id}/` },
    { name: 'claims', path: '/claims/' },
    { name: 'entities', path: '/entities/' },
    { name: 'search', path: '/search/?q=Altman' },
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
            // Content clipped by a box that scrolls on its own (the story's grid) is not what widens the page.
            const clipped = (el: Element): boolean => {
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') return true;
              }
              return false;
            };
            const culprits = [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
              .slice(0, 5)
              .map((el) => `${el.outerHTML.slice(0, 100)} (right edge ${Math.round(el.getBoundingClientRect().right)} > ${width})`);
            return [`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`, ...culprits];
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
