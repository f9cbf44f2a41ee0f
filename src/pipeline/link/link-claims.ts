import { createHash } from 'node:crypto';
import type { ClaimFeatures } from './claim-features.ts';
import type { Disagreement } from './claim-conflicts.ts';
import { claimScorer, type ClaimScorer } from './claim-scorer.ts';
import { scorePair, scoringContext, type PairScore } from './claim-similarity.ts';
import { dayOf } from './pair-features.ts';
import { wordVectors, type WordVectors } from './word-vectors.ts';
import { pushTo } from '../multimap.ts';

/** A claim: one statement as every article that carries it words it. */
export interface LinkedClaim {
  id: string;
  /** Indexes into the feature list; the first is the reference wording (earliest, then fullest). */
  members: number[];
  /** Pairs of a member and a mention elsewhere that report it with a detail told differently. */
  conflicts: ({ a: number; b: number } & Pick<Disagreement, 'reason' | 'words'>)[];
  /** Ids of claims (in other articles) likely to be paraphrases of this one, not certain enough to be the same. */
  similar: string[];
}

export interface ClaimLinkOptions {
  /** Tokens carried by more claims than this are too common to suggest a pair (blocking). */
  maxPosting: number;
  /** Pairs published further apart than this many days are not compared. */
  windowDays: number;
  /** A candidate pair shares at least this many rare tokens (a quote trigram counts two). */
  minShared: number;
}

export const DEFAULT_LINK_OPTIONS: ClaimLinkOptions = { maxPosting: 60, windowDays: 30, minShared: 2 };


/**
 * Candidate pairs by blocking, never all pairs: an inverted index over each claim's rare tokens (entity ids,
 * lemmas) and quote trigrams; a posting longer than `maxPosting` is skipped as uninformative. A pair needs two
 * shared rare tokens or one shared quote trigram, different articles, and dates within the window.
 * Work is O(Σ postings²) ≤ O(n · k · maxPosting) for n claims with k tokens each: linear in n.
 */
export function candidatePairs(features: readonly ClaimFeatures[], options: ClaimLinkOptions): [number, number][] {
  // Tokens and quote trigrams in postings of their own: a word and a trigram never share a key.
  const tokenPostings = new Map<string, number[]>();
  const quotePostings = new Map<string, number[]>();
  for (const f of features) {
    for (const t of f.tokens) pushTo(tokenPostings, t, f.index);
    for (const s of f.shingles) pushTo(quotePostings, s, f.index);
  }
  const usable = (list: readonly number[] | undefined): list is readonly number[] => list !== undefined && list.length >= 2 && list.length <= options.maxPosting;
  const days = features.map((f) => dayOf(f.published));
  const window = options.windowDays;
  // Per mention `a`, what each later mention `b` shares with it, summed in one array reset after each `a` (a map
  // per pair made most of this function's time and garbage). Pairs come out in (a, b) order.
  const shared = new Int32Array(features.length);
  const touched: number[] = [];
  const add = (a: number, list: readonly number[], weight: number) => {
    for (const b of list) {
      if (b <= a) continue;
      if (shared[b] === 0) touched.push(b);
      shared[b]! += weight;
    }
  };
  const pairs: [number, number][] = [];
  for (const fa of features) {
    const a = fa.index;
    for (const t of fa.tokens) {
      const list = tokenPostings.get(t);
      if (usable(list)) add(a, list, 1);
    }
    for (const q of fa.shingles) {
      const list = quotePostings.get(q);
      if (usable(list)) add(a, list, 2);
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      const count = shared[b]!;
      shared[b] = 0;
      if (count < options.minShared || fa.article === features[b]!.article) continue;
      const da = days[a];
      const db = days[b];
      if (da !== undefined && db !== undefined && Math.abs(da - db) > window) continue;
      pairs.push([a, b]);
    }
    touched.length = 0;
  }
  return pairs;
}

/**
 * Rarity weights from document frequency alone: ln(1 + 500/df). Unlike classic IDF it does not depend on the
 * corpus size, so an unrelated article (sharing none of a pair's words) cannot shift that pair's score — and a
 * claim's membership and id stay put.
 */
export function idfOf(features: readonly ClaimFeatures[]): (token: string) => number {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  // Each weight computed once: scoring reads every token of both claims for every pair.
  const weights = new Map<string, number>();
  for (const [token, n] of df) weights.set(token, Math.log(1 + 500 / Math.max(1, n)));
  const unseen = Math.log(1 + 500 / 1);
  return (token) => weights.get(token) ?? unseen;
}

function referenceOrder(features: readonly ClaimFeatures[]) {
  return (a: number, b: number) => {
    const fa = features[a]!;
    const fb = features[b]!;
    const pa = fa.published ?? '9999';
    const pb = fb.published ?? '9999';
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (fa.mention.text.length !== fb.mention.text.length) return fb.mention.text.length - fa.mention.text.length;
    return fa.article < fb.article ? -1 : fa.article > fb.article ? 1 : fa.mention.sentence - fb.mention.sentence;
  };
}

