// The story clustering as it was before its scoring went through the postings (2026-11-25): every candidate story
// tested against every key of the article. Kept as the oracle of a property test (src/pipeline/link/cluster-stories.test.ts)
// that the faster scoring groups every input exactly as this did.
import { createHash } from 'node:crypto';
import { pushTo } from '../../src/pipeline/multimap.ts';
import type { StoryClusterOptions, StoryInput } from '../../src/pipeline/link/cluster-stories.ts';

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
export function referenceClusterStories(articles: readonly StoryInput[], options: StoryClusterOptions): Map<string, string> {
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
    let best: { index: number; score: number } | undefined;
    for (const index of [...candidates].sort((x, y) => x - y)) {
      const story = stories[index]!;
      if (t !== undefined && story.first !== undefined && (t - story.first > options.windowDays * DAY || (story.last ?? t) - t > options.windowDays * DAY)) continue;
      let shared = 0;
      let own = 0;
      let sharedTerms = 0;
      for (const [k, w] of keys) {
        const kw = w * weight(k);
        own += kw;
        if (story.keys.has(k)) {
          shared += kw;
          if (k.startsWith('t:')) sharedTerms++;
        }
      }
      // The same people in other news is another story: an event needs shared words about what happened too.
      const score = own === 0 || sharedTerms === 0 ? 0 : shared / own;
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
