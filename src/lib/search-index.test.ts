import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, fingerprintPages } from './search-index.ts';

const page = (title: string, text: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-site-'));
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html);
  return dir;
}

function indexFiles(siteDir: string): Map<string, string> {
  const dir = join(siteDir, 'pagefind');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(files.sort().map((f) => [f.slice(dir.length), readFileSync(f).toString('base64')]));
}

const PAGES = { 'index.html': page('Bridge', 'The Elm Street bridge reopens in March.'), 'library.html': page('Library', 'A new reading room opened.') };

describe('fingerprintPages', () => {
  it('changes when a page changes, appears or goes, and ignores the index itself', () => {
    const dir = site(PAGES);
    const before = fingerprintPages(dir);
    expect(fingerprintPages(site(PAGES))).toBe(before);
    expect(fingerprintPages(site({ ...PAGES, 'library.html': page('Library', 'A new reading room opened!') }))).not.toBe(before);
    expect(fingerprintPages(site({ ...PAGES, 'more.html': page('More', 'x') }))).not.toBe(before);
    expect(fingerprintPages(site({ 'index.html': PAGES['index.html'] }))).not.toBe(before);
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind', 'stray.html'), 'not a page');
    expect(fingerprintPages(dir)).toBe(before);
  });
});

describe('buildSearchIndex with a cache folder', () => {
  it('indexes, reuses the index for the same pages, and indexes again when a page changed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'search-cache-'));
    const first = site(PAGES);
    expect(await buildSearchIndex(first, { cacheDir })).toEqual({ pages: 2, reused: false });

    const same = site(PAGES);
    expect(await buildSearchIndex(same, { cacheDir })).toEqual({ pages: 2, reused: true });
    expect(indexFiles(same)).toEqual(indexFiles(first));

    const changed = site({ ...PAGES, 'museum.html': page('Museum', 'The museum closes.') });
    expect(await buildSearchIndex(changed, { cacheDir })).toEqual({ pages: 3, reused: false });
    expect(indexFiles(changed)).not.toEqual(indexFiles(first));
  }, 60_000);

  it('without a cache folder, always indexes', async () => {
    expect(await buildSearchIndex(site(PAGES))).toEqual({ pages: 2, reused: false });
    expect(await buildSearchIndex(site(PAGES))).toEqual({ pages: 2, reused: false });
  }, 60_000);
});
