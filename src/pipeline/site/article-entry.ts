import type { ArticleEntry } from '../../schemas/article-entry.ts';
import type { Article } from '../../schemas/article.ts';
import type { LinkedCorpus } from '../corpus.ts';
import type { RenderInput } from '../render/render-body.ts';
import { pageScope } from './page-scope.ts';
import { attributionOf } from '../export/claims-export.ts';

// One id → item map per list, built once: building it per article made the article collection quadratic.
const maps = new WeakMap<readonly { id: string }[], Map<string, unknown>>();
function byIdOf<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let map = maps.get(list);
  if (!map) maps.set(list, (map = new Map(list.map((item) => [item.id, item]))));
  return map as Map<string, T>;
}

/**
 * What rendering one article's body needs: the Markdown, and the entity links and claim marks to put in it.
 * Depends on other articles (what they share with this one), so it is recomputed on every build; the rendering
 * itself is cached by the digest of all three.
 */
export function articleRenderInput(corpus: LinkedCorpus, article: Article): RenderInput {
  const found = corpus.entities.byArticle.get(article.id) ?? { entities: [], links: [] };
  const byId = byIdOf(corpus.entities.entities);
  const claimById = byIdOf(corpus.claims.claims);
  // Only entities with a page are linked; the others stay plain text.
  const entityLinks = found.links.flatMap(({ surface, entity }) => {
    const e = byId.get(entity);
    return e && pageScope.entity(e) ? [{ surface, href: `/entities/${entity}/`, title: e.name }] : [];
  });
  const claimMarks = (corpus.claims.byArticle.get(article.id) ?? []).map((c) => ({
    block: c.block,
    text: c.text,
    anchor: `claim-${c.claim}`,
    // A claim only this article makes has no page to go to: its mark says so without a link.
    ...(pageScope.claim(claimById.get(c.claim)!) ? { href: `/claims/${c.claim}/` } : {}),
    label: c.sources > 1 ? `${c.sources - 1} other ${c.sources - 1 === 1 ? 'outlet' : 'outlets'}` : 'only here',
    shared: c.sources > 1,
  }));
  return { markdown: article.body, entityLinks, claimMarks };
}

/** What the site stores for one article: its data with the entities and claims linking found. */
export function articleEntryData(corpus: LinkedCorpus, article: Article): ArticleEntry {
  const found = corpus.entities.byArticle.get(article.id) ?? { entities: [], links: [] };
  const byId = byIdOf(corpus.entities.entities);
  const entities = found.entities.flatMap((id) => {
    const e = byId.get(id);
    return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
  });
  const claimById = byIdOf(corpus.claims.claims);
  const claims = (corpus.claims.byArticle.get(article.id) ?? []).map((c) => {
    const claim = claimById.get(c.claim)!;
    if (pageScope.claim(claim)) return { id: c.claim, text: c.text, sources: c.sources };
    const m = claim.mentions[0]!;
    const mention = attributionOf(m);
    const single = { text: claim.text, kind: claim.kind, ...(claim.speaker ? { speaker: claim.speaker } : {}), entities: claim.entities, conflicts: claim.conflicts, similar: claim.similar, mention };
    return { id: c.claim, text: c.text, sources: c.sources, single };
  });
  const { body: _body, extra: _extra, ...kept } = article;
  return { ...kept, entities, claims, story: corpus.storyOf.get(article.id) ?? '' };
}
