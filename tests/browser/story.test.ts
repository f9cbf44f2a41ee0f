/**
 * The story page as a reader compares outlets on it: the summary at the top, who each outlet quotes (with links to
 * the people and organizations), the grid on a phone, and a timeline by day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE } from './support/browser.ts';
import { useSite } from './support/fixture.ts';

const site = useSite();

interface StoryData {
  id: string;
  articles: { id: string; outlet: { name: string } }[];
  sources: number;
  claims: { sources: number }[];
}

/** The bundled story with the most articles. */
function biggestStory(): StoryData {
  const stories = JSON.parse(readFileSync(join(site.distDir, 'data', 'stories.json'), 'utf8')) as StoryData[];
  return stories.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
}

/** An article page's text. */
function articleText(id: string): string {
  const html = readFileSync(join(site.distDir, 'articles', id, 'index.html'), 'utf8');
  return html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ');
}

describe('story page', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: DESKTOP });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it('opens with a summary: articles, independent outlets, shared and single-outlet claims, disagreements, dates', async () => {
    const story = biggestStory();
    await page.goto(new URL(`/stories/${story.id}/`, site.origin).href);
    const summary = (await page.innerText('.story-summary')).replace(/\s+/g, ' ');
    expect(summary).toContain(`${story.articles.length} articles`);
    expect(summary).toContain(`${story.sources} independent outlets`);
    expect(summary).toContain(`${story.claims.filter((c) => c.sources > 1).length} shared claims`);
    expect(summary).toContain(`${story.claims.filter((c) => c.sources === 1).length} single-outlet claims`);
    expect(summary).toMatch(/\d+ disagreements?/);
    expect(summary).toMatch(/Published \d+ \w+ \d{4}/);
  });

  it('lists who each outlet quotes, linked to their pages, and each name is in that outlet’s articles', async () => {
    const story = biggestStory();
    await page.goto(new URL(`/stories/${story.id}/`, site.origin).href);
    const outlets = await page.$$eval('.quoted > .quoted-outlet', (cards) =>
      cards.map((card) => ({
        outlet: card.querySelector('h3')?.childNodes[0]?.textContent?.trim() ?? '',
        speakers: [...card.querySelectorAll('.speakers li')].map((li) => ({
          name: li.querySelector('.speaker-name')?.textContent?.trim() ?? '',
          href: li.querySelector('a')?.getAttribute('href') ?? null,
          count: Number(/(\d+)×/.exec(li.textContent ?? '')?.[1]),
        })),
      })),
    );
    // One box per outlet (an unknown outlet's articles each count as one), in story order.
    const expected: string[] = [];
    for (const a of story.articles) if (a.outlet.name === 'Unknown outlet' || !expected.includes(a.outlet.name)) expected.push(a.outlet.name);
    expect(outlets.map((o) => o.outlet)).toEqual(expected);
    const quoting = outlets.filter((o) => o.speakers.length > 0);
    expect(quoting.length).toBeGreaterThan(1);
    // The bundled coverage: TechCrunch quotes Sam Altman ("…,” Altman said.).
    const techcrunch = outlets.find((o) => o.outlet === 'TechCrunch');
    expect(techcrunch?.speakers.map((s) => s.name)).toContain('Sam Altman');
    for (const o of quoting) {
      const texts = story.articles.filter((a) => a.outlet.name === o.outlet).map((a) => articleText(a.id)).join(' ');
      for (const s of o.speakers) {
        expect(s.count, `${o.outlet}: ${s.name}`).toBeGreaterThan(0);
        // The outlet names them somewhere: by full name or by surname.
        expect(texts, `${o.outlet} never names ${s.name}`).toContain(s.name.split(' ').at(-1)!);
      }
    }
    // Names link to entity pages that exist.
    const links = quoting.flatMap((o) => o.speakers.flatMap((s) => (s.href ? [s.href] : [])));
    expect(links.length).toBeGreaterThan(0);
    for (const href of new Set(links)) {
      expect(href).toMatch(/^\/entities\/[^/]+\/$/);
      const res = await page.request.get(new URL(href, site.origin).href);
      expect(res.status(), href).toBe(200);
    }
  });

  it('groups the timeline by day, each day once', async () => {
    const story = biggestStory();
    await page.goto(new URL(`/stories/${story.id}/`, site.origin).href);
    const days = await page.$$eval('.timeline > li > h3 time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(days.length).toBeGreaterThan(0);
    expect(new Set(days).size).toBe(days.length);
    expect([...days].sort()).toEqual(days);
  });

  it('on a phone, the claims grid reads as a list: each claim with its count and the outlets carrying it', async () => {
    const phone = await site.browser.newContext({ viewport: MOBILE, isMobile: true, hasTouch: true });
    try {
      const p = await phone.newPage();
      const story = biggestStory();
      await p.goto(new URL(`/stories/${story.id}/`, site.origin).href);
      const rows = await p.$$eval('.coverage tbody tr', (trs) =>
        trs.map((tr) => ({ width: tr.getBoundingClientRect().width, text: (tr as HTMLElement).innerText.replace(/\s+/g, ' ') })),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.width).toBeLessThanOrEqual(MOBILE.width);
        expect(r.text).toMatch(/\d+ independent sources/);
        expect(r.text).toMatch(/✓/);
      }
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
    } finally {
      await phone.close();
    }
  });
});
