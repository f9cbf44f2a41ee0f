import { describe, expect, it } from 'vitest';
import type { Story } from '../../schemas/story.ts';
import { claimsByArticle, coverageGrid } from './coverage-grid.ts';

type StoryArticle = Story['articles'][number];
type StoryClaim = Story['claims'][number];

const article = (id: string, outlet: string): StoryArticle => ({ id, title: `Title ${id}`, outlet: { id: outlet, name: outlet.toUpperCase() } });
const claim = (id: string, articles: string[], sources = 2): StoryClaim => ({
  id,
  text: `Claim ${id}`,
  kind: 'statement',
  sources,
  in: articles.map((a) => ({ article: a, anchor: `/articles/${a}/#claim-${id}` })),
});

describe('coverageGrid', () => {
  const articles = [article('a1', 'cnn'), article('a2', 'bbc'), article('a3', 'cnn'), article('a4', 'unknown'), article('a5', 'unknown')];

  it('makes one column per outlet in order of first appearance, and one per article of an unknown outlet', () => {
    const { columns } = coverageGrid(articles, []);
    expect(columns.map((c) => c.key)).toEqual(['cnn', 'bbc', 'unknown:a4', 'unknown:a5']);
    expect(columns[0]!.articles.map((a) => a.id)).toEqual(['a1', 'a3']);
  });

  it("puts each mention in its outlet's cell, in story order, and leaves the other cells empty", () => {
    const { rows } = coverageGrid(articles, [claim('c1', ['a3', 'a2', 'a1']), claim('c2', ['a5', 'a2'])]);
    expect(rows.map((r) => r.cells.map((cell) => cell.map((x) => x.article.id)))).toEqual([
      [['a1', 'a3'], ['a2'], [], []],
      [[], ['a2'], [], ['a5']],
    ]);
    expect(rows[0]!.cells[0]![1]!.anchor).toBe('/articles/a3/#claim-c1');
  });

  it('ignores mentions of articles outside the story and counts a repeated mention once', () => {
    const { rows } = coverageGrid(articles, [claim('c1', ['a1', 'elsewhere', 'a1'])]);
    expect(rows[0]!.cells.map((cell) => cell.length)).toEqual([1, 0, 0, 0]);
  });

  it('grows with the outlets, not the articles: 300 articles from 3 outlets make 3 columns', () => {
    const many = Array.from({ length: 300 }, (_, i) => article(`x${i}`, ['cnn', 'bbc', 'npr'][i % 3]!));
    const { columns, rows } = coverageGrid(many, [claim('c1', many.map((a) => a.id))]);
    expect(columns).toHaveLength(3);
    expect(rows[0]!.cells.map((cell) => cell.length)).toEqual([100, 100, 100]);
  });
});

describe('claimsByArticle', () => {
  it('lists each claim under every article carrying it, articles in story order, and leaves out articles with none', () => {
    const articles = [article('a1', 'cnn'), article('a2', 'bbc'), article('a3', 'npr')];
    const groups = claimsByArticle(articles, [claim('c1', ['a3'], 1), claim('c2', ['a1', 'a3'], 1), claim('c3', ['a3', 'a3'], 1)]);
    expect(groups.map((g) => [g.article.id, g.claims.map((c) => c.id)])).toEqual([
      ['a1', ['c2']],
      ['a3', ['c1', 'c2', 'c3']],
    ]);
  });
});
