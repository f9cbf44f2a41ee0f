import { describe, expect, it } from 'vitest';
import { claimHref, entityHref, pageScope } from './page-scope.ts';

const mention = (article: string) => ({ article, anchor: `/articles/${article}/#claim-c0000000001` });

describe('pageScope.claim', () => {
  it('gives a page to a claim two articles make, not to one only one article makes (even twice)', () => {
    expect(pageScope.claim({ id: 'c0000000001', mentions: [mention('a'), mention('b')] })).toBe(true);
    expect(pageScope.claim({ id: 'c0000000001', mentions: [mention('a')] })).toBe(false);
    expect(pageScope.claim({ id: 'c0000000001', mentions: [mention('a'), mention('a')] })).toBe(false);
  });
});

describe('claimHref', () => {
  it('links a compared claim to its page and a single-article claim to its sentence', () => {
    expect(claimHref({ id: 'c0000000001', mentions: [mention('a'), mention('b')] })).toBe('/claims/c0000000001/');
    expect(claimHref({ id: 'c0000000001', mentions: [mention('a')] })).toBe('/articles/a/#claim-c0000000001');
  });
});

describe('entityHref', () => {
  it('links entities named in two articles or curated, and nothing else', () => {
    expect(entityHref({ id: 'acme', articles: ['a', 'b'], curated: false })).toBe('/entities/acme/');
    expect(entityHref({ id: 'pentagon', articles: ['a'], curated: true })).toBe('/entities/pentagon/');
    expect(entityHref({ id: 'smith', articles: ['a'], curated: false })).toBeUndefined();
    expect(entityHref(undefined)).toBeUndefined();
  });
});
