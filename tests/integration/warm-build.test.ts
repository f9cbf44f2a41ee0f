/**
 * A warm build (per-article results served from the digest cache, unchanged pages copied by Astro's incremental
 * build, the search index reused when no page changed) must publish exactly what a cold build of the same articles
 * publishes, including what one article's page says about the others.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, BUILD_SCRIPT, listFiles, parseHtml, PROJECT_ROOT, readText, removeDir, runNode, tempDir, withBuildLock, writeFiles, type RunResult } from './support/build.ts';

const article = (outlet: string, title: string, body: string, day = 4) => `---
title: "${title}"
outlet: ${outlet}
published: 2026-05-0${day}
---
${body}
`;
const SHARED = 'Mayor Jane Doe said the Elm Street bridge will reopen on March 3 after repairs costing $4 million.';
const FILES = {
  'a.md': article('Harbour Gazette', 'Elm Street bridge to reopen in March', `${SHARED}\n\nCommuters have used the ring road since January.`),
  'b.md': article('River Times', 'Bridge repairs to end in March, mayor says', `${SHARED}\n\nThe council approved the money last week.`, 5),
  'c.md': article('Valley Post', 'Library opens new reading room', 'The city library opened a new reading room for children on Saturday.'),
  // Shares nothing with the others: none of its pages depends on the change below.
  'd.md': article('Northern Echo', 'Maritime museum wins award', 'The maritime museum won a national award on Friday for its whaling exhibition.', 1),
};
// C now carries the same claim: A's page must say three outlets carry it, although A itself did not change.
const C_EDITED = article('Valley Post', 'Library opens new reading room', `The city library opened a new reading room for children on Saturday.\n\n${SHARED}`);
// Tags are shown on the article's own page and kept nowhere else: only pages that read D's entry itself change.
const D_TAGGED = FILES['d.md'].replace('published:', 'tags: [museums, awards]\npublished:');

/** The page A shows for its claim, e.g. "1 other outlet". */
function claimCountOnA(outDir: string): string {
  const count = select('mark.claim + .claim-count', parseHtml(readText(outDir, 'articles/a/index.html')));
  return count ? toString(count) : '';
}

/** Pages Astro copied from the previous build instead of rendering, from its log (e.g. `/articles/d/index.html`). */
function copiedPages(run: RunResult): Set<string> {
  return new Set([...run.output.matchAll(/├─ (\/\S*?\.html) \((?:restored|cached)\)/g)].map((m) => m[1]!));
}

/** Pages Astro rendered, from its log: every page it lists, less those it copied (pages render four at a time, so a render's timing may follow another line). */
function renderedPages(run: RunResult): Set<string> {
  const copied = copiedPages(run);
  return new Set([...run.output.matchAll(/├─ (\/\S*?\.html)/g)].map((m) => m[1]!).filter((page) => !copied.has(page)));
}

function pages(outDir: string): Map<string, string> {
  return new Map(listFiles(outDir).filter((f) => f.endsWith('.html') || f.endsWith('.json')).map((f) => [f, readFileSync(join(outDir, f), 'utf8')]));
}

