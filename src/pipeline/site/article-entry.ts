import type { ArticleEntry } from '../../schemas/article-entry.ts';
import type { Article } from '../../schemas/article.ts';
import type { Corpus } from '../corpus.ts';
import { digestOf } from '../cache/digest.ts';
import type { StageCache } from '../cache/stage-cache.ts';
import { renderBody } from '../render/render-body.ts';
import { pageScope } from './page-scope.ts';

// One id → item map per list, built once: building it per article made the article collection quadratic.
const maps = new WeakMap<readonly { id: string }[], Map<string, unknown>>();
function byIdOf<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let map = maps.get(list);
  if (!map) maps.set(list, (map = new Map(list.map((item) => [item.id, item]))));
  return map as Map<string, T>;
}

/**
 * What the site stores for one article: its data with the entities linking found, and its body as HTML
 * with those mentions linked. Depends on the whole corpus, so it is recomputed whenever any article changes.
 */
export function articleEntry(corpus: Corpus, article: Article, cache?: StageCache<string>): { data: ArticleEntry; html: string } {
  const found = corpus.entities.byArticle.get(article.id) ?? { entities: [], links: [] };
  const byId = byIdOf(corpus.entities.entities);
  const claimById = byIdOf(corpus.claims.claims);
  const entities = found.entities.flatMap((id) => {
    const e = byId.get(id);
    return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
  });
  // Only entities with a page are linked; the others stay plain text.
  const entityLinks = found.links.flatMap(({ surface, entity }) => {
    const e = byId.get(entity);
    return e && pageScope.entity(e) ? [{ surface, href: `/entities/${entity}/`, title: e.name }] : [];
  });
  const inArticle = corpus.claims.byArticle.get(article.id) ?? [];
  const claimMarks = inArticle.map((c) => ({
    block: c.block,
    text: c.text,
    anchor: `claim-${c.claim}`,
    // A claim only this article makes has no page to go to: its mark says so without a link.
    ...(pageScope.claim(claimById.get(c.claim)!) ? { href: `/claims/${c.claim}/` } : {}),
    label: c.sources > 1 ? `${c.sources - 1} other ${c.sources - 1 === 1 ? 'outlet' : 'outlets'}` : 'only here',
    shared: c.sources > 1,
  }));
  const claims = inArticle.map((c) => ({ id: c.claim, text: c.text, sources: c.sources }));
  // Rendering depends only on the body and the marks and links put in it: cached by their digest, a body
  // whose links changed because another article changed is rendered again.
  const key = cache ? digestOf('render', article.body, JSON.stringify(entityLinks), JSON.stringify(claimMarks)) : '';
  let html = cache?.get(key);
  if (html === undefined) {
    html = renderBody(article.body, { entityLinks, claimMarks });
    cache?.set(key, html);
  }
  return { data: { ...article, entities, claims, story: corpus.storyOf.get(article.id) ?? '' }, html };
}
