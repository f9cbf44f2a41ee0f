/**
 * Builds the site from a temporary articles folder holding one article per format (Markdown in a
 * subfolder, a whole HTML page full of unsafe markup, plain text) and checks the pages and the data export.
 */
import { createRequire } from 'node:module';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlesExportSchema, ClaimsExportSchema, EntitiesExportSchema } from '../../src/schemas/export.ts';
import { astroBuild, listFiles, parseHtml, rawTags, readText, removeDir, tempDir, writeFiles, type RunResult } from './support/build.ts';

interface Expected {
  id: string;
  file: string;
  format: 'markdown' | 'html' | 'text';
  title: string;
  outlet: string;
  published?: string;
  url?: string;
  inferred: string[];
}

// Reuters is in content/outlets.yaml with the domain reuters.com: the Markdown article names no outlet,
// so the outlet comes from its URL (and is therefore inferred).
const MARKDOWN = `---
title: "Harbour workers end week-long strike after pay deal"
url: "https://www.reuters.com/world/harbour-workers-end-strike-2026-03-02/"
published: 2026-03-02
author: Jane Roe
summary: "Port workers accepted a four percent raise over two years."
---
Harbour workers voted on **Monday** to end a week-long strike after the port authority offered a new pay deal.

## What changes

The agreement raises wages by four percent over two years, the union said.
`;

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council approves harbour budget after late-night vote</title>
<meta property="article:published_time" content="2026-03-01T09:30:00Z">
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Sam Writer">
<meta name="description" content="The city council approved the harbour budget by seven votes to four.">
<link rel="canonical" href="https://harbourgazette.example/news/council-vote">
<link rel="stylesheet" href="https://cdn.harbourgazette.example/site.css">
<script src="https://tracker.example/t.js"></script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<p>The city council approved the harbour budget shortly after midnight, ending a session that lasted nine hours.</p>
<script>alert(1)</script>
<p>Supporters said the budget <img src="https://images.example/budget-chart.png" alt="chart of the budget" onerror="alert(2)"> funds dredging and new cranes.</p>
<p>Read <a href="javascript:alert(3)" onclick="alert(4)">the full budget</a> on the council site.</p>
<p>Earlier coverage is on <a href="/news/budget-2026">the budget page</a>.</p>
<iframe src="https://www.youtube.com/embed/x" width="560" height="315"></iframe>
<p style="color:red" onmouseover="alert(5)">Opponents said the cost of the project had doubled since it was first proposed.</p>
</article>
<footer>Copyright The Harbour Gazette</footer>
</body>
</html>
`;

const TEXT = `Bridge closure snarls commuter traffic across the river

Published February 27, 2026

The city closed the Elm Street bridge on Friday after inspectors found cracks in two of its supporting beams.

Commuters faced delays of up to an hour as traffic was diverted to the ring road.