describe('warm builds: nothing changed, then two articles changed', { concurrent: false }, () => {
  let articlesDir: string;
  let cacheDir: string;
  const outDirs: string[] = [];
  let cold: RunResult;
  let unchanged: RunResult;
  let warm: RunResult;
  let reference: RunResult;
  let restored: RunResult;

  beforeAll(async () => {
    articlesDir = tempDir('warm-src');
    cacheDir = tempDir('warm-cache');
    outDirs.push(tempDir('warm-out-1'), tempDir('warm-out-same'), tempDir('warm-out-2'), tempDir('warm-out-ref'), tempDir('warm-out-restored'));
    writeFiles(articlesDir, FILES);
    // The content store cut into pieces as on a large site, so that the pages' keys are checked with the store
    // module a build really has (it must stay out of every page's code hash).
    const env = { CLAIMLENS_CACHE_DIR: cacheDir, CLAIMLENS_STORE_PIECE_BYTES: '1024' };
    cold = await astroBuild(outDirs[0]!, articlesDir, env);
    unchanged = await astroBuild(outDirs[1]!, articlesDir, env);
    // Astro's store deleted (as by deleting node_modules/.astro), our cache kept: the links are read to store again.
    restored = await withBuildLock(async () => {
      rmSync(join(PROJECT_ROOT, 'node_modules', '.astro', 'data-store.json'), { force: true });
      return runNode([BUILD_SCRIPT, '--outDir', outDirs[4]!], { ARTICLES_DIR: articlesDir, ...env });
    });
    writeFiles(articlesDir, { 'c.md': C_EDITED, 'd.md': D_TAGGED });
    warm = await astroBuild(outDirs[2]!, articlesDir, env);
    reference = await astroBuild(outDirs[3]!, articlesDir, { CLAIMLENS_CACHE: 'off' });
  }, 300_000);

  afterAll(() => {
    for (const dir of [articlesDir, cacheDir, ...outDirs]) removeDir(dir);
  });

  it('builds each time', () => {
    for (const run of [cold, unchanged, warm, reference]) expect(run.status, run.output).toBe(0);
    for (const run of [cold, warm]) expect(run.output).toMatch(/content store read from data-store\.json in \d+ pieces/);
    // Nothing changed, so Astro left its store file as it was: the pieces cut from it last time are used again.
    expect(unchanged.output).toMatch(/content store unchanged: data-store\.json in the \d+ pieces cut from it before/);
  });

  it('computes only the changed articles again', () => {
    expect(cold.output).toMatch(/ingest 0 cached\/4 new, annotate 0 cached\/4 new/);
    // D's tags change its ingest result but not the text the NLP reads.
    expect(warm.output).toMatch(/ingest 2 cached\/2 new, annotate 3 cached\/1 new/);
  });

  it('with nothing changed, leaves every collection as stored without reading the links', () => {
    for (const collection of ['articles', 'claims', 'entities', 'outlets', 'stories']) {
      expect(unchanged.output).toMatch(new RegExp(`\\[${collection}\\] [^\\n]*; unchanged since it was last stored`));
      expect(cold.output).not.toMatch(new RegExp(`\\[${collection}\\] [^\\n]*unchanged since it was last stored`));
      expect(warm.output).not.toMatch(new RegExp(`\\[${collection}\\] [^\\n]*unchanged since it was last stored`));
    }
    expect(unchanged.output).toMatch(/\[articles\] 4 articles from \S+ \(ingest 4 cached\/0 new\); unchanged/);
    expect(cold.output).toMatch(/\[articles\] 4 articles from \S+ \(ingest 0 cached\/4 new, annotate 0 cached\/4 new, render 0 cached\/4 new, link 0 cached\/1 new\)/);
  });

  it("with Astro's store gone but the cache kept, stores every collection from the kept links and bodies, and publishes the same files", () => {
    expect(restored.status, restored.output).toBe(0);
    expect(restored.output).toMatch(/\[articles\] 4 articles from \S+ \(ingest 4 cached\/0 new, render 4 cached\/0 new, link 1 cached\/0 new\)/);
    expect(restored.output).not.toMatch(/unchanged since it was last stored/);
    const [first, again] = [pages(outDirs[0]!), pages(outDirs[4]!)];
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...again].filter(([file, text]) => first.get(file) !== text).map(([file]) => file)).toEqual([]);
  });

  it('with nothing changed, copies every article, claim, entity, outlet and story page and reuses the search index', () => {
    const copied = copiedPages(unchanged);
    const keyed = [...renderedPages(cold)].filter((page) => /^\/(articles|claims|entities|outlets|stories)\/[^/]+\/index\.html$/.test(page));
    expect(keyed).toContain('/articles/a/index.html');
    expect(keyed.filter((page) => !copied.has(page))).toEqual([]);
    expect(cold.output).not.toMatch(/reused the search index/);
    expect(unchanged.output).toMatch(/Pages unchanged: reused the search index of \d+ pages/);
    const [first, second] = [pages(outDirs[0]!), pages(outDirs[1]!)];
    expect([...second].filter(([file, text]) => first.get(file) !== text).map(([file]) => file)).toEqual([]);
  });

  it('after the changes, renders again the pages that read them and copies the pages that did not', () => {
    const [copied, rendered] = [copiedPages(warm), renderedPages(warm)];
    // A's page shows how many outlets carry its claim, which C now also carries; D's page shows its tags.
    for (const page of ['/articles/a/index.html', '/articles/c/index.html', '/articles/d/index.html']) expect(rendered).toContain(page);
    expect(readText(outDirs[2]!, 'articles/d/index.html')).toContain('Tags: museums, awards');
    // D's story page reads nothing that changed.
    const dStory = listFiles(outDirs[2]!).filter((f) => /^stories\/[^/]+\/index\.html$/.test(f) && readText(outDirs[2]!, f).includes('href="/articles/d/"'));
    expect(dStory).toHaveLength(1);
    expect(copied).toContain(`/${dStory[0]}`);
    expect(warm.output).not.toMatch(/reused the search index/);
  });

  it('updates what the unchanged article says about the others', () => {
    expect(claimCountOnA(outDirs[0]!)).toBe('1 other outlet');
    expect(claimCountOnA(outDirs[2]!)).toBe('2 other outlets');
  });

  it('publishes exactly what a build without the cache publishes', () => {
    const fromWarm = pages(outDirs[2]!);
    const fromCold = pages(outDirs[3]!);
    expect([...fromWarm.keys()].sort()).toEqual([...fromCold.keys()].sort());
    const differing = [...fromWarm].filter(([file, text]) => fromCold.get(file) !== text).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});

