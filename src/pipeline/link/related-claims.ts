import type { Claim } from '../../schemas/claim.ts';
import { STOP_LEMMAS } from '../nlp/claim-words.ts';
import { pushTo } from '../multimap.ts';
import { topRanked } from './top-ranked.ts';

/** What relating claims needs to know beyond the claims themselves. */
export interface RelatedContext {
  /** The story of each article (known once stories are clustered). */
  storyOf: ReadonlyMap<string, string>;
  /** How many articles mention each entity: few means rare, specific to something. */
  articlesOfEntity: ReadonlyMap<string, number>;
  /** How many articles there are. */
  articles: number;
  /** The claims whose lists are wanted (any claim can be in a list); all when absent. */
  wanted?: (claim: Claim) => boolean;
}

/**
 * Content words of a claim's statement, written in lower case ("designated", "risk"): capitalized words are names,
 * which the entities already count.
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{L}[\p{L}’'-]*/gu) ?? []) {
    if (!/^\p{Ll}/u.test(w)) continue;
    const word = w.replace(/[’']s$/, '');
    if (word.length >= 4 && !STOP_LEMMAS.has(word)) out.add(word);
  }
  return out;
}

/**
 * An entity named by few articles: at most 2 % of them, and never more than 50 (never fewer than 3, so a small
 * corpus still has rare entities). A story's main actors and any common word that slipped through are not rare.
 */
export function rareLimit(articles: number): number {
  return Math.min(50, Math.max(3, Math.floor(articles * 0.02)));
}

/**
 * Each claim's six most related claims. Related means evidence beyond one shared name: the same story (then
 * ranked by shared speaker, entities and words), or, across stories, a shared rare entity plus two or more shared
 * content words. Candidates come from inverted indexes (story, speaker, entity), never from all pairs.
 */
// The claims read per key of one story: a key shared by more says little about which of them relate most.
const POSTING_LIMIT = 60;

/** Calls `visit` on the first POSTING_LIMIT entries of a posting (without copying it). */
function eachOf(posting: readonly number[] | undefined, visit: (j: number) => void): void {
  if (!posting) return;
  for (let k = 0; k < posting.length && k < POSTING_LIMIT; k++) visit(posting[k]!);
}

export function relatedClaims(claims: readonly Claim[], context: RelatedContext): Map<string, string[]> {
  const limit = rareLimit(context.articles);
  const storiesOf = claims.map((c) => new Set(c.mentions.map((m) => context.storyOf.get(m.article)).filter((s): s is string => s !== undefined)));
  const keysOf = claims.map((c) => new Set([...(c.speaker ? [`s:${c.speaker}`] : []), ...c.entities.map((e) => `e:${e}`)]));
  const wordsOf = claims.map((c) => contentWords(c.text));
  const rareOf = claims.map((c) => new Set(c.entities.filter((e) => (context.articlesOfEntity.get(e) ?? 0) <= limit)));
  const byStory = new Map<string, number[]>();
  const byRareWord = new Map<string, number[]>();
  const byStoryKey = new Map<string, number[]>();
  claims.forEach((_, i) => {
    for (const s of storiesOf[i]!) {
      pushTo(byStory, s, i);
      for (const key of keysOf[i]!) pushTo(byStoryKey, `${s}\u0000${key}`, i);
      for (const w of wordsOf[i]!) pushTo(byStoryKey, `${s}\u0000w:${w}`, i);
    }
    for (const e of rareOf[i]!) for (const w of wordsOf[i]!) pushTo(byRareWord, `${e}\u0000${w}`, i);
  });
  const out = new Map<string, string[]>();
  claims.forEach((c, i) => {
    if (context.wanted && !context.wanted(c)) return;
    const scores = new Map<string, number>();
    const shared = (j: number) => {
      let keys = 0;
      for (const k of keysOf[i]!) if (keysOf[j]!.has(k)) keys += k.startsWith('s:') ? 2 : 1;
      let words = 0;
      for (const w of wordsOf[i]!) if (wordsOf[j]!.has(w)) words++;
      return { keys, words };
    };
    // Same story: related, ranked by what they share. The story's claims sharing a speaker, an entity or a word come
    // from (story, key) postings, which also add up what they share, so no pair is compared word by word; only when
    // those give fewer than six do the story's first claims fill in. (Reading up to 400 of the story's claims for
    // each claim took 6.3 s of a 4,000-article build.)
    const inStory = new Map<number, number>();
    for (const s of storiesOf[i]!) {
      for (const key of keysOf[i]!) {
        const weight = key.startsWith('s:') ? 2 : 1;
        eachOf(byStoryKey.get(`${s}\u0000${key}`), (j) => j !== i && inStory.set(j, (inStory.get(j) ?? 1) + weight));
      }
      for (const w of wordsOf[i]!) {
        eachOf(byStoryKey.get(`${s}\u0000w:${w}`), (j) => j !== i && inStory.set(j, (inStory.get(j) ?? 1) + 0.25));
      }
    }
    for (const [j, score] of inStory) scores.set(claims[j]!.id, score);
    const sameStory = (j: number) => {
      if (j === i || scores.has(claims[j]!.id)) return;
      const { keys, words } = shared(j);
      scores.set(claims[j]!.id, 1 + keys + words / 4);
    };
    if (scores.size < 6) for (const s of storiesOf[i]!) for (const j of byStory.get(s)!.slice(0, 12)) sameStory(j);
    // Other stories: a rare entity in common, and two or more words in common, counted through (entity, word)
    // postings rather than by comparing every claim that names the entity.
    const hits = new Map<number, number>();
    for (const e of rareOf[i]!) {
      for (const w of wordsOf[i]!) {
        eachOf(byRareWord.get(`${e}\u0000${w}`), (j) => j !== i && hits.set(j, (hits.get(j) ?? 0) + 1));
      }
    }
    for (const [j, n] of hits) {
      if (n < 2 || scores.has(claims[j]!.id)) continue;
      const { keys, words } = shared(j);
      if (words >= 2) scores.set(claims[j]!.id, keys + words / 4);
    }
    out.set(c.id, topRanked(scores, 6).map(([id]) => id));
  });
  return out;
}
