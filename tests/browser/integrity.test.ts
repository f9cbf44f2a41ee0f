/**
 * Integrity of the built site, read from disk: internal links and fragments resolve, external links carry
 * rel="noopener noreferrer", the sitemap and the pages agree, and every page is valid HTML (html-validate).
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { checkLinks, fileFor, formatProblems, readSite, urlPathOf, type SiteFiles } from './support/links.ts';

const site = useSite({ browser: false });

describe('links', () => {
  it('every internal href/src resolves to a file, every #fragment to an id, and external links have rel="noopener noreferrer"', () => {
    const files = readSite(site.distDir);
    expect(files.html.size).toBeGreaterThanOrEqual(site.pages.length);
    const problems = checkLinks(files);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('the sitemap lists every page but 404.html, and each entry is a page in the site', () => {
    const files = readSite(site.distDir);
    const listed = site.sitemap.map((url) => new URL(url).pathname);
    const missing = listed.filter((path) => !fileFor(files.files, path)?.endsWith('.html'));
    expect(missing, 'sitemap entries without a page').toEqual([]);
    const pages = [...files.html.keys()].filter((f) => f !== '404.html').map(urlPathOf).sort();
    expect([...listed].sort()).toEqual(pages);
  });

  it('the checker catches a broken link, a missing anchor and an external link without rel (synthetic pages)', () => {
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    const synthetic: SiteFiles = {
      files: new Set(['index.html', 'articles/a/index.html', 'data/articles.json', 'favicon.svg']),
      html: new Map([
        [
          'index.html',
          page(
            [
              '<a href="#main">skip</a><main id="main"></main>',
              '<a href="/articles/a/">ok</a><a href="/articles/a">ok without slash</a><a href="articles/a/?x=1#intro">ok, relative with query</a>',
              '<a href="http://localhost:4321/data/articles.json">ok, absolute</a><link rel="icon" href="/favicon.svg">',
              '<a href="https://example.com/" rel="noopener noreferrer external">ok, external</a><a href="mailto:a@example.com">ok, mail</a>',
              '<a href="/articles/b/">broken</a><img src="/missing.png" alt="">',
              '<a href="/articles/a/#nowhere">missing anchor</a><a href="#gone">missing local anchor</a>',
              '<a href="https://example.com/x" rel="external">external without rel</a>',
              '<a href="/data/articles.json#x">fragment into JSON</a>',
            ].join(''),
          ),
        ],
        ['articles/a/index.html', page('<h2 id="intro">Intro</h2><a href="../../">ok, up</a><a href="../b/">broken, relative</a>')],
      ]),
    };
    const problems = checkLinks(synthetic).map((p) => `${p.page} ${p.where} ${p.url}: ${p.problem}`);
    expect(problems).toEqual([
      'articles/a/index.html <a href> ../b/: no file in the site for /articles/b/',
      'index.html <a href> /articles/b/: no file in the site for /articles/b/',
      'index.html <img src> /missing.png: no file in the site for /missing.png',
      'index.html <a href> /articles/a/#nowhere: no element with id="nowhere" in articles/a/index.html',
      'index.html <a href> #gone: no element with id="gone" in index.html',
      'index.html <a href> https://example.com/x: external link without rel noopener noreferrer (rel="external")',
      'index.html <a href> /data/articles.json#x: #x points into data/articles.json, which is not an HTML page',
    ]);
  });
});

describe('html-validate', () => {
  const config: ConfigData = {
    extends: ['html-validate:recommended'],
    rules: {
      // Page titles are "<article headline> · Who Reported What"; news headlines alone often exceed 70
      // characters. Truncating them would hide what the page is; the limit is a search-snippet guideline,
      // not a validity or accessibility rule.
      'long-title': 'off',
    },
  };
  const validator = new HtmlValidate(new StaticConfigLoader(config));

  it('every built HTML file is valid', async () => {
    const { html } = readSite(site.distDir);
    const errors: string[] = [];
    for (const [file, text] of html) {
      const report = await validator.validateString(text, file);
      for (const result of report.results) {
        for (const m of result.messages) {
          const excerpt = text.split('\n')[m.line - 1]?.slice(Math.max(0, m.column - 40), m.column + 80) ?? '';
          errors.push(`${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}\n  …${excerpt}…`);
        }
      }
    }
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the validator configuration still reports real errors', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>t</title></head><body><p><div>x</div></p><img src="a.png"></body></html>', 'synthetic.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('wcag/h37'); // <img> without alt
    expect(report.valid).toBe(false);
  });
});
