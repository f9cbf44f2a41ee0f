import type { Story } from '../../schemas/story.ts';
import { pushTo } from '../multimap.ts';

type StoryArticle = Story['articles'][number];
type StoryClaim = Story['claims'][number];

/** One column of a story's coverage grid: an outlet and its articles in the story, in story order. */
export interface CoverageColumn {
  key: string;
  outlet: StoryArticle['outlet'];
  articles: StoryArticle[];
}

/** One claim's row: for each column, the articles of that outlet that carry the claim, with the sentence's anchor. */
export interface CoverageRow {
  claim: StoryClaim;
  cells: { article: StoryArticle; anchor: string }[][];
}

/**
 * The story's claims × outlets grid. One column per outlet, not per article: a story of 300 articles from seven
 * outlets is a readable table of seven columns (one column per article made a 39 MB page at 20,000 articles), and
 * the grid's size follows claims × outlets, which the number of outlets bounds. Articles of an unknown outlet each
 * get a column, since nothing says they share a source. Built in one pass over the mentions.
 */
export function coverageGrid(articles: readonly StoryArticle[], claims: readonly StoryClaim[]): { columns: CoverageColumn[]; rows: CoverageRow[] } {
  const columns: CoverageColumn[] = [];
  const columnOf = new Map<string, number>();
  const byId = new Map<string, { article: StoryArticle; column: number }>();
  for (const article of articles) {
    const key = article.outlet.id === 'unknown' ? `unknown:${article.id}` : article.outlet.id;
    let column = columnOf.get(key);
    if (column === undefined) {
      column = columns.push({ key, outlet: article.outlet, articles: [] }) - 1;
      columnOf.set(key, column);
    }
    columns[column]!.articles.push(article);
    byId.set(article.id, { article, column });
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const rows = claims.map((claim) => {
    const cells: CoverageRow['cells'] = columns.map(() => []);
    const seen = new Set<string>();
    for (const mention of claim.in) {
      const found = byId.get(mention.article);
      if (!found || seen.has(mention.article)) continue;
      seen.add(mention.article);
      cells[found.column]!.push({ article: found.article, anchor: mention.anchor });
    }
    for (const cell of cells) if (cell.length > 1) cell.sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)!);
    return { claim, cells };
  });
  return { columns, rows };
}

/** Claims grouped by each article that carries them, in story order; articles carrying none are left out. */
export function claimsByArticle(articles: readonly StoryArticle[], claims: readonly StoryClaim[]): { article: StoryArticle; claims: StoryClaim[] }[] {
  const byArticle = new Map<string, StoryClaim[]>();
  for (const claim of claims) for (const article of new Set(claim.in.map((m) => m.article))) pushTo(byArticle, article, claim);
  return articles.flatMap((article) => {
    const list = byArticle.get(article.id);
    return list ? [{ article, claims: list }] : [];
  });
}
