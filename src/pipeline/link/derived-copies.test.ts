import { describe, expect, it } from 'vitest';
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import { findDerivedCopies, sourceKey } from './derived-copies.ts';

function article(id: string, outlet: string, published: string | undefined, extra: Partial<Article> = {}): Article {
  return {
    id,
    title: `Title ${id}`,
    outlet: { id: outlet, name: outlet },
    ...(published ? { published } : {}),
    tags: [],
    cites: [],
    extra: {},
    body: 'Body.',
    provenance: { file: `${id}.md`, format: 'markdown', digest: 'a'.repeat(64), inferred: [], removedChrome: [] },
    ...extra,
  };
}

function claim(id: string, articles: string[]): Claim {
  return {
    id,
    text: `Claim ${id}`,
    kind: 'statement',
    similar: [],
    sources: articles.length,
    mentions: articles.map((a) => ({ article: a, text: `Claim ${id}`, anchor: `/articles/${a}/#claim-${id}`, outlet: 'x' })),
    entities: [],
    conflicts: [],
    related: [],
  };
}

const story = (ids: string[]) => new Map(ids.map((id) => [id, 'sabcdef0123']));

describe('findDerivedCopies', () => {
  it('an article repeating most claims of an earlier one from another outlet is its copy', () => {
    const original = article('orig', 'techcrunch', '2026-02-28');
    const copy = article('copy', 'blog', '2026-03-01');
    // 3 of the copy's 4 claims are also the original's: 75 % ≥ 60 %.
    const claims = [claim('c1', ['orig', 'copy']), claim('c2', ['orig', 'copy']), claim('c3', ['orig', 'copy']), claim('c4', ['copy'])];
    const derived = findDerivedCopies([original, copy], claims, story(['orig', 'copy']));
    expect(derived.get('copy')).toMatchObject({ reason: 'repeats-claims', article: 'orig', outlet: { id: 'techcrunch' } });
    expect(derived.has('orig')).toBe(false);
  });

  it('sharing a few claims is ordinary coverage, not copying', () => {
    const a = article('a', 'techcrunch', '2026-02-28');
    const b = article('b', 'engadget', '2026-03-01');
    // 2 of b's 5 claims are shared: 40 % < 60 %.
    const claims = [claim('c1', ['a', 'b']), claim('c2', ['a', 'b']), claim('c3', ['b']), claim('c4', ['b']), claim('c5', ['b'])];
    expect(findDerivedCopies([a, b], claims, story(['a', 'b'])).size).toBe(0);
  });

  it('the later article is the copy, never the earlier one', () => {
    const a = article('a', 'techcrunch', '2026-03-02');
    const b = article('b', 'blog', '2026-03-01');
    const claims = [claim('c1', ['a', 'b']), claim('c2', ['a', 'b']), claim('c3', ['a', 'b'])];
    const derived = findDerivedCopies([a, b], claims, story(['a', 'b']));
    expect(derived.get('a')?.article).toBe('b');
    expect(derived.has('b')).toBe(false);
  });

  it('a rewrite that cites its source gets the earliest article of that outlet in the same story as its original', () => {
    const tc1 = article('tc1', 'techcrunch', '2026-02-28');
    const tc2 = article('tc2', 'techcrunch', '2026-03-01');
    const rewrite = article('rw', 'unknown', undefined, {
      derivedFrom: { outlet: { id: 'techcrunch', name: 'TechCrunch' }, reason: 'cites-source', evidence: 'According to TechCrunch AI, …' },
    });
    const derived = findDerivedCopies([tc1, tc2, rewrite], [], story(['tc1', 'tc2', 'rw']));
    expect(derived.get('rw')).toMatchObject({ reason: 'cites-source', article: 'tc1' });
  });

  it('counts a copy with its original: the source key is the original outlet', () => {
    const copy = article('copy', 'unknown', undefined);
    const derived = new Map([['copy', { outlet: { id: 'techcrunch', name: 'TechCrunch' }, reason: 'repeats-claims' as const, evidence: '' }]]);
    expect(sourceKey(copy, derived)).toBe('techcrunch');
    expect(sourceKey(article('other', 'unknown', undefined), derived)).toBe('unknown:other');
  });
});
