import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKeyFor, dependencyId, digestOfDependencies, nextPageRecords, type PageRecords } from './page-dependencies.ts';

const digests = (entries: Record<string, string>) => (dep: string) => entries[dep];

describe('cacheKeyFor', () => {
  const record = { key: 'k1', deps: ['articles:a', 'stories:s'], digest: digestOfDependencies(['articles:a', 'stories:s'], digests({ 'articles:a': '1', 'stories:s': '7' })) };
  let n = 0;
  const fresh = () => `fresh-${++n}`;

  it('gives the previous key back when everything the page read is unchanged', () => {
    expect(cacheKeyFor(record, digests({ 'articles:a': '1', 'stories:s': '7', 'articles:b': '9' }), fresh)).toBe('k1');
  });

  it('gives a fresh key when anything the page read changed or is gone', () => {
    expect(cacheKeyFor(record, digests({ 'articles:a': '2', 'stories:s': '7' }), fresh)).toMatch(/^fresh-/);
    expect(cacheKeyFor(record, digests({ 'articles:a': '1' }), fresh)).toMatch(/^fresh-/);
  });

  it('gives a fresh key to a page it has no record of, and fresh keys never repeat', () => {
    const keys = new Set(Array.from({ length: 50 }, () => cacheKeyFor(undefined, digests({}))));
    expect(keys.size).toBe(50);
  });

  it('notices a dependency that appears where the page found nothing before', () => {
    const before = { key: 'k', deps: ['entities:x'], digest: digestOfDependencies(['entities:x'], digests({})) };
    expect(cacheKeyFor(before, digests({}), fresh)).toBe('k');
    expect(cacheKeyFor(before, digests({ 'entities:x': '1' }), fresh)).not.toBe('k');
  });
});

describe('digestOfDependencies', () => {
  it('does not depend on the order of the reads', () => {
    const of = digests({ a: '1', b: '2' });
    expect(digestOfDependencies(['a', 'b'], of)).toBe(digestOfDependencies(['b', 'a'], of));
    expect(digestOfDependencies(['a', 'b'], of)).not.toBe(digestOfDependencies(['a'], of));
  });

  it('does not confuse ids and digests that run together', () => {
    expect(digestOfDependencies(['a'], digests({ a: 'bc' }))).not.toBe(digestOfDependencies(['ab'], digests({ ab: 'c' })));
  });
});

describe('nextPageRecords', () => {
  const of = digests({ 'articles:a': '1', 'articles:b': '2' });
  const previous: PageRecords = {
    'articles/b': { key: 'kb', deps: ['articles:b'], digest: 'old' },
    'articles/gone': { key: 'kg', deps: ['articles:gone'], digest: 'old' },
  };

  it('records what a rendered page read, keeps the record of a reused page and forgets pages no longer built', () => {
    const next = nextPageRecords(new Map([['articles/a', 'ka'], ['articles/b', 'kb']]), new Map([['articles/a', new Set(['articles:a'])]]), previous, of);
    expect(Object.keys(next).sort()).toEqual(['articles/a', 'articles/b']);
    expect(next['articles/a']).toEqual({ key: 'ka', deps: ['articles:a'], digest: digestOfDependencies(['articles:a'], of) });
    expect(next['articles/b']).toBe(previous['articles/b']);
  });

  it('drops a page that neither rendered nor kept its previous key', () => {
    expect(nextPageRecords(new Map([['articles/b', 'other']]), new Map(), previous, of)).toEqual({});
  });
});

/**
 * The property that makes reuse safe, over builds of a small site whose pages read entries that lead to other
 * entries (a claim page reads its articles, each article names its story): whenever a page gets its previous key
 * back, rendering it now would write exactly the HTML kept from before.
 */
describe('incremental builds over changing data', () => {
  type Site = { claims: Record<string, string[]>; articles: Record<string, string>; stories: Record<string, string> };
  const render = (site: Site, claim: string, read: (dep: string) => void) => {
    read(dependencyId('claims', claim));
    return (site.claims[claim] ?? [])
      .map((article) => {
        read(dependencyId('articles', article));
        const story = site.articles[article];
        if (story === undefined) return `${article}:?`;
        read(dependencyId('stories', story));
        return `${article}:${site.stories[story] ?? '?'}`;
      })
      .join('|');
  };
  const digestsOf = (site: Site) => (dep: string) => {
    const [kind, id] = dep.split(':') as [keyof Site, string];
    const value = site[kind][id];
    return value === undefined ? undefined : JSON.stringify(value);
  };
  const ids = fc.constantFrom('a', 'b', 'c');
  const siteArb = fc.record({
    claims: fc.dictionary(fc.constantFrom('x', 'y'), fc.array(ids, { maxLength: 3 })),
    articles: fc.dictionary(ids, fc.constantFrom('s', 't')),
    stories: fc.dictionary(fc.constantFrom('s', 't'), fc.constantFrom('Bridge', 'Library')),
  });

  it('reuses a page only when its HTML would be the same', () => {
    let reused = 0;
    fc.assert(
      fc.property(fc.array(siteArb, { minLength: 2, maxLength: 5 }), (builds) => {
        let records: PageRecords = {};
        const kept = new Map<string, { key: string; html: string }>();
        for (const site of builds) {
          const digestOf = digestsOf(site);
          const keys = new Map<string, string>();
          const reads = new Map<string, Set<string>>();
          for (const claim of ['x', 'y']) {
            const key = cacheKeyFor(records[claim], digestOf);
            keys.set(claim, key);
            const read = new Set<string>();
            const html = render(site, claim, (dep) => read.add(dep));
            if (kept.get(claim)?.key === key) {
              reused++;
              expect(kept.get(claim)!.html).toBe(html);
            } else {
              reads.set(claim, read);
              kept.set(claim, { key, html });
            }
          }
          records = nextPageRecords(keys, reads, records, digestOf);
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: the random builds did reuse pages.
    expect(reused).toBeGreaterThan(0);
  });

  it('reuses every page when nothing changed', () => {
    const site: Site = { claims: { x: ['a', 'b'] }, articles: { a: 's', b: 't' }, stories: { s: 'Bridge', t: 'Library' } };
    const first = cacheKeyFor(undefined, digestsOf(site));
    const read = new Set<string>();
    render(site, 'x', (dep) => read.add(dep));
    const records = nextPageRecords(new Map([['x', first]]), new Map([['x', read]]), {}, digestsOf(site));
    expect(cacheKeyFor(records['x'], digestsOf(site))).toBe(first);
    // A story the page reached through an article changed its headline: the page renders again.
    expect(cacheKeyFor(records['x'], digestsOf({ ...site, stories: { s: 'Bridge', t: 'Museum' } }))).not.toBe(first);
  });
});