describe('warm builds into the same output folder: the previous site is kept in place', { concurrent: false }, () => {
  let articlesDir: string;
  let cacheDir: string;
  let outDir: string;
  let referenceDir: string;
  let first: RunResult;
  let unchanged: RunResult;
  let afterRemoval: RunResult;
  let reference: RunResult;
  let firstFiles: Map<string, string>;
  let unchangedFiles: Map<string, string>;

  beforeAll(async () => {
    articlesDir = tempDir('inplace-src');
    cacheDir = tempDir('inplace-cache');
    outDir = tempDir('inplace-out');
    referenceDir = tempDir('inplace-ref');
    writeFiles(articlesDir, FILES);
    first = await astroBuild(outDir, articlesDir, { CLAIMLENS_CACHE_DIR: cacheDir });
    firstFiles = pages(outDir);
    unchanged = await astroBuild(outDir, articlesDir, { CLAIMLENS_CACHE_DIR: cacheDir });
    unchangedFiles = pages(outDir);
    // C changes and D is gone: D's pages, and any page only D had, must go too.
    writeFiles(articlesDir, { 'c.md': C_EDITED });
    rmSync(join(articlesDir, 'd.md'));
    afterRemoval = await astroBuild(outDir, articlesDir, { CLAIMLENS_CACHE_DIR: cacheDir });
    reference = await astroBuild(referenceDir, articlesDir, { CLAIMLENS_CACHE: 'off' });
  }, 300_000);

  afterAll(() => {
    for (const dir of [articlesDir, cacheDir, outDir, referenceDir]) removeDir(dir);
  });

  it('builds each time', () => {
    for (const run of [first, unchanged, afterRemoval, reference]) expect(run.status, run.output).toBe(0);
  });

  it('with nothing changed, leaves every keyed page where it is (Astro says "cached", not "restored") and publishes the same files', () => {
    const keyed = [...renderedPages(first)].filter((page) => /^\/(articles|claims|entities|outlets|stories)\/[^/]+\/index\.html$/.test(page));
    const leftInPlace = new Set([...unchanged.output.matchAll(/├─ (\/\S*?\.html) \(cached\)/g)].map((m) => m[1]!));
    expect(keyed.length).toBeGreaterThan(4);
    expect(keyed.filter((page) => !leftInPlace.has(page))).toEqual([]);
    // The open data files too: each reads whole collections, none of which changed.
    expect([...unchanged.output.matchAll(/├─ \/data\/(\S+\.json)\/? \(cached\)/g)].map((m) => m[1]).sort()).toEqual(['articles.json', 'claims.json', 'entities.json', 'outlets.json', 'schema.json', 'stories.json']);
    expect([...unchangedFiles.keys()].sort()).toEqual([...firstFiles.keys()].sort());
    expect([...unchangedFiles].filter(([file, text]) => firstFiles.get(file) !== text).map(([file]) => file)).toEqual([]);
  });

  it('after an article is removed, publishes exactly the files a build without the cache publishes, and nothing of the old site', () => {
    expect(listFiles(outDir).some((f) => f.startsWith('articles/d/'))).toBe(false);
    // Every open data file that reads articles is written again; the JSON Schema reads none.
    expect([...afterRemoval.output.matchAll(/├─ \/data\/(\S+\.json)\/? \(cached\)/g)].map((m) => m[1])).toEqual(['schema.json']);
    expect(listFiles(outDir).sort()).toEqual(listFiles(referenceDir).sort());
    const [kept, fresh] = [pages(outDir), pages(referenceDir)];
    expect([...kept].filter(([file, text]) => fresh.get(file) !== text).map(([file]) => file)).toEqual([]);
  });
});
