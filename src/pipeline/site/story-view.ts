import type { Article, DerivedFrom } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Story } from '../../schemas/story.ts';
import type { EntityGraph } from '../link/resolve-entities.ts';
import { pushTo } from '../multimap.ts';

const byDate = (a: { published?: string | undefined; id: string }, b: { published?: string | undefined; id: string }) =>
  (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id);

/**
 * Builds every story's comparison from the corpus: one pass over articles and claims grouped by story.
 * `sourceOf` credits a derived copy to its original's outlet, so counts are of independent sources.
 */
export function buildStories(
  articles: readonly Article[],
  claims: readonly Claim[],
  storyOf: ReadonlyMap<string, string>,
  derived: ReadonlyMap<string, DerivedFrom>,
  entities: EntityGraph,
  sourceOf: (article: string) => string,
): Story[] {
  const members = new Map<string, Article[]>();
  for (const a of articles) {
    const id = storyOf.get(a.id);
    if (id) pushTo(members, id, a);
  }
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const story = storyOf.get(c.mentions[0]!.article);
    if (story) pushTo(claimsOf, story, c);
  }
  const entityName = new Map(entities.entities.map((e) => [e.id, e.name]));
  const stories: Story[] = [];
  for (const [id, list] of members) {
    const sorted = [...list].sort(byDate);
    const storyClaims = (claimsOf.get(id) ?? []).filter((c) => c.mentions.every((m) => storyOf.get(m.article) === id));
    const inStory = new Set(storyClaims.map((c) => c.id));
    const entityCounts = new Map<string, number>();
    for (const a of sorted) for (const e of entities.byArticle.get(a.id)?.entities ?? []) entityCounts.set(e, (entityCounts.get(e) ?? 0) + 1);
    const dated = sorted.filter((a) => a.published);
    stories.push({
      id,
      headline: sorted[0]!.title,
      articles: sorted.map((a) => ({
        id: a.id,
        title: a.title,
        outlet: { id: a.outlet.id, name: a.outlet.name },
        ...(a.published ? { published: a.published } : {}),
        ...(a.summary ? { lede: a.summary } : {}),
        ...(derived.get(a.id) ? { derivedFrom: derived.get(a.id)! } : {}),
      })),
      sources: new Set(sorted.map((a) => sourceOf(a.id))).size,
      ...(dated[0]?.published ? { first: dated[0].published } : {}),
      ...(dated.at(-1)?.published ? { last: dated.at(-1)!.published } : {}),
      claims: storyClaims
        .map((c) => ({
          id: c.id,
          text: c.text,
          kind: c.kind,
          sources: c.sources,
          ...(c.firstReported ? { firstReported: c.firstReported.published } : {}),
          in: c.mentions.map((m) => ({ article: m.article, anchor: m.anchor })),
        }))
        .sort((a, b) => b.sources - a.sources || (a.firstReported ?? '9999').localeCompare(b.firstReported ?? '9999') || a.id.localeCompare(b.id)),
      conflicts: storyClaims.flatMap((c) => c.conflicts.filter((x) => inStory.has(x.claim) && c.id < x.claim).map((x) => ({ claim: c.id, other: x.claim, reason: x.reason }))),
      entities: [...entityCounts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 20)
        .map(([e, count]) => ({ id: e, name: entityName.get(e) ?? e, count })),
    });
  }
  return stories.sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || a.id.localeCompare(b.id));
}
