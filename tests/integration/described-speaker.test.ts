/**
 * A speaker two outlets describe but do not name ("police said"): the built claim page and the data export say
 * who the articles credit without inventing an entity for them.
 */
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsExportSchema } from '../../src/schemas/export.ts';
import { astroBuild, listFiles, parseHtml, readText, removeDir, tempDir, writeFiles, type RunResult } from './support/build.ts';

const article = (title: string, url: string, body: string) => `---
title: "${title}"
url: "${url}"
published: 2026-03-02
---
${body}
`;

// Two outlets report the same arrests, each crediting police, whom neither names.
const ARTICLES = {
  'march-nyt.md': article(
    'Fourteen held after march turns violent in Lyon',
    'https://www.nytimes.com/2026/03/02/world/lyon-march.html',
    'Police said 14 people were arrested after the march through central Lyon on Saturday turned violent.\n\nShop windows were broken along the route.',
  ),
  'march-wapo.md': article(
    'Lyon police arrest 14 after violent march',
    'https://www.washingtonpost.com/world/2026/03/02/lyon-march/',
    'Police said 14 people were arrested after Saturday’s march through central Lyon turned violent.\n\nSeveral cars were set alight near the station.',
  ),
};

describe('a claim whose speaker is described, not named', { concurrent: false }, () => {
  let articlesDir: string;
  let outDir: string;
  let build: RunResult;

  beforeAll(async () => {
    articlesDir = tempDir('described-src');
    outDir = tempDir('described-out');
    writeFiles(articlesDir, ARTICLES);
    build = await astroBuild(outDir, articlesDir);
  });

  afterAll(() => {
    removeDir(articlesDir);
    removeDir(outDir);
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('exports each mention with the description as written, no speaker entity, and reported speech', () => {
    const claims = ClaimsExportSchema.parse(JSON.parse(readText(outDir, 'data/claims.json')));
    const shared = claims.find((c) => c.mentions.length === 2 && c.mentions.every((m) => m.text.includes('14 people were arrested')));
    expect(shared, JSON.stringify(claims.map((c) => c.mentions.map((m) => m.text)))).toBeDefined();
    for (const m of shared!.mentions) {
      expect(m.speakerDescription).toBe('police');
      expect(m.speaker).toBeUndefined();
      expect(m.attribution).toBe('indirect');
    }
    expect(shared!.speaker).toBeUndefined();
  });

  it('says on the claim page who is credited, marked as not named, with no link', () => {
    const pages = listFiles(outDir).filter((f) => /^claims\/c[0-9a-f]{10}\/index\.html$/.test(f));
    const page = pages.map((f) => readText(outDir, f)).find((html) => html.includes('14 people were arrested'));
    expect(page).toBeDefined();
    const tree = parseHtml(page!);
    const head = selectAll('.claim-speaker', tree).map((e) => toString(e).replace(/\s+/g, ' ').trim());
    expect(head).toEqual(['Attributed to police (not named in the article).']);
    const wordings = selectAll('.wording .attribution', tree).map((e) => toString(e).replace(/\s+/g, ' ').trim());
    expect(wordings).toHaveLength(2);
    for (const w of wordings) expect(w).toMatch(/^police \(not named in the article\), reported speech · “?said”?$/);
    expect(selectAll('.claim-speaker a, .wording .attribution a', tree)).toEqual([]);
  });
});
