/**
 * The bundled content (content/articles, no ARTICLES_DIR) built twice gives byte-identical output (the second time
 * with Astro's content store cut into 16 KB pieces, as larger sites have it cut into 4 MB ones),
 * and the five bundled articles come out right: real headlines, the dates and outlets their sources give,
 * no site chrome in any body, and the Engadget copy credited to Engadget as republished by AIVibe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlesExportSchema, StoriesExportSchema, type ArticleExport } from '../../src/schemas/export.ts';
import { astroBuild, listFiles, parseHtml, PROJECT_ROOT, readText, removeDir, sha256, tempDir, type RunResult } from './support/build.ts';

const SOURCES = join(PROJECT_ROOT, 'content', 'articles');
const source = (file: string) => readFileSync(join(SOURCES, file), 'utf8');

/**
 * What each bundled source says, read from the files themselves:
 * - 000, 001: front matter with a techcrunch.com url and `published` instants.
 * - 002: plain text; line 1 is the headline; no date anywhere; cites "TechCrunch AI" as its source.
 * - 003: front matter `date: '2026-02-28'`, `author: AIVibe`, an engadget.com `source` URL and an
 *   "originally appeared on Engadget" footer: an Engadget article republished by AIVibe.
 * - 004: plain text whose first line is page furniture ("date 2026-02-28 Ask about this article… Search");
 *   no headline line, so the title comes from the lede.
 */
interface Expected {
  id: string;
  file: string;
  published?: string;
  /** Text that must appear in the source for `published` to be right (guards against content edits). */
  dateInSource?: string;
  outlet: string;
}

const BUNDLED: Expected[] = [
  { id: '000-fb745420ad58edc4', file: '000_fb745420ad58edc4.txt', published: '2026-02-28', dateInSource: 'published: "2026-02-28T16:17:36.000Z"', outlet: 'techcrunch' },
  { id: '001-1473f6ce82557f9e', file: '001_1473f6ce82557f9e.txt', published: '2026-03-01', dateInSource: 'published: "2026-03-01T16:30:10.000Z"', outlet: 'techcrunch' },
  { id: '002-71fd20ae60a4944c', file: '002_71fd20ae60a4944c.txt', outlet: 'unknown' },
  { id: '003-19e5a8a02971c43c', file: '003_19e5a8a02971c43c.txt', published: '2026-02-28', dateInSource: "date: '2026-02-28'", outlet: 'engadget' },
  { id: '004-86652e17cc911901', file: '004_86652e17cc911901.txt', published: '2026-02-28', dateInSource: 'date 2026-02-28', outlet: 'unknown' },
];

const UI_TEXT = /ask about this article|\bsearch\b|\bdate\s+2026|scroll to top|view bio/i;
const CHROME = ['Scroll to Top', 'View Bio', 'Techcrunch event', 'Boston, MA | June 9, 2026', 'originally appeared on', 'Ask about this article', 'weekend editor', 'verify outreach'];

