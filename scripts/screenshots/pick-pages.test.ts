import { describe, expect, it } from 'vitest';
import { pickClaim, pickStory } from './pick-pages.ts';

describe('pickStory', () => {
  it('takes the most sources, then the most articles, then the smaller id', () => {
    const stories = [
      { id: 's3', sources: 2, articles: [1, 2, 3, 4] },
      { id: 's2', sources: 3, articles: [1, 2, 3] },
      { id: 's1', sources: 3, articles: [1, 2, 3] },
      { id: 's0', sources: 3, articles: [1, 2] },
    ];
    expect(pickStory(stories)).toBe('s1');
  });

  it('has nothing to pick from no stories', () => {
    expect(pickStory([])).toBeUndefined();
  });
});

describe('pickClaim', () => {
  const mention = (article: string) => ({ article });
  it('only takes a claim found in two or more articles, which is what has a page', () => {
    const claims = [
      { id: 'c1', sources: 1, mentions: [mention('a'), mention('a')] },
      { id: 'c2', sources: 1, mentions: [mention('a'), mention('b')] },
    ];
    expect(pickClaim(claims)).toBe('c2');
    expect(pickClaim(claims.slice(0, 1))).toBeUndefined();
  });

  it('prefers more sources, then more articles', () => {
    const claims = [
      { id: 'c1', sources: 2, mentions: [mention('a'), mention('b'), mention('c')] },
      { id: 'c2', sources: 3, mentions: [mention('a'), mention('b'), mention('c')] },
      { id: 'c3', sources: 3, mentions: [mention('a'), mention('b'), mention('c'), mention('d')] },
    ];
    expect(pickClaim(claims)).toBe('c3');
  });
});
