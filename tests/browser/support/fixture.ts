/**
 * The common set-up of a browser test file: the shared build of the bundled content (see site.ts), a
 * static server over it, the page list from its sitemap and one Chromium for the whole file.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DESKTOP, launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { buildBundledSite } from './site.ts';
import { sitemapPages } from './sitemap.ts';

export interface Site {
  distDir: string;
  /** The test server, e.g. http://127.0.0.1:43121 */
  origin: string;
  /** Every page in the sitemap, as URLs on the test server. */
  sitemap: string[];
  /** The sitemap pages and /404.html. */
  pages: string[];
  /** One Chromium for the file (only when asked for). */
  browser: Browser;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled in by the time tests run. */
export function useSite(options: { browser?: boolean } = {}): Site {
  const site = {} as Site;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const [{ distDir }, launched] = await Promise.all([buildBundledSite(), options.browser === false ? undefined : launchChromium()]);
    browser = launched;
    server = await serveStatic(distDir);
    site.distDir = distDir;
    site.origin = server.origin;
    site.sitemap = sitemapPages(distDir, server.origin);
    site.pages = [...site.sitemap, new URL('/404.html', server.origin).href];
    if (browser) site.browser = browser;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return site;
}

/** The path of a URL (what the reports print). */
export const pathOf = (url: string): string => new URL(url).pathname;

/** A desktop-sized browser context and page for the enclosing describe block, closed after it. */
export function useDesktopPage(site: Site): { context: BrowserContext; page: Page } {
  const holder = {} as { context: BrowserContext; page: Page };
  beforeAll(async () => {
    holder.context = await site.browser.newContext({ viewport: DESKTOP });
    holder.page = await holder.context.newPage();
  });
  afterAll(async () => {
    await holder.context.close();
  });
  return holder;
}
