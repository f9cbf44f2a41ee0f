/**
 * Bad content must stop the build with one report that names every bad file (with a line where the
 * problem has one) and says how to fix it; `scripts/check-content.ts` must report the same without building.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, checkContent, removeDir, tempDir, writeFiles, type RunResult } from './support/build.ts';

const GOOD = `---
title: "Harbour workers end week-long strike after pay deal"
url: "https://www.reuters.com/world/harbour-workers-end-strike-2026-03-02/"
published: 2026-03-02
author: Jane Roe
---
Harbour workers voted on Monday to end a week-long strike after the port authority offered a new pay deal.

The agreement raises wages by four percent over two years, the union said.
`;

// Line 3 holds the error: an unquoted value containing ": ".
const BROKEN_YAML = `---
author: Someone
title: Breaking: council votes to close the bridge
published: 2026-03-01
---
Body text of an article whose front matter is broken.
`;

// Line 4 holds the error: February has no 30th.
const BAD_DATE = `---
title: "Council meets on a day that does not exist"
author: John Doe
published: 2026-02-30
---
The council met to discuss the budget.
`;

const BAD_FILES = {
  'broken-yaml.md': BROKEN_YAML,
  'empty.md': '',
  // A ZIP header with NUL bytes, saved under an article extension.
  'photo.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x62, 0x69, 0x6e, 0x00, 0xff, 0xfe]),
  'notes.pdf': '%PDF-1.4\n% not an article\n',
  'bad-date.md': BAD_DATE,
  // Both would be /articles/same-name/.
  'same-name.md': '---\ntitle: "First of two files with the same id"\n---\nSome text for the first file.\n',
  'same-name.txt': 'Second of two files with the same id\n\nSome text for the second file, which is plain text.\n',
} satisfies Record<string, string | Uint8Array>;

const BAD_NAMES = Object.keys(BAD_FILES);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The assertions shared by the build and the checker: every bad file named, the lines given, a fix for each. */
function expectFullReport(output: string): void {
  for (const name of BAD_NAMES) expect(output, `the report should name ${name}`).toMatch(new RegExp(`(^|[\\s/])${escapeRegExp(name)}\\b`, 'm'));
  expect(output, 'the YAML error is on line 3 of broken-yaml.md').toMatch(/broken-yaml\.md:3\b/);
  expect(output, 'the impossible date is on line 4 of bad-date.md').toMatch(/bad-date\.md:4\b/);
  // One fix per problem at least: every bad file gets its own hint.
  expect(output.match(/fix:/g)?.length ?? 0).toBeGreaterThanOrEqual(BAD_NAMES.length);
  // The good article is not blamed.
  expect(output).not.toMatch(/(^|[\s/])good\.md\b/m);
}

describe('bad input stops the build and is reported in full', { concurrent: false }, () => {
  let badDir: string;
  let cleanDir: string;
  let outDir: string;
  let build: RunResult;

  beforeAll(async () => {
    badDir = tempDir('bad-src');
    cleanDir = tempDir('clean-src');
    outDir = tempDir('bad-out');
    writeFiles(badDir, { 'good.md': GOOD, ...BAD_FILES });
    writeFiles(cleanDir, { 'good.md': GOOD });
    build = await astroBuild(outDir, badDir);
  });

  afterAll(() => {
    removeDir(badDir);
    removeDir(cleanDir);
    removeDir(outDir);
  });

  describe('astro build', () => {
    it('exits non-zero and writes no pages', () => {
      expect(build.status, build.output).not.toBe(0);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    });

    it('names every bad file, with lines for the YAML and date errors, and a fix for each', () => {
      expectFullReport(build.output);
    });

    it('reports every problem at once with a count', () => {
      expect(build.output).toMatch(new RegExp(`\\b\\d+ problems in ${BAD_NAMES.length} files\\b`));
    });
  });

  describe('scripts/check-content.ts', () => {
    it('exits 1 and names every bad file, with lines and fixes', async () => {
      const run = await checkContent(badDir);
      expect(run.status, run.output).toBe(1);
      expectFullReport(run.output);
      // Problems go to stderr, so they show even when stdout is discarded.
      for (const name of BAD_NAMES) expect(run.stderr).toContain(name);
    });

    it('exits 0 and says "no problems" for a clean folder', async () => {
      const run = await checkContent(cleanDir);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toMatch(/no problems/);
      expect(run.output).toMatch(/\b1 articles? from\b/);
      expect(run.output).not.toMatch(/fix:/);
    });
  });
});