Engineers expect repairs to take at least three weeks.
`;

const ARTICLES: Expected[] = [
  {
    // Subfolder joined with '-', underscores and case slugified.
    id: 'world-harbour-strike',
    file: 'world/Harbour_Strike.md',
    format: 'markdown',
    title: 'Harbour workers end week-long strike after pay deal',
    outlet: 'Reuters',
    published: '2026-03-02',
    url: 'https://www.reuters.com/world/harbour-workers-end-strike-2026-03-02/',
    inferred: ['outlet'],
  },
  {
    id: 'council-vote',
    file: 'Council Vote.html',
    format: 'html',
    title: 'Council approves harbour budget after late-night vote',
    outlet: 'The Harbour Gazette',
    published: '2026-03-01T09:30:00.000Z',
    url: 'https://harbourgazette.example/news/council-vote',
    inferred: [],
  },
  {
    id: 'bridge-closure',
    file: 'bridge-closure.txt',
    format: 'text',
    title: 'Bridge closure snarls commuter traffic across the river',
    // Plain text names no publisher.
    outlet: 'Unknown outlet',
    published: '2026-02-27',
    inferred: ['published', 'summary', 'title'],
  },
];

/** Newest first, as the home page lists them. */
const NEWEST_FIRST = ['world-harbour-strike', 'council-vote', 'bridge-closure'];

const byId = (id: string): Expected => ARTICLES.find((a) => a.id === id)!;

describe('astro build from an ARTICLES_DIR with one article per format', { concurrent: false }, () => {
  let articlesDir: string;
  let outDir: string;
  let build: RunResult;

  beforeAll(async () => {
    articlesDir = tempDir('folder-src');
    outDir = tempDir('folder-out');
    writeFiles(articlesDir, { 'world/Harbour_Strike.md': MARKDOWN, 'Council Vote.html': HTML, 'bridge-closure.txt': TEXT });
    build = await astroBuild(outDir, articlesDir);
  });

  afterAll(() => {
    removeDir(articlesDir);
    removeDir(outDir);
  });

  it('builds successfully', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('writes the home page, one page per article and the data files', () => {
    const files = listFiles(outDir);
    expect(files).toContain('index.html');
    for (const a of ARTICLES) expect(files).toContain(`articles/${a.id}/index.html`);
    expect(files).toContain('data/articles.json');
    expect(files).toContain('data/schema.json');
    expect(files.filter((f) => f.startsWith('articles/'))).toHaveLength(ARTICLES.length);
  });

  it('lists the three titles on the home page, newest first', () => {
    const html = readText(outDir, 'index.html');
    const positions = NEWEST_FIRST.map((id) => html.indexOf(byId(id).title));
    for (const p of positions) expect(p).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const links = selectAll('main li a[href^="/articles/"]', parseHtml(html));
    expect(links.map((a) => a.properties['href'])).toEqual(NEWEST_FIRST.map((id) => `/articles/${id}/`));
    expect(links.map((a) => toString(a).trim())).toEqual(NEWEST_FIRST.map((id) => byId(id).title));
  });

  describe.each(ARTICLES)('article page for $file', (a) => {
    const page = () => readText(outDir, `articles/${a.id}/index.html`);

    it('shows the title as the only <h1>', () => {
      const h1s = selectAll('h1', parseHtml(page()));
      expect(h1s.map((h) => toString(h).trim())).toEqual([a.title]);
    });

    it('shows the published date in a <time datetime>', () => {
      const time = select('article time[datetime]', parseHtml(page()));
      expect(time?.properties['dateTime']).toBe(a.published);
    });

    it('names the outlet', () => {
      const outlet = select('article .byline .outlet', parseHtml(page()));
      expect(outlet && toString(outlet).trim()).toBe(a.outlet);
    });

    it('links to the original URL when there is one', () => {
      const hrefs = selectAll('article a[href]', parseHtml(page())).map((el) => el.properties['href']);
      if (a.url) expect(hrefs).toContain(a.url);
      else expect(select('article p.original', parseHtml(page()))).toBeUndefined();
    });

    it('has a provenance section naming the source file', () => {
      const provenance = select('section.provenance', parseHtml(page()));
      expect(provenance).toBeDefined();
      const codes = selectAll('code', provenance!).map((c) => toString(c));
      expect(codes).toContain(a.file);
    });
  });

  describe('the unsafe HTML article', () => {
    const page = () => readText(outDir, 'articles/council-vote/index.html');

    it('contains no script, event handler, javascript: URL or iframe', () => {
      const html = page();
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/onerror|onclick|onmouseover/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/<iframe/i);
      expect(html).not.toMatch(/alert\(/);
      expect(html).not.toMatch(/tracker\.example/);
      for (const tag of rawTags(html)) {
        expect(tag.attrs.filter(([name]) => name.startsWith('on') || name === 'style'), tag.source).toEqual([]);
      }
    });

    it('keeps the article text but not the page furniture around it', () => {
      const article = toString(select('article', parseHtml(page()))!);
      expect(article).toContain('approved the harbour budget shortly after midnight');
      expect(article).toContain('Opponents said the cost of the project had doubled');
      expect(article).toContain('the full budget');
      expect(article).not.toContain('Copyright The Harbour Gazette');
      expect(article).not.toMatch(/\bHome\b/);
    });

    it('keeps the text of a link whose address was unsafe, without a dead link to the page itself', () => {
      const anchors = selectAll('article .body a', parseHtml(page()));
      const fullBudget = anchors.filter((el) => toString(el).includes('the full budget'));
      expect(fullBudget).toEqual([]);
      // Every link goes somewhere real: out to the web, or to one of our entity or claim pages.
      for (const el of anchors) expect(String(el.properties['href'] ?? '')).toMatch(/^(https?:|mailto:|\/entities\/[a-z0-9-]+\/$|\/claims\/c[0-9a-f]{10}\/$)/);
    });

    it('resolves links relative to the source page against its canonical URL', () => {
      const links = selectAll('article .body a[href]', parseHtml(page())).map((el) => String(el.properties['href']));
      expect(links).toContain('https://harbourgazette.example/news/budget-2026');
    });

    it('turns the image and the embed into plain links instead of loading them', () => {
      const links = selectAll('article .body a[href]', parseHtml(page())).map((el) => String(el.properties['href']));
      expect(links).toContain('https://images.example/budget-chart.png');
      expect(links).toContain('https://www.youtube.com/embed/x');
    });
  });

  it('loads nothing from another host anywhere in dist: absolute URLs only in <a href> (and the canonical link)', () => {
    const offenders: string[] = [];
    for (const file of listFiles(outDir)) {
      if (file.endsWith('.css')) {
        const css = readText(outDir, file);
        if (/url\(\s*['"]?\s*(?:https?:)?\/\/|@import\s+(?:url\()?\s*['"]?(?:https?:)?\/\//i.test(css)) offenders.push(`${file}: remote url() or @import`);
        continue;
      }
      if (!file.endsWith('.html')) continue;
      const html = readText(outDir, file);
      // Scripts only from our own build output (the search page's), never from elsewhere.
      for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*"([^"]*)"/gi)) if (!m[1]!.startsWith('/_astro/')) offenders.push(`${file}: <script src="${m[1]}">`);
      for (const tag of rawTags(html)) {
        for (const [name, value] of tag.attrs) {
          const remote = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value) && !/^\s*mailto:/i.test(value);
          if (!remote) {
            if (/^(src|srcset|poster|data|action|formaction|background)$/.test(name) && /(?:https?:)?\/\//i.test(value)) offenders.push(`${file}: ${tag.source}`);
            continue;
          }
          const isLink = tag.name === 'a' && name === 'href';
          const rel = tag.attrs.find(([n]) => n === 'rel')?.[1] ?? '';
          const isCanonical = tag.name === 'link' && name === 'href' && /(?:^|\s)canonical(?:\s|$)/i.test(rel);
          if (!isLink && !isCanonical) offenders.push(`${file}: ${tag.source}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  // Three unrelated articles: no claim or entity is shared, so none gets a page, yet every one is in the data.
  it('writes claim and entity pages only for what two articles share (or the registry curates), and links nothing else', () => {
    const files = listFiles(outDir);
    const claims = ClaimsExportSchema.parse(JSON.parse(readText(outDir, 'data/claims.json')));
    const entities = EntitiesExportSchema.parse(JSON.parse(readText(outDir, 'data/entities.json')));
    expect(claims.length).toBeGreaterThan(0);
    expect(entities.some((e) => !e.curated && e.articles.length === 1)).toBe(true);
    expect(files.filter((f) => /^claims\/c[0-9a-f]+\//.test(f))).toEqual([]);
    for (const e of entities) expect(files.includes(`entities/${e.id}/index.html`), e.id).toBe(e.curated || e.articles.length > 1);
    for (const c of claims) {
      const m = c.mentions[0]!;
      const tree = parseHtml(readText(outDir, `articles/${m.article}/index.html`));
      const mark = select(`mark#${m.anchor.split('#')[1]}`, tree);
      expect(mark, `mark for ${c.id}`).toBeDefined();
    }
    for (const a of ARTICLES) {
      const tree = parseHtml(readText(outDir, `articles/${a.id}/index.html`));
      expect(selectAll('a.claim-count', tree)).toEqual([]);
      for (const link of selectAll('a[href^="/entities/"]', tree)) {
        expect(files, String(link.properties['href'])).toContain(`${String(link.properties['href']).slice(1)}index.html`);
      }
    }
  });

  describe('/data/articles.json', () => {
    const records = () => JSON.parse(readText(outDir, 'data/articles.json')) as unknown;

    it('validates against ArticlesExportSchema', () => {
      const parsed = ArticlesExportSchema.safeParse(records());
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2)).toBe(true);
    });

    it('has the three articles sorted by id, each with its source file, format and inferred fields', () => {
      const data = ArticlesExportSchema.parse(records());
      expect(data.map((r) => r.id)).toEqual(ARTICLES.map((a) => a.id).sort());
      for (const r of data) {
        const a = byId(r.id);
        expect({ file: r.file, format: r.format, inferred: r.inferred }).toEqual({ file: a.file, format: a.format, inferred: a.inferred });
        expect(r.title).toBe(a.title);
        expect(r.outlet.name).toBe(a.outlet);
        expect(r.published).toBe(a.published);
        expect(r.url).toBe(a.url);
        // `inferred` is a set written in a stable order.
        expect(r.inferred).toEqual([...r.inferred].sort());
      }
    });
  });

  describe('/data/schema.json', () => {
    it('is a JSON Schema with a definition for articles.json', () => {
      const schema = JSON.parse(readText(outDir, 'data/schema.json')) as { $schema?: string; $defs?: Record<string, { type?: string }> };
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.$defs?.['articles.json']).toBeDefined();
      expect(schema.$defs?.['articles.json']?.type).toBe('array');
    });

    // Only when a JSON Schema validator is already installed (ajv comes in with @astrojs/check); nothing is installed for this.
    const require = createRequire(import.meta.url);
    let ajvPath: string | undefined;
    try {
      ajvPath = require.resolve('ajv/dist/2020');
    } catch {
      ajvPath = undefined;
    }

    it.skipIf(ajvPath === undefined)('validates articles.json (and rejects a broken record) with ajv', () => {
      interface ValidateFn {
        (data: unknown): boolean;
        errors?: unknown;
      }
      interface AjvLike {
        addFormat(name: string, format: RegExp | { validate: (s: string) => boolean }): unknown;
        addSchema(schema: unknown, key: string): unknown;
        getSchema(ref: string): ValidateFn | undefined;
      }
      const mod = require(ajvPath!) as { default?: new (opts: object) => AjvLike };
      const Ajv2020 = mod.default!;
      const ajv = new Ajv2020({ allErrors: true, strict: true });
      // ajv-formats is not installed: define the three formats the schema uses.
      ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
      ajv.addFormat('date-time', { validate: (s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)) });
      ajv.addFormat('uri', { validate: (s) => URL.canParse(s) });
      ajv.addSchema(JSON.parse(readText(outDir, 'data/schema.json')), 'schema.json');
      const validate = ajv.getSchema('schema.json#/$defs/articles.json');
      expect(validate).toBeDefined();
      const data = JSON.parse(readText(outDir, 'data/articles.json')) as Record<string, unknown>[];
      expect(validate!(data), JSON.stringify(validate!.errors, null, 2)).toBe(true);
      expect(validate!([{ ...data[0], id: 'Not A Slug' }])).toBe(false);
      expect(validate!([{ ...data[0], unexpected: true }])).toBe(false);
    });
  });
});
