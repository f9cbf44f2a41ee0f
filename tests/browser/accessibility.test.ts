/**
 * Accessibility of every page in the sitemap and of /404.html, in Chromium:
 * - axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practices) in the light and the dark colour scheme, so
 *   colour contrast is checked in both; no serious or critical violation is allowed;
 * - the document outline: lang="en", one <h1>, no skipped heading levels, one <main>, a title and a
 *   description;
 * - a skip link as the first focusable element that moves focus to <main>;
 * - aria-current="page" on the navigation link of the page's section.
 *
 * axe is injected as an inline script, which the site's Content-Security-Policy (script-src 'self') would
 * block, so only the axe contexts bypass CSP; the other checks run with CSP enforced.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.ts';
import { pathOf, useDesktopPage, useSite } from './support/fixture.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; failureSummary: string | undefined }[];
}

const site = useSite();

/** Loads a page and fails on anything but 200. */
async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), `${pathOf(url)} status`).toBe(200);
}

function describeViolations(list: { path: string; scheme: string; violation: Violation }[]): string {
  return list
    .map(({ path, scheme, violation: v }) =>
      [
        `${path} [${scheme}] ${v.id} (${v.impact}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes.map((n) => `  - ${n.target}\n    ${n.html}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n');
}

describe('axe-core', () => {
  for (const scheme of SCHEMES) {
    // Every page of the site, twice: give it room (the site grows with each page kind).
    it(`finds no serious or critical violation on any page (${scheme} scheme)`, { timeout: 400_000 }, async () => {
      const context = await site.browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: DESKTOP });
      // axe is compiled once per context and injected into every page before it runs.
      await context.addInitScript({ content: axe.source });
      try {
        const page = await context.newPage();
        const found: { path: string; scheme: string; violation: Violation }[] = [];
        for (const url of site.pages) {
          await open(page, url);
          const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
            const runner = (window as unknown as { axe: typeof axe }).axe;
            const results = await runner.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return results.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              helpUrl: v.helpUrl,
              nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, failureSummary: n.failureSummary })),
            }));
          }, AXE_TAGS);
          for (const violation of violations) found.push({ path: pathOf(url), scheme, violation });
        }
        const blocking = found.filter((f) => BLOCKING.has(f.violation.impact ?? ''));
        const minor = found.filter((f) => !BLOCKING.has(f.violation.impact ?? ''));
        if (minor.length > 0 && blocking.length === 0) console.warn(`axe: minor or moderate violations (${scheme}):\n${describeViolations(minor)}`);
        expect(blocking, `axe violations (${scheme} scheme):\n\n${describeViolations(found)}`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('page structure (CSP enforced)', () => {
  const desktop = useDesktopPage(site);

  it('every page has lang="en", one <h1>, no skipped heading level, one <main>, a title and a description', async () => {
    const problems: string[] = [];
    for (const url of site.pages) {
      await open(desktop.page, url);
      const facts = await desktop.page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        h1: document.querySelectorAll('h1').length,
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim().slice(0, 60) })),
        main: document.querySelectorAll('main, [role="main"]').length,
        titles: document.querySelectorAll('head > title').length,
        title: document.title.trim(),
        descriptions: [...document.querySelectorAll('meta[name="description"]')].map((m) => (m.getAttribute('content') ?? '').trim()),
      }));
      const path = pathOf(url);
      if (facts.lang !== 'en') problems.push(`${path}: <html lang> is ${JSON.stringify(facts.lang)}, expected "en"`);
      if (facts.h1 !== 1) problems.push(`${path}: ${facts.h1} <h1> elements, expected exactly 1`);
      let previous = 0;
      for (const h of facts.headings) {
        if (h.level > previous + 1) problems.push(`${path}: <h${h.level}> "${h.text}" follows ${previous ? `<h${previous}>` : 'no heading'} (skips a level)`);
        previous = h.level;
      }
      if (facts.main !== 1) problems.push(`${path}: ${facts.main} <main> elements, expected exactly 1`);
      if (facts.titles !== 1 || facts.title === '') problems.push(`${path}: ${facts.titles} <title> elements, title ${JSON.stringify(facts.title)}`);
      if (facts.descriptions.length !== 1 || facts.descriptions[0] === '') problems.push(`${path}: meta descriptions ${JSON.stringify(facts.descriptions)}, expected one, non-empty`);
    }
    expect(problems).toEqual([]);
  });

  it('the first Tab focuses a skip link, and following it moves focus to <main>', async () => {
    const problems: string[] = [];
    for (const url of site.pages) {
      await open(desktop.page, url);
      const path = pathOf(url);
      await desktop.page.keyboard.press('Tab');
      const first = await desktop.page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName.toLowerCase(), href: el?.getAttribute('href'), text: (el?.textContent ?? '').trim() };
      });
      if (first.tag !== 'a' || !/^#./.test(first.href ?? '') || !/skip/i.test(first.text)) {
        problems.push(`${path}: first focusable element is <${first.tag}> href=${JSON.stringify(first.href)} "${first.text}", expected a skip link`);
        continue;
      }
      await desktop.page.keyboard.press('Enter');
      const focused = await desktop.page.evaluate(() => ({ tag: document.activeElement?.tagName.toLowerCase(), id: document.activeElement?.id }));
      if (focused.tag !== 'main' || `#${focused.id}` !== first.href) {
        problems.push(`${path}: after following the skip link (${first.href}) focus is on <${focused.tag} id="${focused.id}">, expected <main>`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the navigation marks the current section with aria-current="page"', async () => {
    const expectedSection = (path: string): string | undefined => (path === '/' || path.startsWith('/articles/') || path.startsWith('/stories/') ? 'Stories' : path.startsWith('/outlets/') ? 'Outlets' : path.startsWith('/entities/') ? 'Entities' : path.startsWith('/claims/') ? 'Claims' : path === '/data/' || path.startsWith('/data/') ? 'Open data' : undefined);
    const problems: string[] = [];
    for (const url of site.pages) {
      await open(desktop.page, url);
      const path = pathOf(url);
      const links = await desktop.page.evaluate(() =>
        [...document.querySelectorAll('nav[aria-label="Site"] a')].map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href'), current: a.getAttribute('aria-current') })),
      );
      const current = links.filter((l) => l.current !== null);
      const expected = expectedSection(path);
      const want = expected ? [{ text: expected, current: 'page' }] : [];
      const got = current.map((l) => ({ text: l.text, current: l.current }));
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${path}: nav links with aria-current ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      for (const section of ['Stories', 'Claims', 'Entities', 'Outlets', 'Open data']) {
        if (!links.some((l) => l.text === section)) problems.push(`${path}: no "${section}" link in the navigation`);
      }
    }
    expect(problems).toEqual([]);
  });
});