/** A claim's id hashes its reference wording and article: stable while that mention leads the claim. */
function claimId(f: ClaimFeatures): string {
  const text = f.mention.text.toLowerCase().replace(/\s+/g, ' ').trim();
  return 'c' + createHash('sha256').update(`${f.article}\u0000${text}`).digest('hex').slice(0, 10);
}

/**
 * Links claim mentions across articles: score candidate pairs with the fitted scorer, then merge clusters from the
 * strongest same-claim pair down. Two clusters merge only if no article would appear twice, no cross pair is a
 * conflict or scores below the scorer's `pairFloor`, and their average cross score reaches its `joinAt`: a member
 * must be close to the whole claim, never just to one member, so a claim cannot grow through a chain of weak links.
 * Pairs between `similarAt` and the same-claim level (or kept apart by those rules) that end in different claims
 * become similar reports. Unlinked mentions stay single-source claims.
 */
export function linkClaims(
  features: readonly ClaimFeatures[],
  options: ClaimLinkOptions = DEFAULT_LINK_OPTIONS,
  scorer: ClaimScorer = claimScorer(),
  vectors: WordVectors = wordVectors(),
): LinkedClaim[] {
  const ctx = scoringContext(idfOf(features), scorer, vectors);
  const cache = new Map<number, PairScore>();
  const n = features.length;
  const score = (a: number, b: number): PairScore => {
    // A number, not a string, per pair: exact below 2^53, so for any corpus with fewer than 94 million claims.
    const key = a < b ? a * n + b : b * n + a;
    let s = cache.get(key);
    if (!s) {
      s = a < b ? scorePair(features[a]!, features[b]!, ctx) : scorePair(features[b]!, features[a]!, ctx);
      cache.set(key, s);
    }
    return s;
  };
  const scored = candidatePairs(features, options)
    .map(([a, b]) => ({ a, b, ...score(a, b) }))
    .filter((p) => p.score >= scorer.similarAt);
  const links = scored.filter((p) => p.conflict === undefined && p.score >= scorer.sameAt).sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);

  const clusterOf = features.map((_, i) => i);
  const members = new Map<number, number[]>(features.map((_, i) => [i, [i]]));
  for (const { a, b } of links) {
    const ca = clusterOf[a]!;
    const cb = clusterOf[b]!;
    if (ca === cb) continue;
    const A = members.get(ca)!;
    const B = members.get(cb)!;
    const articles = new Set(A.map((i) => features[i]!.article));
    if (B.some((i) => articles.has(features[i]!.article))) continue;
    let total = 0;
    let clash = false;
    // One clash refuses the merge: stop there (near-copies of one claim otherwise re-read every cross pair).
    for (const x of A) {
      for (const y of B) {
        const s = score(x, y);
        if (s.conflict || s.score < scorer.pairFloor) {
          clash = true;
          break;
        }
        total += s.score;
      }
      if (clash) break;
    }
    if (clash || total / (A.length * B.length) < scorer.joinAt) continue;
    const merged = [...A, ...B];
    members.set(ca, merged);
    members.delete(cb);
    for (const i of B) clusterOf[i] = ca;
  }

  const order = referenceOrder(features);
  const idOfCluster = new Map<number, string>();
  for (const [root, list] of members) {
    list.sort(order);
    idOfCluster.set(root, claimId(features[list[0]!]!));
  }
  // Conflicts and similar reports are recorded on both claims; each lists the other claim's id.
  const conflictsOf = new Map<number, LinkedClaim['conflicts']>();
  const similarOf = new Map<number, Set<string>>();
  for (const p of scored) {
    const ca = clusterOf[p.a]!;
    const cb = clusterOf[p.b]!;
    if (ca === cb) continue;
    if (p.conflict) {
      const { reason, words } = p.conflict;
      pushTo(conflictsOf, ca, { a: p.a, b: p.b, reason, words });
      pushTo(conflictsOf, cb, { a: p.b, b: p.a, reason, words: [words[1], words[0]] });
    } else {
      for (const [x, y] of [[ca, cb], [cb, ca]] as const) {
        const set = similarOf.get(x) ?? new Set<string>();
        set.add(idOfCluster.get(y)!);
        similarOf.set(x, set);
      }
    }
  }
  const claims: LinkedClaim[] = [];
  for (const [root, list] of members) {
    const own = (conflictsOf.get(root) ?? []).sort((x, y) => x.a - y.a || x.b - y.b);
    const similar = [...(similarOf.get(root) ?? [])].sort();
    claims.push({ id: idOfCluster.get(root)!, members: list, conflicts: own, similar });
  }
  return claims.sort((x, y) => (x.id < y.id ? -1 : 1));
}
