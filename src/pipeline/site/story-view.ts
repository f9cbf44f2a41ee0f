import type { Article, DerivedFrom } from '../../schemas/article.ts';
import type { Claim, ClaimMention } from '../../schemas/claim.ts';
import type { EntityType } from '../../schemas/entity.ts';
import type { Story } from '../../schemas/story.ts';
import type { EntityGraph } from '../link/resolve-entities.ts';
import { pushTo } from '../multimap.ts';
import { claimHeadline } from './claim-statement.ts';

type StoryArticle = Pick<Story['articles'][number], 'id' | 'outlet'>;
type Quoted = Story['quoted'][number];

/** The grid's and the quote list's column key: an outlet, or each unknown-outlet article on its own. */
export const outletKey = (a: StoryArticle): string => (a.outlet.id === 'unknown' ? `unknown:${a.id}` : a.outlet.id);

/**
 * Who each outlet quotes: the people and organizations its articles credit with a claim (a quotation, reported
 * speech or "according to X"; a mention with no attribution credits no one), how often, how often in direct
 * quotation, how often only by inference (the sentence does not name them), and how many of the story's outlets
 * credit each. Outlets in story order; speakers most credited first.
 */
export function whoIsQuoted(
  articles: readonly StoryArticle[],
  mentions: Iterable<Pick<ClaimMention, 'article' | 'speaker' | 'speakerInferred' | 'attribution'>>,
  entityOf: (id: string) => { name: string; type: EntityType } | undefined,
): Quoted[] {
  interface Column {
    outlet: StoryArticle['outlet'];
    articles: string[];
    speakers: Map<string, { count: number; direct: number; inferred: number }>;
  }
  const columns = new Map<string, Column>();
  const keyOf = new Map<string, string>();
  for (const a of articles) {
    const key = outletKey(a);
    keyOf.set(a.id, key);
    const column: Column = columns.get(key) ?? { outlet: { id: a.outlet.id, name: a.outlet.name }, articles: [], speakers: new Map() };
    column.articles.push(a.id);
    columns.set(key, column);
  }
  const outletsOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = keyOf.get(m.article);
    if (key === undefined || m.speaker === undefined || m.attribution === 'none') continue;
    const type = entityOf(m.speaker)?.type;
    if (type !== 'person' && type !== 'organization') continue;
    const tally = columns.get(key)!.speakers;
    const entry = tally.get(m.speaker) ?? { count: 0, direct: 0, inferred: 0 };
    entry.count++;
    if (m.attribution === 'quote') entry.direct++;
    if (m.speakerInferred) entry.inferred++;
    tally.set(m.speaker, entry);
    const outlets = outletsOf.get(m.speaker) ?? new Set<string>();
    outlets.add(key);
    outletsOf.set(m.speaker, outlets);
  }
  return [...columns.values()].map((c) => ({
    outlet: c.outlet,
    articles: c.articles,
    speakers: [...c.speakers]
      .map(([id, { count, direct, inferred }]) => {
        const entity = entityOf(id)!;
        return { id, name: entity.name, type: entity.type as 'person' | 'organization', count, direct, inferred, outlets: outletsOf.get(id)!.size };
      })
      .sort((a, b) => b.count - a.count || b.direct - a.direct || a.name.localeCompare(b.name)),
  }));
}

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
  const entityById = new Map(entities.entities.map((e) => [e.id, e]));
  // Every mention in a story's articles, whichever claim it belongs to, for who each outlet quotes.
  const mentionsOf = new Map<string, Claim['mentions']>();
  for (const c of claims) for (const m of c.mentions) {
    const story = storyOf.get(m.article);
    if (story) pushTo(mentionsOf, story, m);
  }
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
          text: claimHeadline(c),
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
        .map(([e, count]) => ({ id: e, name: entityById.get(e)?.name ?? e, count })),
      quoted: whoIsQuoted(sorted, mentionsOf.get(id) ?? [], (e) => entityById.get(e)),
    });
  }
  return stories.sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || a.id.localeCompare(b.id));
}
