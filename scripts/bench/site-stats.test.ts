import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePageSizes, eagerJavaScript, htmlFiles, samplePages } from './site-stats.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('samplePages', () => {
  it('shares the sample out between page kinds, evenly spaced within each', () => {
    const pages = [...Array.from({ length: 10 }, (_, i) => `articles/a${i}/index.html`), 'index.html', 'search/index.html'];
    const sample = samplePages(pages, 5);
    expect(sample).toEqual(['articles/a0/index.html', 'articles/a3/index.html', 'articles/a6/index.html', 'index.html', 'search/index.html']);
  });
});

describe('site stats', () => {
  const dir = site({
    'index.html': '<script type="application/ld+json">{"a":1}</script><p>home</p>',
    'articles/a/index.html': 'x'.repeat(100),
    'articles/b/index.html': 'x'.repeat(300),
    'articles/c/index.html': 'x'.repeat(200),
    'search/index.html': '<script>var a=1;</script><script type="module" src="/_astro/page.js"></script><script src="https://cdn.example/x.js"></script>',
    '_astro/page.js': 'import{a as b}from"./chunk.js";import("./lazy.js");b();',
    '_astro/chunk.js': 'export const a=()=>1;',
    '_astro/lazy.js': 'x'.repeat(5000),
  });

  it('counts pages and article page sizes', () => {
    expect(htmlFiles(dir)).toHaveLength(5);
    expect(articlePageSizes(dir)).toEqual({ pages: 3, medianBytes: 200, maxBytes: 300, maxPage: 'articles/b/index.html' });
  });

  it('counts inline scripts, script files and their static imports, not JSON or dynamic imports', () => {
    const js = eagerJavaScript(dir, htmlFiles(dir));
    const expected = 'var a=1;'.length + 'import{a as b}from"./chunk.js";import("./lazy.js");b();'.length + 'export const a=()=>1;'.length;
    expect(js).toMatchObject({ sampled: 5, maxBytes: expected, maxPage: 'search/index.html', unresolved: ['https://cdn.example/x.js'] });
  });
});
