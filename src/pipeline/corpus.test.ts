import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCacheStore } from './cache/cache-store.ts';
import { buildCorpus, loadCorpus, openCorpus, type Corpus } from './corpus.ts';
import type { ContentPaths } from './paths.ts';
import { ContentError } from './problems.ts';

const OUTLETS = ['- id: techcrunch', '  name: TechCrunch', '  domains: [techcrunch.com]', '  aliases: [TechCrunch AI]', ''].join('\n');

const roots: string[] = [];

/** A fresh content folder: `articles/` with the given files, and `outlets.yaml` beside it. */
function contentFolder(files: Record<string, string | Uint8Array>): ContentPaths {
  const root = mkdtempSync(join(tmpdir(), 'corpus-test-'));
  roots.push(root);
  const articlesDir = join(root, 'articles');
  mkdirSync(articlesDir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(articlesDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  const outletsFile = join(root, 'outlets.yaml');
  writeFileSync(outletsFile, OUTLETS);
  // No entity registry in these tests: entities come from the text alone.
  return { articlesDir, outletsFile, entitiesFile: join(root, 'entities.yaml') };
}

/** Every file under a folder, relative and `/`-separated, read independently of the code under test. */
function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const LOHAN_LEDE = 'Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day court-mandated stay.';
const LOHAN_MORE = 'Lohan was previously at Betty Ford from September 2010 to January 2011.';

describe('loadCorpus: problems', () => {
  let paths: ContentPaths;
  beforeAll(() => {
    paths = contentFolder({
      'good.md': `---\ntitle: Lindsay Lohan checks into Betty Ford Center\nurl: https://techcrunch.com/2013/05/03/lohan/\n---\n${LOHAN_LEDE}\n\n${LOHAN_MORE}\n`,
      'world/second-good.txt': `Lohan rehires longtime lawyer Shawn Holley\n\n${LOHAN_LEDE}\n`,
      'broken-yaml.md': [
        '---', // 1
        'url: https://www.nydailynews.com/entertainment/gossip/lindsay-lohan-checks-newport-beach-rehab-article-1.1333220', // 2
        'title: Lindsay Lohan: checks into rehab', // 3
        '---', // 4
        LOHAN_LEDE,
        '',
      ].join('\n'),
      'empty.md': '',
      'photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'report.pdf': '%PDF-1.4\n',
      'bad-date.md': ['---', 'title: Lindsay Lohan checks into Betty Ford Center', 'date: 2026-02-30', '---', LOHAN_LEDE, ''].join('\n'),
      'story.md': `---\ntitle: Lindsay Lohan checks into rehab\n---\n${LOHAN_LEDE}\n`,
      'story.txt': `Lindsay Lohan checks into rehab\n\n${LOHAN_MORE}\n`,
      'orphan.md.meta.yaml': 'title: A sidecar without its article\n',
      '.gitkeep': '',
      '.drafts/unfinished.md': 'Not read.\n',
    });
  });

  it('reports every problem at once, each on its file (and line where it has one)', async () => {
    const { problems } = await loadCorpus(paths);
    const byFile = problems.map((p) => [p.file, p.code, p.line]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byFile).toEqual([
      ['bad-date.md', 'impossible-date', 3],
      ['broken-yaml.md', 'yaml-syntax', 3],
      ['empty.md', 'empty-file', undefined],
      ['orphan.md.meta.yaml', 'orphan-sidecar', undefined],
      ['photo.md', 'binary-file', undefined],
      ['report.pdf', 'unsupported-extension', undefined],
      ['story.md', 'duplicate-id', undefined],
      ['story.txt', 'duplicate-id', undefined],
    ]);
    for (const p of problems) {
      expect(p.problem.length).toBeGreaterThan(0);
      expect(p.fix.length).toBeGreaterThan(0);
    }
  });

  it('names the other file in a duplicate-id problem', async () => {
    const { problems } = await loadCorpus(paths);
    const dup = problems.filter((p) => p.code === 'duplicate-id');
    expect(dup.find((p) => p.file === 'story.md')!.problem).toContain('story.txt');
    expect(dup.find((p) => p.file === 'story.txt')!.problem).toContain('story.md');
  });

  it('still returns the good articles, sorted by id', async () => {
    const { corpus } = await loadCorpus(paths);
    expect(corpus.articles.map((a) => a.id)).toEqual(['good', 'story', 'story', 'world-second-good']);
    expect(corpus.articles.map((a) => a.provenance.file).sort()).toEqual(['good.md', 'story.md', 'story.txt', 'world/second-good.txt']);
    const good = corpus.articles.find((a) => a.provenance.file === 'good.md')!;
    expect(good.title).toBe('Lindsay Lohan checks into Betty Ford Center');
    expect(good.outlet.id).toBe('techcrunch');
    expect(corpus.articles.find((a) => a.provenance.file === 'world/second-good.txt')!.id).toBe('world-second-good');
    expect(corpus.outlets.map((o) => [o.id, o.curated, o.articles])).toEqual([
      ['techcrunch', true, ['good']],
      ['unknown', false, expect.arrayContaining(['story', 'world-second-good'])],
    ]);
  });

  it('lists hidden files as skipped', async () => {
    const { corpus } = await loadCorpus(paths);
    expect([...corpus.skipped].sort()).toEqual(['.drafts/unfinished.md', '.gitkeep']);
  });

  it('accounts for every file: each is an article, a problem or skipped', async () => {
    const { corpus, problems } = await loadCorpus(paths);
    const accounted = new Set([...corpus.articles.map((a) => a.provenance.file), ...problems.map((p) => p.file), ...corpus.skipped]);
    expect([...accounted].sort()).toEqual(listFiles(paths.articlesDir));
  });

  it('makes buildCorpus throw one ContentError listing every file with a problem', async () => {
    let error: unknown;
    try {
      await buildCorpus(paths);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const contentError = error as ContentError;
    expect(contentError.problems).toHaveLength(8);
    expect(contentError.message).toMatch(/^8 problems in 8 files under /);
    for (const where of ['bad-date.md:3', 'broken-yaml.md:3', 'empty.md', 'orphan.md.meta.yaml', 'photo.md', 'report.pdf', 'story.md', 'story.txt']) {
      expect(contentError.message).toContain(where);
    }
  });

  it('reports a missing articles folder', async () => {
    const { corpus, problems } = await loadCorpus({ articlesDir: join(paths.articlesDir, 'missing'), outletsFile: paths.outletsFile, entitiesFile: paths.entitiesFile });
    expect(problems.map((p) => p.code)).toEqual(['no-articles-folder']);
    expect(corpus.articles).toEqual([]);
  });

  it('reports an empty articles folder', async () => {
    const empty = contentFolder({});
    expect((await loadCorpus(empty)).problems.map((p) => p.code)).toEqual(['no-articles']);
  });
});

describe('loadCorpus: recurring lines', () => {
  const SIGN_OFF = 'Sign up for the Morning Briefing to get the day’s top stories delivered to your inbox every weekday.';
  const PARAGRAPHS = [
    ['Lindsay Lohan has checked into the Betty Ford Center.', 'Lohan was previously at Betty Ford from September 2010 to January 2011.'],
    ['Lohan rear-ended a truck with her Porsche on Pacific Coast Highway on June 8.', 'She then lied to police, telling them she was not driving.'],
    ['A judge ordered Lohan into a locked rehab facility for 90 days.', 'Her lawyer Mark Heller said she was ready to comply.'],
  ];

  function article(url: string | undefined, [first, second]: string[], closing: string): string {
    const front = url ? `---\ntitle: Lohan story\nurl: ${url}\n---\n` : '';
    return `${front}${first}\n\n${second}\n\n${closing}\n`;
  }

  let paths: ContentPaths;
  beforeAll(() => {
    paths = contentFolder({
      // Three articles of one outlet (same domain) share the sign-off: it is chrome.
      'gazette-1.md': article('https://www.example-gazette.com/2013/05/03/lohan-rehab', PARAGRAPHS[0]!, SIGN_OFF),
      'gazette-2.md': article('https://www.example-gazette.com/2013/05/04/lohan-crash', PARAGRAPHS[1]!, SIGN_OFF),
      'gazette-3.md': article('https://example-gazette.com/2013/05/05/lohan-judge', PARAGRAPHS[2]!, SIGN_OFF),
      // Two articles of another outlet share it too: not enough to tell it from coincidence.
      'courier-1.md': article('https://www.example-courier.com/lohan-rehab', PARAGRAPHS[0]!, SIGN_OFF),
      'courier-2.md': article('https://www.example-courier.com/lohan-crash', PARAGRAPHS[1]!, SIGN_OFF),
      // Three articles with no known outlet are never compared with each other.
      'plain-1.txt': article(undefined, PARAGRAPHS[0]!, SIGN_OFF),
      'plain-2.txt': article(undefined, PARAGRAPHS[1]!, SIGN_OFF),
      'plain-3.txt': article(undefined, PARAGRAPHS[2]!, SIGN_OFF),
    });
  });

  it('removes a closing paragraph shared by three articles of one outlet, recording it', async () => {
    const { corpus, problems } = await loadCorpus(paths);
    expect(problems).toEqual([]);
    const gazette = corpus.articles.filter((a) => a.provenance.file.startsWith('gazette-'));
    expect(gazette).toHaveLength(3);
    gazette.forEach((a) => {
      expect(a.outlet.id).toBe('example-gazette-com');
      expect(a.body).not.toContain('Morning Briefing');
      expect(a.provenance.removedChrome).toContainEqual({ rule: 'recurring-line', text: SIGN_OFF });
    });
    // The rest of each body is untouched and in order.
    expect(gazette.map((a) => a.body)).toEqual(PARAGRAPHS.map(([first, second]) => `${first}\n\n${second}\n`));
  });

  it('leaves a paragraph shared by only two articles of an outlet alone', async () => {
    const { corpus } = await loadCorpus(paths);
    const courier = corpus.articles.filter((a) => a.provenance.file.startsWith('courier-'));
    expect(courier).toHaveLength(2);
    for (const a of courier) {
      expect(a.body.trim().endsWith(SIGN_OFF)).toBe(true);
      expect(a.provenance.removedChrome.some((r) => r.rule === 'recurring-line')).toBe(false);
    }
  });

  it('does not compare articles whose outlet is unknown', async () => {
    const { corpus } = await loadCorpus(paths);
    const plain = corpus.articles.filter((a) => a.provenance.file.startsWith('plain-'));
    expect(plain).toHaveLength(3);
    for (const a of plain) {
      expect(a.outlet.id).toBe('unknown');
      expect(a.body).toContain(SIGN_OFF);
    }
  });
});

describe('loadCorpus: links kept between builds', () => {
  // The five bundled articles: one story told by five outlets, so entities, claims, stories and copies all link.
  const bundled = new URL('../../content/articles/', import.meta.url).pathname;
  const files = Object.fromEntries(readdirSync(bundled).map((f) => [f, readFileSync(join(bundled, f))]));
  const linked = (c: Corpus) => ({ articles: c.articles, outlets: c.outlets, entities: c.entities, claims: c.claims, stories: c.stories, storyOf: c.storyOf, bodies: c.bodies });

  async function twoBuilds(change: (paths: ContentPaths) => void) {
    const paths = contentFolder(files);
    const cacheDir = mkdtempSync(join(tmpdir(), 'corpus-cache-'));
    roots.push(cacheDir);
    // As a build does: open the cache, build, keep only what was used.
    const build = async () => {
      const cache = openCacheStore(cacheDir, 'v1');
      const result = await loadCorpus(paths, { cache });
      cache.save();
      return result;
    };
    const first = (await build()).corpus;
    change(paths);
    const second = (await build()).corpus;
    const uncached = (await loadCorpus(paths)).corpus;
    return { first, second, uncached, build, paths };
  }

  it('serves the whole linking for the same articles, without reading their annotations', async () => {
    const { first, second, uncached } = await twoBuilds(() => {});
    expect(first.cacheStats.link).toEqual({ hits: 0, misses: 1 });
    expect(second.cacheStats.link).toEqual({ hits: 1, misses: 0 });
    expect(second.cacheStats.annotate).toBeUndefined();
    expect(second.claims.claims.some((c) => c.mentions.length > 1)).toBe(true);
    expect(linked(second)).toEqual(linked(uncached));
  });

  it('links again when an article changes, giving what a build without the cache gives', async () => {
    const { second, uncached } = await twoBuilds(({ articlesDir }) => {
      const name = Object.keys(files)[2]!;
      writeFileSync(join(articlesDir, name), `${readFileSync(join(articlesDir, name), 'utf8')}\n\nThe Pentagon said Sam Altman met Pete Hegseth on Friday.\n`);
    });
    expect(second.cacheStats.link).toEqual({ hits: 0, misses: 1 });
    expect(second.cacheStats.annotate).toEqual({ hits: 4, misses: 1 });
    expect(linked(second)).toEqual(linked(uncached));
    expect(second.articles.some((a) => a.body.includes('met Pete Hegseth'))).toBe(true);
  });

  it('keeps the annotations a build served the links instead of, for the build after it', async () => {
    const { second, build, paths } = await twoBuilds(() => {});
    expect(second.cacheStats.link).toEqual({ hits: 1, misses: 0 });
    const name = Object.keys(files)[1]!;
    const { articlesDir } = paths;
    writeFileSync(join(articlesDir, name), `${readFileSync(join(articlesDir, name), 'utf8')}\n\nA new closing sentence about the talks.\n`);
    const third = (await build()).corpus;
    expect(third.cacheStats.link).toEqual({ hits: 0, misses: 1 });
    expect(third.cacheStats.annotate).toEqual({ hits: 4, misses: 1 });
  });

  it('links again when an article is removed', async () => {
    const { second, uncached } = await twoBuilds(({ articlesDir }) => rmSync(join(articlesDir, Object.keys(files)[0]!)));
    expect(second.cacheStats.link).toEqual({ hits: 0, misses: 1 });
    expect(second.articles).toHaveLength(4);
    expect(linked(second)).toEqual(linked(uncached));
  });

  it('links again when either registry changes', async () => {
    const entities = await twoBuilds(({ entitiesFile }) => writeFileSync(entitiesFile, '- id: department-of-defense\n  name: U.S. Department of Defense\n  type: organization\n  aliases: [Pentagon, Department of War, DoW]\n'));
    expect(entities.second.cacheStats.link).toEqual({ hits: 0, misses: 1 });
    expect(linked(entities.second)).toEqual(linked(entities.uncached));
    expect(linked(entities.second)).not.toEqual(linked(entities.first));
    const outlets = await twoBuilds(({ outletsFile }) => writeFileSync(outletsFile, `${OUTLETS}- id: the-decoder\n  name: The Decoder\n  domains: [the-decoder.com]\n`));
    expect(outlets.second.cacheStats.link).toEqual({ hits: 0, misses: 1 });
    expect(linked(outlets.second)).toEqual(linked(outlets.uncached));
  });
});

describe('openCorpus: links read only when asked for', () => {
  const bundled = new URL('../../content/articles/', import.meta.url).pathname;
  const files = Object.fromEntries(readdirSync(bundled).map((f) => [f, readFileSync(join(bundled, f))]));

  it('with links in the cache, reads them only on completion, giving what a build without the cache gives', async () => {
    const paths = contentFolder(files);
    const cacheDir = mkdtempSync(join(tmpdir(), 'corpus-cache-'));
    roots.push(cacheDir);
    const first = openCacheStore(cacheDir, 'v1');
    const cold = await openCorpus(paths, { cache: first, deferLinks: true });
    // Nothing to read: linked while opening.
    expect(cold.cacheStats().link).toEqual({ hits: 0, misses: 1 });
    first.save();

    const second = openCacheStore(cacheDir, 'v1');
    const warm = await openCorpus(paths, { cache: second, deferLinks: true });
    // Saved before completion, as a build does: the links only checked for are kept.
    second.save();
    expect(warm.inputKey).toBe(cold.inputKey);
    expect(warm.cacheStats().link).toEqual({ hits: 0, misses: 0 });
    expect(warm.cacheStats().render).toBeUndefined();
    const corpus = await warm.complete();
    expect(corpus.cacheStats.link).toEqual({ hits: 1, misses: 0 });
    expect(corpus.cacheStats.render).toEqual({ hits: 5, misses: 0 });
    // The opened corpus counts what completing it read (the build log asks it, not the corpus).
    expect(warm.cacheStats()).toEqual(corpus.cacheStats);
    const uncached = (await loadCorpus(paths)).corpus;
    expect({ ...corpus, timings: [], cacheStats: {}, threads: 0 }).toEqual({ ...uncached, timings: [], cacheStats: {}, threads: 0 });
  });

  it('has an input key that changes with any article or registry, and none without a cache', async () => {
    const paths = contentFolder(files);
    const cacheDir = mkdtempSync(join(tmpdir(), 'corpus-cache-'));
    roots.push(cacheDir);
    const keyNow = async () => (await openCorpus(paths, { cache: openCacheStore(cacheDir, 'v1'), deferLinks: true })).inputKey;
    const before = await keyNow();
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    const name = Object.keys(files)[3]!;
    const text = readFileSync(join(paths.articlesDir, name), 'utf8');
    writeFileSync(join(paths.articlesDir, name), `${text}\n\nOne more sentence.\n`);
    const edited = await keyNow();
    expect(edited).not.toBe(before);
    writeFileSync(join(paths.articlesDir, name), text);
    expect(await keyNow()).toBe(before);
    writeFileSync(paths.entitiesFile, '- id: pentagon\n  name: Pentagon\n  type: organization\n');
    expect(await keyNow()).not.toBe(before);
    expect((await openCorpus(paths, { deferLinks: true })).inputKey).toBeUndefined();
  });
});
