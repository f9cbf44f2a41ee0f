/**
 * A warm build (per-article results served from the digest cache) must publish exactly what a cold build of the
 * same articles publishes, including what one article's page says about the others.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, listFiles, parseHtml, readText, removeDir, tempDir, writeFiles, type RunResult } from './support/build.ts';

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
};
// C now carries the same claim: A's page must say three outlets carry it, although A itself did not change.
const C_EDITED = article('Valley Post', 'Library opens new reading room', `The city library opened a new reading room for children on Saturday.\n\n${SHARED}`);

/** The page A shows for its claim, e.g. "1 other outlet". */
function claimCountOnA(outDir: string): string {
  const count = select('mark.claim + .claim-count', parseHtml(readText(outDir, 'articles/a/index.html')));
  return count ? toString(count) : '';
}

function pages(outDir: string): Map<string, string> {
  return new Map(listFiles(outDir).filter((f) => f.endsWith('.html') || f.endsWith('.json')).map((f) => [f, readFileSync(join(outDir, f), 'utf8')]));
}

describe('a warm build after one article changed', { concurrent: false }, () => {
  let articlesDir: string;
  let cacheDir: string;
  const outDirs: string[] = [];
  let cold: RunResult;
  let warm: RunResult;
  let reference: RunResult;

  beforeAll(async () => {
    articlesDir = tempDir('warm-src');
    cacheDir = tempDir('warm-cache');
    outDirs.push(tempDir('warm-out-1'), tempDir('warm-out-2'), tempDir('warm-out-ref'));
    writeFiles(articlesDir, FILES);
    cold = await astroBuild(outDirs[0]!, articlesDir, { CLAIMLENS_CACHE_DIR: cacheDir });
    writeFiles(articlesDir, { 'c.md': C_EDITED });
    warm = await astroBuild(outDirs[1]!, articlesDir, { CLAIMLENS_CACHE_DIR: cacheDir });
    reference = await astroBuild(outDirs[2]!, articlesDir, { CLAIMLENS_CACHE: 'off' });
  }, 170_000);

  afterAll(() => {
    for (const dir of [articlesDir, cacheDir, ...outDirs]) removeDir(dir);
  });

  it('builds each time', () => {
    for (const run of [cold, warm, reference]) expect(run.status, run.output).toBe(0);
  });

  it('computes only the changed article again', () => {
    expect(cold.output).toMatch(/ingest 0 cached\/3 new, annotate 0 cached\/3 new/);
    expect(warm.output).toMatch(/ingest 2 cached\/1 new, annotate 2 cached\/1 new/);
  });

  it('updates what the unchanged article says about the others', () => {
    expect(claimCountOnA(outDirs[0]!)).toBe('1 other outlet');
    expect(claimCountOnA(outDirs[1]!)).toBe('2 other outlets');
  });

  it('publishes exactly what a build without the cache publishes', () => {
    const fromWarm = pages(outDirs[1]!);
    const fromCold = pages(outDirs[2]!);
    expect([...fromWarm.keys()].sort()).toEqual([...fromCold.keys()].sort());
    const differing = [...fromWarm].filter(([file, text]) => fromCold.get(file) !== text).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
