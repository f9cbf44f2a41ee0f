import { createHash } from 'node:crypto';
import { pushTo } from '../multimap.ts';

/** What story clustering needs to know about one article. */
export interface StoryInput {
  id: string;
  published?: string | undefined;
  /** Entity ids the article names, most salient first. */
  entities: readonly string[];
  /** Lemmas of the headline and lede's content words. */
  terms: readonly string[];
}

export interface StoryClusterOptions {
  /** An article joins a story at this similarity or above. */
  joinAt: number;
  /** Articles further apart than this many days are never one story. */
  windowDays: number;
  /** Keys (entities, terms) in more articles than this are too common to suggest a story. */
  maxPosting: number;
}

export const DEFAULT_STORY_OPTIONS: StoryClusterOptions = { joinAt: 0.2, windowDays: 14, maxPosting: 200 };

const DAY = 86_400_000;

function time(published: string | undefined): number | undefined {
  if (!published) return undefined;
  const t = Date.parse(published.length === 10 ? `${published}T12:00:00Z` : published);
  return Number.isNaN(t) ? undefined : t;
}

/** Entities weigh double: who and where define an event more than the words used about it. */
function keysOf(a: StoryInput): Map<string, number> {
  const keys = new Map<string, number>();
  for (const e of a.entities) keys.set(`e:${e}`, 2);
  for (const t of a.terms) if (!keys.has(`t:${t}`)) keys.set(`t:${t}`, 1);
  return keys;
}

/**
 * Groups articles about the same event into stories, deterministically and near-linearly: articles are taken in
 * date order (undated last, then by id); an inverted index over entities and headline/lede terms, skipping keys
 * more common than `maxPosting`, proposes the stories already holding articles that share keys; the article joins
 * the closest one (rarity-weighted overlap with the story's accumulated keys, within the time window) if it
 * reaches `joinAt`, or starts a new story. A story's id comes from its first article, so adding an unrelated
 * article changes no story id.
 */
export function clusterStories(articles: readonly StoryInput[], options: StoryClusterOptions = DEFAULT_STORY_OPTIONS): Map<string, string> {
  const df = new Map<string, number>();
  const keyed = articles.map((a) => ({ a, keys: keysOf(a), t: time(a.published) }));
  for (const { keys } of keyed) for (const k of keys.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const weight = (k: string) => Math.log(1 + 500 / (df.get(k) ?? 1));
  keyed.sort((x, y) => (x.t ?? Infinity) - (y.t ?? Infinity) || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));

  interface Story {
    id: string;
    keys: Map<string, number>;
    first?: number | undefined;
    last?: number | undefined;
  }
  const stories: Story[] = [];
  const postings = new Map<string, Set<number>>();
  // Stories whose first article is more than the window before the current one: no later dated article can join
  // them, so they leave the postings (else a key shared by every copy of a recurring event is scanned again for
  // each new article, quadratic in the number of copies). Undated articles, taken last, still see them.
  const retired = new Map<string, number[]>();
  const window = options.windowDays * DAY;
  const storyOf = new Map<string, string>();

  for (const { a, keys, t } of keyed) {
    const candidates = new Set<number>();
    for (const k of keys.keys()) {
      if ((df.get(k) ?? 0) > options.maxPosting) continue;
      const posting = postings.get(k);
      for (const s of posting ?? []) {
        const first = stories[s]!.first;
        if (t !== undefined && first !== undefined && t - first > window) {
          posting!.delete(s);
          pushTo(retired, k, s);
        } else candidates.add(s);
      }
      if (t === undefined) for (const s of retired.get(k) ?? []) candidates.add(s);
    }
    const inWindow = (index: number) => {
      const story = stories[index]!;
      return !(t !== undefined && story.first !== undefined && (t - story.first > options.windowDays * DAY || (story.last ?? t) - t > options.windowDays * DAY));
    };
    const eligible = [...candidates].filter(inWindow).sort((x, y) => x - y);
    // Shared weight per candidate, from the postings rather than by testing every key against every candidate (an
    // undated article can see thousands of stories). Added in the article's key order, as the candidates' scores
    // always were, so the sums are the same to the last bit.
    const shared = new Map<number, number>(eligible.map((i) => [i, 0]));
    const sharedTerms = new Map<number, number>(eligible.map((i) => [i, 0]));
    const addedFor = new Map<number, string>();
    let own = 0;
    for (const [k, w] of keys) {
      const kw = w * weight(k);
      own += kw;
      const add = (s: number) => {
        if (!shared.has(s) || addedFor.get(s) === k) return;
        addedFor.set(s, k);
        shared.set(s, shared.get(s)! + kw);
        if (k.startsWith('t:')) sharedTerms.set(s, sharedTerms.get(s)! + 1);
      };
      if ((df.get(k) ?? 0) > options.maxPosting) {
        for (const s of eligible) if (stories[s]!.keys.has(k)) add(s);
        continue;
      }
      // A story holds a rare key exactly when it is in the key's posting or was retired from it.
      for (const s of postings.get(k) ?? []) add(s);
      for (const s of retired.get(k) ?? []) add(s);
    }
    let best: { index: number; score: number } | undefined;
    for (const index of eligible) {
      // The same people in other news is another story: an event needs shared words about what happened too.
      const score = own === 0 || sharedTerms.get(index) === 0 ? 0 : shared.get(index)! / own;
      if (!best || score > best.score) best = { index, score };
    }
    let index: number;
    if (best && best.score >= options.joinAt) {
      index = best.index;
    } else {
      index = stories.length;
      stories.push({ id: 's' + createHash('sha256').update(a.id).digest('hex').slice(0, 10), keys: new Map(), first: t, last: t });
    }
    const story = stories[index]!;
    for (const [k, w] of keys) {
      story.keys.set(k, w);
      if ((df.get(k) ?? 0) <= options.maxPosting) (postings.get(k) ?? postings.set(k, new Set()).get(k)!).add(index);
    }
    if (t !== undefined) {
      story.first = story.first === undefined ? t : Math.min(story.first, t);
      story.last = story.last === undefined ? t : Math.max(story.last, t);
    }
    storyOf.set(a.id, story.id);
  }
  return storyOf;
}