const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('two builds of the bundled content', { concurrent: false }, () => {
  let outA: string;
  let outB: string;
  let buildA: RunResult;
  let buildB: RunResult;

  beforeAll(async () => {
    outA = tempDir('det-a');
    outB = tempDir('det-b');
    buildA = await astroBuild(outA);
    buildB = await astroBuild(outB, undefined, { CLAIMLENS_STORE_PIECE_BYTES: String(16 * 1024) });
  });

  afterAll(() => {
    removeDir(outA);
    removeDir(outB);
  });

  it('both succeed, the second with the content store cut into pieces', () => {
    expect(buildA.status, buildA.output).toBe(0);
    expect(buildB.status, buildB.output).toBe(0);
    expect(buildA.output).not.toMatch(/content store (module cut|read from)/);
    // A build cuts Astro's store file itself rather than the module Astro makes of it.
    const pieces = Number(/content store read from data-store\.json in (\d+) pieces/.exec(buildB.output)?.[1]);
    expect(pieces).toBeGreaterThan(2);
  });

  it('write the same files, byte for byte', () => {
    const filesA = listFiles(outA);
    const filesB = listFiles(outB);
    expect(filesA.length).toBeGreaterThan(0);
    expect(filesB).toEqual(filesA);
    const hashes = (root: string) => Object.fromEntries(listFiles(root).map((f) => [f, sha256(readFileSync(join(root, f)))]));
    expect(hashes(outB)).toEqual(hashes(outA));
  });

  it('do not leak the build folder into the output', () => {
    for (const file of listFiles(outA)) expect(readText(outA, file), file).not.toContain(outA);
  });

  it('form one story, listed in the RSS feed and the stories export, with the copies counted once', () => {
    const stories = StoriesExportSchema.parse(JSON.parse(readText(outA, 'data/stories.json')));
    expect(stories).toHaveLength(1);
    const story = stories[0]!;
    expect(story.articles.map((a) => a.id).sort()).toEqual(BUNDLED.map((b) => b.id).sort());
    // Engadget (003), TechCrunch (000, 001, and 002 which rewrites it), the unknown outlet of 004.
    expect(story.sources).toBe(3);
    expect(story.articles.find((a) => a.id.startsWith('002-'))?.derivedFrom).toMatchObject({ reason: 'cites-source', outlet: { id: 'techcrunch' } });
    const rss = readText(outA, 'rss.xml');
    const items = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<\/item>/g)].map((m) => new URL(m[1]!).pathname);
    expect(items).toEqual([`/stories/${story.id}/`]);
    expect(rss).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/);
  });

  describe('the five bundled articles', () => {
    const records = (): ArticleExport[] => ArticlesExportSchema.parse(JSON.parse(readText(outA, 'data/articles.json')));
    const record = (id: string): ArticleExport => {
      const r = records().find((x) => x.id === id);
      if (!r) throw new Error(`no record ${id} in articles.json`);
      return r;
    };
    const page = (id: string) => parseHtml(readText(outA, `articles/${id}/index.html`));

    it('are all exported and all have a page', () => {
      expect(records().map((r) => r.id)).toEqual(BUNDLED.map((b) => b.id));
      const files = listFiles(outA);
      for (const b of BUNDLED) expect(files).toContain(`articles/${b.id}/index.html`);
      for (const r of records()) expect(r.file).toBe(BUNDLED.find((b) => b.id === r.id)?.file);
    });

    it('have headlines, not UI text, on the home page and in each page <h1>', () => {
      const home = parseHtml(readText(outA, 'index.html'));
      // The home page lists stories (h2), then recent articles (h3).
      const listed = selectAll('main li h3', home).map((h) => toString(h).trim());
      expect(listed).toHaveLength(BUNDLED.length);
      for (const title of listed) expect(title).not.toMatch(UI_TEXT);
      for (const b of BUNDLED) {
        const title = record(b.id).title;
        expect(title).not.toMatch(UI_TEXT);
        expect(selectAll('h1', page(b.id)).map((h) => toString(h).trim())).toEqual([title]);
        expect(listed).toContain(title);
      }
    });

    it('002 (plain text) is titled with the headline on its first line', () => {
      const firstLine = source('002_71fd20ae60a4944c.txt').split('\n')[0]!.trim();
      expect(firstLine).toBe('OpenAI secures classified Pentagon access while Anthropic faces federal ban');
      expect(record('002-71fd20ae60a4944c').title).toBe(firstLine);
    });

    it('004 (plain text, furniture on line 1) is titled from its lede, not from the furniture', () => {
      const text = source('004_86652e17cc911901.txt');
      expect(text.split('\n')[0]).toMatch(/Ask about this article/);
      const title = record('004-86652e17cc911901').title;
      expect(title.split(/\s+/).length).toBeGreaterThanOrEqual(5);
      // A headline taken from the article's own words, starting where its text starts.
      const lede = text.split('\n').map((l) => l.trim()).find((l) => l.length > 60)!;
      expect(norm(lede).startsWith(norm(title.replace(/…$/, '')))).toBe(true);
    });

    it.each(BUNDLED)('$file has the published date its source gives', (b) => {
      const r = record(b.id);
      const time = select('article .byline time[datetime]', page(b.id));
      if (b.published === undefined) {
        // Nothing in 002 dates it: the site must say so rather than invent a date.
        expect(source(b.file)).not.toMatch(/\b20\d\d-\d\d-\d\d\b|\b(?:Jan|Feb|Mar)[a-z]*\.? \d{1,2}, 20\d\d/);
        expect(r.published).toBeUndefined();
        expect(time).toBeUndefined();
        return;
      }
      expect(source(b.file)).toContain(b.dateInSource);
      expect(r.published?.startsWith(b.published)).toBe(true);
      expect(String(time?.properties['dateTime'])).toBe(r.published);
    });

    it.each(BUNDLED)('$file is credited to the outlet its source shows', (b) => {
      const r = record(b.id);
      expect(r.outlet.id).toBe(b.outlet);
      const shown = select('article .byline .outlet', page(b.id));
      expect(shown && toString(shown).trim()).toBe(r.outlet.name);
      if (b.outlet === 'techcrunch') expect(r.outlet.name).toBe('TechCrunch');
      if (b.outlet === 'engadget') expect(r.outlet.name).toBe('Engadget');
    });

    it('002 is recorded as a rewrite citing TechCrunch, not as a TechCrunch article', () => {
      const r = record('002-71fd20ae60a4944c');
      expect(r.derivedFrom?.reason).toBe('cites-source');
      expect(r.derivedFrom?.outlet.id).toBe('techcrunch');
    });

    it.each(BUNDLED)('$file has no site chrome inside <article>', (b) => {
      const article = select('article', page(b.id));
      expect(article).toBeDefined();
      const text = toString(article!).toLowerCase();
      for (const chrome of CHROME) expect(text, `"${chrome}" in ${b.id}`).not.toContain(chrome.toLowerCase());
    });

    it('the Engadget sample shows it was republished by AIVibe, with Engadget as the outlet', () => {
      const r = record('003-19e5a8a02971c43c');
      expect(r.outlet).toEqual({ id: 'engadget', name: 'Engadget' });
      expect(r.republishedBy).toEqual({ id: 'aivibe', name: 'AIVibe' });
      expect(r.derivedFrom?.reason).toBe('republished');
      expect(r.derivedFrom?.outlet.id).toBe('engadget');
      // AIVibe is the publisher named in the `author` field, not a person.
      expect(r.author).toBeUndefined();

      const tree = page('003-19e5a8a02971c43c');
      const byline = select('article .byline', tree);
      expect(byline && toString(byline)).toMatch(/republished by AIVibe/);
      const note = select('article .derivation', tree);
      expect(note && toString(note)).toMatch(/republished copy of an article by Engadget/);
      const home = toString(parseHtml(readText(outA, 'index.html')));
      expect(home).toMatch(/Engadget\s*\(republished by AIVibe\)/);
    });
  });
});
