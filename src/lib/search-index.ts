import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fileDigests } from './file-digests.ts';
import { linkTree } from './link-tree.ts';
import { logTimings } from './timings-log.ts';

const INDEX_DIR = 'pagefind';

/**
 * Builds the Pagefind search index of a built site with Pagefind's Node API: every step's errors are checked and
 * stop the build, and the service is closed in `finally`. The index goes to `<siteDir>/pagefind/` and is searched
 * entirely in the browser, offline. Run by scripts/build.ts once Astro has exited (see there why).
 *
 * With a `cacheDir`, the index is kept there with a fingerprint of every page it was built from; when a later
 * build writes exactly the same pages, the kept index is linked into the site instead of indexing every page
 * again (Pagefind has no incremental mode).
 */
export async function buildSearchIndex(siteDir: string, options: { cacheDir?: string } = {}): Promise<{ pages: number; reused: boolean }> {
  const start = performance.now();
  const fingerprint = options.cacheDir === undefined ? undefined : fingerprintPages(siteDir, join(options.cacheDir, 'page-digests.json'));
  const kept = options.cacheDir === undefined ? undefined : keptIndex(options.cacheDir);
  try {
    const last = kept?.builtFrom();
    if (kept && fingerprint !== undefined && last?.fingerprint === fingerprint) {
      linkTree(kept.dir, join(siteDir, INDEX_DIR));
      return { pages: last.pages ?? 0, reused: true };
    }
    const pages = await indexWithPagefind(siteDir);
    if (kept && fingerprint !== undefined) kept.replace(join(siteDir, INDEX_DIR), fingerprint, pages);
    return { pages, reused: false };
  } finally {
    logTimings([{ stage: 'search index', ms: performance.now() - start }]);
  }
}

async function indexWithPagefind(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, INDEX_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * A digest of everything Pagefind reads: each HTML page's path and bytes (the index excluded), the Pagefind
 * version and this file's own source (the options given to Pagefind). With a `memoFile`, pages left untouched
 * since the last build are not read again (`fileDigests`).
 */
export function fingerprintPages(siteDir: string, memoFile?: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url)));
  hash.update(readFileSync(new URL(import.meta.url)));
  const pages = htmlPages(siteDir).sort();
  const digests = fileDigests(siteDir, pages, memoFile);
  pages.forEach((file, i) => hash.update(`\u0000${file}\u0000${digests[i]}`));
  return hash.digest('hex');
}

/**
 * Every HTML file under the site, as a path relative to it, without descending into the index: half the time of
 * `readdirSync(…, { recursive: true })`, which lists Pagefind's ten thousand files too.
 */
function htmlPages(siteDir: string, under = ''): string[] {
  return readdirSync(join(siteDir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under === '' ? entry.name : `${under}/${entry.name}`;
    if (entry.isDirectory()) return path === INDEX_DIR ? [] : htmlPages(siteDir, path);
    return entry.isFile() && entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The index kept from the last build that made one: its files, the fingerprint it was built from, its page count. */
function keptIndex(cacheDir: string) {
  const dir = join(cacheDir, INDEX_DIR);
  const about = join(cacheDir, 'built-from.json');
  return {
    dir,
    builtFrom(): { fingerprint?: string; pages?: number } {
      try {
        return existsSync(dir) ? (JSON.parse(readFileSync(about, 'utf8')) as { fingerprint?: string; pages?: number }) : {};
      } catch {
        return {};
      }
    },
    replace(from: string, fingerprint: string, pages: number) {
      // The description goes first and last: a copy cut short leaves no fingerprint, so it is never reused.
      rmSync(about, { force: true });
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(cacheDir, { recursive: true });
      linkTree(from, dir);
      writeFileSync(about, JSON.stringify({ fingerprint, pages }));
    },
  };
}
