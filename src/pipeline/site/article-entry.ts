import type { ArticleEntry } from '../../schemas/article-entry.ts';
import type { Article } from '../../schemas/article.ts';
import type { Corpus } from '../corpus.ts';
import { renderBody } from '../render/render-body.ts';

/**
 * What the site stores for one article: its data with the entities linking found, and its body as HTML
 * with those mentions linked. Depends on the whole corpus, so it is recomputed whenever any article changes.
 */
export function articleEntry(corpus: Corpus, article: Article): { data: ArticleEntry; html: string } {
  const found = corpus.entities.byArticle.get(article.id) ?? { entities: [], links: [] };
  const byId = new Map(corpus.entities.entities.map((e) => [e.id, e]));
  const entities = found.entities.flatMap((id) => {
    const e = byId.get(id);
    return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
  });
  const entityLinks = found.links.map(({ surface, entity }) => ({ surface, href: `/entities/${entity}/`, title: byId.get(entity)?.name ?? surface }));
  const inArticle = corpus.claims.byArticle.get(article.id) ?? [];
  const claimMarks = inArticle.map((c) => ({
    block: c.block,
    text: c.text,
    anchor: `claim-${c.claim}`,
    href: `/claims/${c.claim}/`,
    label: c.sources > 1 ? `${c.sources - 1} other ${c.sources - 1 === 1 ? 'outlet' : 'outlets'}` : 'only here',
    shared: c.sources > 1,
  }));
  const claims = inArticle.map((c) => ({ id: c.claim, text: c.text, sources: c.sources }));
  return { data: { ...article, entities, claims, story: corpus.storyOf.get(article.id) ?? '' }, html: renderBody(article.body, { entityLinks, claimMarks }) };
}
