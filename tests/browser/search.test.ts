/**
 * Search in a real browser against the built bundled site: the queries a reader would type, filters that
 * narrow, the state kept in the URL, keyboard use, and nothing loaded from elsewhere.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.ts';
import { useSite } from './support/fixture.ts';

const site = useSite();

interface Result {
  href: string;
  title: string;
  type: string;
  details: string;
  excerpt: string;
}

async function results(page: Page): Promise<Result[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => {
      const a = li.querySelector('h2 a')!;
      const details = li.querySelector('.count')?.textContent ?? '';
      return { href: a.getAttribute('href') ?? '', title: a.textContent ?? '', type: details.split(' · ')[0] ?? '', details, excerpt: li.querySelector('.excerpt')?.textContent ?? '' };
    }),
  );
}

/** Waits until the status line reports a finished search (optionally: one that matches `expected`). */
async function settled(page: Page, expected: RegExp = /result|No results|Type to search/): Promise<string> {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''), expected.source);
  await page.waitForTimeout(200);
  return (await page.textContent('#search-status')) ?? '';
}

describe('search', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const foreign: string[] = [];
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: DESKTOP });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
  });
  afterAll(async () => {
    await context.close();
  });

  it.each([
    ['safeguards', /safeguard/i],
    ['Hegseth', /Hegseth/],
    ['Department of War', /Department of War/i],
    ['supply chain risk', /supply[- ]chain risk/i],
  ])('?q=%s returns the articles and claims that say it', async (query, pattern) => {
    await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, site.origin).href);
    const status = await settled(page);
    expect(status).toMatch(/\d+ results?/);
    expect(await page.inputValue('#search-input')).toBe(query);
    const found = await results(page);
    // Relevant means the text matches; among all results there are both articles and claims.
    // Relevant: the result's own page says it (a claim page holds every outlet's wording, so the excerpt may
    // show another part of it).
    for (const r of found.slice(0, 5)) {
      if (pattern.test(`${r.title} ${r.excerpt}`)) continue;
      const body = await (await page.request.get(new URL(r.href, site.origin).href)).text();
      expect(body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), r.href).toMatch(pattern);
    }
    // Every result's type, straight from the index (a string, so the test runner does not rewrite the import).
    const all = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const s = await pf.search(${JSON.stringify(query)});
      return Promise.all(s.results.map(async (r) => (await r.data()).meta.type));
    })()`)) as string[];
    expect(all).toContain('Article');
    expect(all).toContain('Claim');
  });

  it('an outlet filter narrows the results, and lives in the URL', async () => {
    await page.goto(new URL('/search/?q=safeguards', site.origin).href);
    await settled(page);
    const everything = (await page.textContent('#search-status')) ?? '';
    const total = Number(/(\d+) results?/.exec(everything)?.[1]);
    await page.check('#search-facets input[name="outlet"][value="TechCrunch"]');
    const narrowed = await settled(page);
    const count = Number(/(\d+) results?/.exec(narrowed)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    for (const r of await results(page)) expect(r.details).toContain('TechCrunch');
    expect(new URL(page.url()).searchParams.getAll('outlet')).toEqual(['TechCrunch']);
    // Reloading (or sharing) the URL restores the same search.
    await page.reload();
    expect(await settled(page)).toBe(narrowed);
    expect(await page.isChecked('#search-facets input[name="outlet"][value="TechCrunch"]')).toBe(true);
  });

  it('a type filter shows only that kind of result, with counts beside each filter', async () => {
    await page.goto(new URL('/search/?q=Hegseth&type=Entity', site.origin).href);
    await settled(page);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.type === 'Entity')).toBe(true);
    const labels = await page.$$eval('#search-facets fieldset label', (ls) => ls.map((l) => l.textContent ?? ''));
    expect(labels.some((l) => /\(\d+\)/.test(l))).toBe(true);
  });

  it('finds an entity by its names, not by the article sentences its page quotes', async () => {
    const typesFor = async (query: string) =>
      (await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        const s = await pf.search(${JSON.stringify(query)});
        return Promise.all(s.results.map(async (r) => (await r.data()).meta.type));
      })()`)) as string[];
    await page.goto(new URL('/search/', site.origin).href);
    expect(await typesFor('Hegseth')).toContain('Entity');
    // Entity pages quote every sentence that names them ("safeguards" is in several); those belong to the articles.
    const safeguards = await typesFor('safeguards');
    expect(safeguards).toContain('Article');
    expect(safeguards).not.toContain('Entity');
  });

  it('finds the story and narrows by story, with the story filter in the URL', async () => {
    await page.goto(new URL('/search/?q=safeguards&type=Story', site.origin).href);
    await settled(page);
    const stories = await results(page);
    expect(stories.length).toBe(1);
    expect(stories[0]!.href).toMatch(/^\/stories\/[a-z0-9-]+\/$/);
    const headline = stories[0]!.title;
    await page.goto(new URL(`/search/?q=safeguards&story=${encodeURIComponent(headline)}`, site.origin).href);
    await settled(page);
    expect(await page.isChecked(`#search-facets input[name="story"][value="${headline.replace(/"/g, '\\"')}"]`)).toBe(true);
    const inStory = await results(page);
    expect(inStory.length).toBeGreaterThan(1);
    expect(inStory.map((r) => r.type)).toEqual(expect.arrayContaining(['Article', 'Story']));
  });

  it('shows ten results, then ten more on request with focus on the first new one', async () => {
    await page.goto(new URL('/search/?q=Anthropic', site.origin).href);
    const status = await settled(page);
    const total = Number(/(\d+) results?/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await results(page)).toHaveLength(10);
    expect(status).toContain('showing the first 10');
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    const shown = (await results(page)).length;
    expect(shown).toBe(Math.min(total, 20));
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);
    expect(await page.isHidden('#search-more')).toBe(shown >= total);
  });

  it('results update as you type, and an unknown word says so with help', async () => {
    await page.goto(new URL('/search/', site.origin).href);
    await settled(page);
    await page.fill('#search-input', 'Hegseth');
    expect(await settled(page, /results? for “Hegseth”/)).toMatch(/\d+ results? for “Hegseth”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Hegseth');
    await page.fill('#search-input', 'zzqxjv');
    expect(await settled(page, /No results/)).toMatch(/No results for “zzqxjv”/);
    expect(await page.isVisible('#search-help')).toBe(true);
  });

  it('keyboard only: ↓ moves into the results, ↑ back, Esc clears, Enter opens', async () => {
    await page.goto(new URL('/search/?q=Hegseth', site.origin).href);
    await settled(page);
    // Skip link, then straight to the search box: it is the first control in <main>.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Following the skip link moves focus in a later task: wait for it before the next Tab.
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.waitForSelector('#search-results h2 a');
    await page.keyboard.press('ArrowDown');
    // Focus moves in the key handler; wait for it rather than racing it.
    await page.waitForFunction(() => document.activeElement?.matches('#search-results h2 a') === true, undefined, { timeout: 5000 });
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^\/(articles|claims|entities|stories)\//);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === first);
    await page.goBack();
    await settled(page);
    await page.focus('#search-input');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-input')).toBe('');
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  });

  it('the header search box on any page goes to /search/?q=…', async () => {
    await page.goto(new URL('/entities/', site.origin).href);
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    await page.fill('#site-search-input', 'safeguards');
    await page.press('#site-search-input', 'Enter');
    await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === 'safeguards');
    expect(await settled(page, /for “safeguards”/)).toMatch(/\d+ results? for “safeguards”/);
  });

  it('excerpts read as text: every word in them is a word of the articles (no glued runs, no diff markup)', async () => {
    // The articles' own words (titles, bylines and bodies of every article page, as laid out: innerText keeps the
    // breaks between blocks), and the curated entity descriptions from the content folder.
    const words = new Set<string>();
    const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const articlePages = site.sitemap.filter((u) => new URL(u).pathname.startsWith('/articles/') && new URL(u).pathname !== '/articles/');
    expect(articlePages.length).toBeGreaterThan(0);
    for (const url of articlePages) {
      await page.goto(url);
      for (const t of tokens(await page.innerText('main'))) words.add(t);
    }
    const entities = JSON.parse(readFileSync(join(site.distDir, 'data', 'entities.json'), 'utf8')) as { description?: string }[];
    for (const e of entities) for (const t of tokens(e.description ?? '')) words.add(t);
    const strays: string[] = [];
    let checked = 0;
    for (const query of ['Altman', 'Hegseth', 'supply chain risk', 'safeguards', 'Department of War']) {
      await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, site.origin).href);
      await settled(page);
      for (const r of await results(page)) {
        checked++;
        for (const t of tokens(r.excerpt)) if (!words.has(t)) strays.push(`${r.href} (${query}): “${t}” in “${r.excerpt}”`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(strays).toEqual([]);
  });

  it('claim results show the statement, its speaker and its outlets', async () => {
    await page.goto(new URL('/search/?q=Altman&type=Claim', site.origin).href);
    await settled(page);
    const claims = await results(page);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((r) => /said by Sam Altman/.test(r.details))).toBe(true);
    expect(claims.every((r) => r.type === 'Claim' && /TechCrunch|Engadget|Unknown outlet/.test(r.details))).toBe(true);
    // The title is the short statement the claim page leads with.
    for (const r of claims.slice(0, 3)) {
      await page.goto(new URL(r.href, site.origin).href);
      expect((await page.textContent('h1'))?.trim()).toBe(r.title);
    }
  });

  it('threw no errors and requested nothing from another origin', () => {
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
