import { describe, expect, it } from 'vitest';
import { searchScope } from './search-scope.ts';

describe('searchScope', () => {
  it('indexes stories of two or more articles', () => {
    expect(searchScope.story({ articles: [1, 2] })).toBe(true);
    expect(searchScope.story({ articles: [1] })).toBe(false);
  });

  it('indexes claims carried by two or more independent sources', () => {
    expect(searchScope.claim({ sources: 2 })).toBe(true);
    expect(searchScope.claim({ sources: 1 })).toBe(false);
  });

  it('indexes entities named in three or more articles, or curated', () => {
    expect(searchScope.entity({ articles: ['a', 'b', 'c'], curated: false })).toBe(true);
    expect(searchScope.entity({ articles: ['a', 'b'], curated: false })).toBe(false);
    expect(searchScope.entity({ articles: ['a'], curated: true })).toBe(true);
  });
});
