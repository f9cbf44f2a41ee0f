/**
 * The site's page list, read from the built sitemap (sitemap-index.xml → sitemap-N.xml), with Astro's
 * `site` origin mapped to wherever the test server runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_ORIGIN } from './site.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of every <loc> in a sitemap or sitemap index, entities decoded. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) =>
    m[1]!.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!,
    ),
  );
}

/** `loc` rebased from the site origin onto `origin`; throws for any other host. */
export function rebase(loc: string, origin: string): string {
  const url = new URL(loc);
  if (url.origin !== SITE_ORIGIN) throw new Error(`Sitemap entry ${loc} is not on the site origin ${SITE_ORIGIN}`);
  return new URL(url.pathname + url.search + url.hash, origin).href;
}

/** Every page URL in dist's sitemap, on `origin`, in sitemap order. */
export function sitemapPages(distDir: string, origin: string): string[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = sitemapLocs(index);
  if (sitemaps.length === 0) throw new Error('sitemap-index.xml lists no sitemaps');
  const pages: string[] = [];
  for (const loc of sitemaps) {
    const path = new URL(loc).pathname;
    const xml = readFileSync(join(distDir, decodeURIComponent(path)), 'utf8');
    pages.push(...sitemapLocs(xml).map((page) => rebase(page, origin)));
  }
  return pages;
}
