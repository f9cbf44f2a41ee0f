/**
 * Journeys through the site as a reader would take them:
 * - keyboard only: skip link → main → first article → its page, with focus visible all the way;
 * - with the mouse: open every article from the home page, check the reader page, come back with the
 *   browser's back button.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.ts';
import { useSite } from './support/fixture.ts';

const site = useSite();

interface Focused {
  tag: string | undefined;
  id: string | undefined;
  href: string | null | undefined;
  text: string;
  outlineStyle: string | undefined;
  outlineWidth: string | undefined;
  box: { left: number; top: number; right: number; bottom: number } | undefined;
  viewport: { width: number; height: number };
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    const r = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      href: el?.getAttribute('href'),
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      outlineStyle: style?.outlineStyle,
      outlineWidth: style?.outlineWidth,
      box: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : undefined,
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('journeys', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: DESKTOP });
  });
  afterAll(async () => {
    await context.close();
  });

  it('keyboard only: skip link, then the first story, with focus visible', async () => {
    page = await context.newPage();
    const home = new URL('/', site.origin).href;
    await page.goto(home);
    const firstArticle = squash(await page.locator('main a[href^="/stories/"]').first().getAttribute('href'));
    expect(firstArticle).toMatch(/^\/stories\/[^/]+\/$/);

    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.tag, 'the first Tab focuses the skip link').toBe('a');
    expect(skip.href).toBe('#main');
    expect(skip.text).toMatch(/skip/i);
    expect(skip.box, 'focused skip link has a box').toBeDefined();
    const box = skip.box!;
    expect(box.right - box.left).toBeGreaterThan(0);
    expect(box.bottom - box.top).toBeGreaterThan(0);
    expect(box.left >= 0 && box.top >= 0 && box.right <= skip.viewport.width && box.bottom <= skip.viewport.height, `skip link box ${JSON.stringify(box)} inside the viewport`).toBe(true);
    expect(skip.outlineStyle, 'focus is visible on the skip link').not.toBe('none');

    await page.keyboard.press('Enter');
    const afterSkip = await focused(page);
    expect(afterSkip.tag, 'Enter on the skip link moves focus to <main>').toBe('main');

    let reached: Focused | undefined;
    const path: string[] = [];
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      path.push(`<${now.tag}> ${now.href ?? ''} "${now.text.slice(0, 40)}"`);
      if (now.tag === 'a') {
        expect(now.outlineStyle, `focus visible on ${now.href}`).not.toBe('none');
        expect(now.outlineWidth, `focus outline width on ${now.href}`).not.toBe('0px');
      }
      if (now.href?.startsWith('/stories/')) reached = now;
    }
    expect(reached, `Tab never reached a story link:\n${path.join('\n')}`).toBeDefined();
    expect(reached!.href, 'the first story link is reached first').toBe(firstArticle);
    expect(path, 'from <main>, the next Tab goes to the first story').toHaveLength(1);

    await Promise.all([page.waitForURL(new URL(firstArticle, site.origin).href), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toMatch(/^\/stories\/[^/]+\/$/);
    expect(squash(await page.locator('h1').textContent())).toBe(reached!.text);
    // From the story, each outlet's version is one link away.
    const first = page.locator('.side-by-side a[href^="/articles/"]').first();
    const title = squash(await first.textContent());
    await first.focus();
    await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press('Enter')]);
    expect(squash(await page.locator('h1').textContent())).toBe(title);
    await page.close();
  });

  it('reader: home → each article → back to home', async () => {
    const articles = JSON.parse(readFileSync(join(site.distDir, 'data', 'articles.json'), 'utf8')) as { id: string; url?: string; file: string }[];
    const byId = new Map(articles.map((a) => [a.id, a]));
    page = await context.newPage();
    const home = new URL('/', site.origin).href;
    await page.goto(home);
    const items = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/articles/"]')].map((a) => {
        const item = a.closest('article, li');
        return {
          href: a.getAttribute('href') ?? '',
          text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
          datetime: item?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
        };
      }),
    );
    expect(items.length).toBe(articles.length);

    const problems: string[] = [];
    for (const item of items) {
      const target = new URL(item.href, site.origin).href;
      await Promise.all([page.waitForURL(target), page.locator(`main a[href="${item.href}"]`).click()]);
      const id = /^\/articles\/([^/]+)\/$/.exec(item.href)?.[1] ?? '';
      const data = byId.get(id);
      const at = item.href;
      if (!data) problems.push(`${at}: not in articles.json`);

      const h1 = squash(await page.locator('h1').textContent());
      if (h1 !== item.text) problems.push(`${at}: <h1> "${h1}" differs from the link text "${item.text}"`);

      if (item.datetime) {
        const times = await page.locator(`main time[datetime="${item.datetime}"]`).count();
        if (times === 0) problems.push(`${at}: home showed a date (${item.datetime}) but the page has no <time datetime="${item.datetime}">`);
      }

      const original = page.locator('main a', { hasText: /^Read the original/ });
      const originals = await original.count();
      if (data?.url) {
        if (originals !== 1) problems.push(`${at}: ${originals} "Read the original" links, expected 1 (the article has a url)`);
        else {
          const href = await original.getAttribute('href');
          const rel = (await original.getAttribute('rel'))?.split(/\s+/) ?? [];
          if (href !== data.url) problems.push(`${at}: "Read the original" goes to ${href}, expected ${data.url}`);
          for (const r of ['noopener', 'noreferrer']) if (!rel.includes(r)) problems.push(`${at}: "Read the original" link lacks rel ${r}`);
        }
      } else if (originals !== 0) problems.push(`${at}: "Read the original" link although the article has no url`);

      const provenance = page.getByRole('region', { name: 'Where this text comes from' });
      if ((await provenance.count()) !== 1) problems.push(`${at}: no provenance section`);
      else if (data && !(await provenance.textContent())?.includes(data.file)) problems.push(`${at}: provenance does not name the source file ${data.file}`);

      await page.goBack();
      if (page.url() !== home) problems.push(`${at}: back button went to ${page.url()}, expected ${home}`);
      const homeH1 = squash(await page.locator('h1').textContent());
      if (homeH1 !== 'Stories') problems.push(`${at}: after going back the <h1> is "${homeH1}"`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it("entity: an article's entity link → the entity page → another article that names it", async () => {
    page = await context.newPage();
    const start = new URL('/articles/000-fb745420ad58edc4/', site.origin).href;
    await page.goto(start);
    // The Pentagon goes by several names; follow the first linked mention in the body.
    const link = page.locator('article .body a.entity', { hasText: 'Department of Defense' }).first();
    await link.click();
    await page.waitForURL(/\/entities\/[a-z0-9-]+\/$/);
    const h1 = squash(await page.locator('h1').textContent());
    expect(h1).not.toBe('');
    // Every name the outlets used is listed, including the ones this article did not use.
    const forms = await page.locator('table tbody th').allTextContents();
    expect(forms.map(squash)).toEqual(expect.arrayContaining(['Department of Defense', 'Department of War', 'Pentagon']));
    // Go on to a different article from the list of mentions, and find the entity linked there too.
    const other = page.locator('.mentions h3 a').filter({ hasNotText: "OpenAI’s Sam Altman announces" }).first();
    const otherTitle = squash(await other.textContent());
    await other.click();
    await page.waitForURL(/\/articles\//);
    expect(page.url()).not.toBe(start);
    expect(squash(await page.locator('h1').textContent())).toBe(otherTitle);
    const entityPath = new URL(await page.locator('.in-this-article a').first().getAttribute('href') ?? '/', site.origin).pathname;
    expect(entityPath).toMatch(/^\/entities\/[a-z0-9-]+\/$/);
    await page.close();
  });

  it('keyboard only: the entity index lists entities by type and each link opens its page', async () => {
    page = await context.newPage();
    await page.goto(new URL('/entities/', site.origin).href);
    const types = (await page.locator('main h2').allTextContents()).map(squash);
    expect(types.some((t) => t.startsWith('People'))).toBe(true);
    expect(types.some((t) => t.startsWith('Organizations'))).toBe(true);
    // Tab to the first entity link in the lists (past the skip link, site navigation and type index).
    const target = squash(await page.locator('.entity-list a').first().textContent());
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.tag === 'a' && f.text === target && (f.href ?? '').startsWith('/entities/')) break;
    }
    const f = await focused(page);
    expect(f.text).toBe(target);
    expect(f.outlineStyle).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entities\/[a-z0-9-]+\/$/);
    expect(squash(await page.locator('h1').textContent())).toBe(target);
    await page.close();
  });

  it('claim: an article sentence → its claim page → another outlet\'s wording → back to the exact sentence', async () => {
    page = await context.newPage();
    const start = new URL('/articles/004-86652e17cc911901/', site.origin).href;
    await page.goto(start);
    // A claim other outlets share: its mark carries the anchor, the link after it leads to the claim page.
    const mark = page.locator('article .body mark.claim.shared[id]').first();
    const anchor = await mark.getAttribute('id');
    expect(anchor).toMatch(/^claim-c[0-9a-f]{10}$/);
    const sentence = squash(await mark.textContent());
    const countLink = page.locator(`#${anchor} ~ a.claim-count`).first();
    await countLink.click();
    await page.waitForURL(new RegExp(`/claims/${anchor!.slice('claim-'.length)}/$`));
    // Every wording is listed; at least one is from another article.
    const contextLinks = await page.locator('.wordings a', { hasText: 'Read it in context' }).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(contextLinks.length).toBeGreaterThan(1);
    expect(contextLinks.every((href) => href.endsWith(`#${anchor}`))).toBe(true);
    const elsewhere = contextLinks.find((href) => !href.startsWith('/articles/004-86652e17cc911901/'))!;
    await page.goto(new URL(elsewhere, site.origin).href);
    // The other article has the same anchor, on a sentence scrolled into view.
    const target = page.locator(`#${anchor}`);
    await expect.poll(() => target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })).toBe(true);
    // Back to the claim page, then back to the first article: the sentence is on screen again.
    await page.goBack();
    await page.waitForURL(/\/claims\//);
    await page.goBack();
    await page.waitForURL(start);
    const back = page.locator(`#${anchor}`);
    expect(squash(await back.textContent())).toBe(sentence);
    await expect.poll(() => back.evaluate((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; })).toBe(true);
    await page.close();
  });
});
