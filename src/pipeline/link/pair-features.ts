import type { ClaimFeatures } from './claim-features.ts';
import { rowCosine, type WordVectors } from './word-vectors.ts';

/**
 * The evidence that two claim mentions state the same claim, as numbers a fitted scorer weighs (claim-scorer.ts).
 * Each feature is one signal a reader would use: shared rare words, paraphrased words, shared quotation, the same
 * names and speaker, the same predicate, agreeing numbers, closeness in time.
 */
export const PAIR_FEATURES = [
  /** Shared words' rarity weight over the lighter side's. */
  'overlap',
  /** Shared words' weight over both sides' (Dice): penalizes a short claim inside a long sentence. */
  'dice',
  /** Soft alignment: each word of the lighter side matched to its closest word of the other by vectors, weighted by rarity. */
  'softLighter',
  /** The same from the heavier side. */
  'softHeavier',
  /** Verbatim quotation trigrams contained in the other's. */
  'quote',
  /** Jaccard of the entity ids named. */
  'entities',
  /** Each side names an entity the other does not (the same sentence about someone else). */
  'swappedNames',
  /** Both name a speaker, and it is the same one. */
  'sameSpeaker',
  /** Both name a speaker, and they differ. */
  'otherSpeaker',
  /** Closest pair of verbs by vectors (1 for the same lemma). */
  'predicate',
  /** Both state numbers and share one. */
  'sharedNumber',
  /** Both state numbers and share none. */
  'otherNumbers',
  /** One is negated, the other not. */
  'negation',
  /** ln(1 + days between publications). */
  'days',
  /** ln(1 + content words of the smaller side): overlap of two-word claims is weak evidence. */
  'size',
] as const;
export type PairFeatureName = (typeof PAIR_FEATURES)[number];

export type Idf = (token: string) => number;

function weights(tokens: ReadonlySet<string>, idf: Idf): number {
  let w = 0;
  for (const t of tokens) w += idf(t);
  return w;
}

/** Rarity-weighted share of `from`'s words found in `to`, exactly or (for words with vectors) by the closest cosine. */
export function softAlignment(from: ClaimFeatures, to: ClaimFeatures, idf: Idf, vectors: WordVectors): number {
  let total = 0;
  let matched = 0;
  for (const t of from.tokens) {
    const w = idf(t);
    total += w;
    if (to.tokens.has(t)) {
      matched += w;
      continue;
    }
    const row = from.rows.get(t);
    if (row === undefined) continue;
    let best = 0;
    for (const other of to.rows.values()) best = Math.max(best, rowCosine(vectors, row, other));
    // Below ~0.5 two words are merely related ("bridge"/"river"); only closer ones count, scaled from 0.
    matched += w * Math.max(0, (best - 0.5) / 0.5);
  }
  return total === 0 ? 0 : matched / total;
}

/** Whether `x` names something `y` does not. */
function namesOnly(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const t of x) if (t.startsWith('@') && !y.has(t)) return true;
  return false;
}

// A quotation of a few words ("domestic mass surveillance") is a phrase, not evidence of the same claim.
const MIN_SHINGLES = 4;

export function quoteContainment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.max(MIN_SHINGLES, Math.min(a.size, b.size));
}

/**
 * Two speaker ids name the same speaker when they are equal or one name's words are all in the other's:
 * an article that never gives the full name ("Boone Isaacs") has its own entity for "Cheryl Boone Isaacs".
 */
export function compatibleSpeakers(a: string, b: string): boolean {
  if (a === b) return true;
  const words = (id: string) => new Set(id.replace(/-in-.*$/, '').split('-'));
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return [...small].every((w) => large.has(w));
}

const DAY = 86_400_000;

export function dayOf(published: string | undefined): number | undefined {
  if (!published) return undefined;
  const t = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isNaN(t) ? undefined : t / DAY;
}

/** The cheap features (everything but the soft alignments, which compare every word with every word). */
export function cheapPairFeatures(a: ClaimFeatures, b: ClaimFeatures, idf: Idf): Record<PairFeatureName, number> {
  let shared = 0;
  for (const t of a.tokens) if (b.tokens.has(t)) shared += idf(t);
  const wa = weights(a.tokens, idf);
  const wb = weights(b.tokens, idf);
  const lighter = Math.min(wa, wb);
  const ea = new Set(a.entities);
  const sharedEntities = b.entities.filter((e) => ea.has(e)).length;
  const unionEntities = ea.size + b.entities.length - sharedEntities;
  const speakers = a.speaker !== undefined && b.speaker !== undefined;
  const same = speakers && compatibleSpeakers(a.speaker!, b.speaker!);
  const numbers = a.numbers.length > 0 && b.numbers.length > 0;
  const shareNumber = numbers && a.numbers.some((n) => b.numbers.includes(n));
  const da = dayOf(a.published);
  const db = dayOf(b.published);
  return {
    overlap: lighter === 0 ? 0 : shared / lighter,
    dice: wa + wb === 0 ? 0 : (2 * shared) / (wa + wb),
    softLighter: 0,
    softHeavier: 0,
    quote: quoteContainment(a.shingles, b.shingles),
    entities: unionEntities === 0 ? 0 : sharedEntities / unionEntities,
    swappedNames: namesOnly(a.tokens, b.tokens) && namesOnly(b.tokens, a.tokens) ? 1 : 0,
    sameSpeaker: same ? 1 : 0,
    otherSpeaker: speakers && !same ? 1 : 0,
    predicate: 0,
    sharedNumber: shareNumber ? 1 : 0,
    otherNumbers: numbers && !shareNumber ? 1 : 0,
    negation: a.negated !== b.negated ? 1 : 0,
    days: da === undefined || db === undefined ? 0 : Math.log1p(Math.abs(da - db)),
    size: Math.log1p(Math.min(a.tokens.size, b.tokens.size)),
  };
}

/** The most `softAlignment(from, to)` can be: every word that is shared or has a vector counted as matched. */
function softUpper(from: ClaimFeatures, to: ClaimFeatures, idf: Idf): number {
  let total = 0;
  let possible = 0;
  const vectors = to.rows.size > 0;
  for (const t of from.tokens) {
    const w = idf(t);
    total += w;
    if (to.tokens.has(t) || (vectors && from.rows.has(t))) possible += w;
  }
  return total === 0 ? 0 : possible / total;
}

/** Upper bounds of the soft features, cheap to compute: a pair that cannot reach a threshold with them skips the rest. */
export function softBounds(a: ClaimFeatures, b: ClaimFeatures, idf: Idf): Pick<Record<PairFeatureName, number>, 'softLighter' | 'softHeavier' | 'predicate'> {
  const [light, heavy] = weights(a.tokens, idf) <= weights(b.tokens, idf) ? [a, b] : [b, a];
  return { softLighter: softUpper(light, heavy, idf), softHeavier: softUpper(heavy, light, idf), predicate: a.verbs.length > 0 && b.verbs.length > 0 ? 1 : 0 };
}

/** Fills in the soft alignments and predicate similarity of cheap features (in place). */
export function addSoftFeatures(f: Record<PairFeatureName, number>, a: ClaimFeatures, b: ClaimFeatures, idf: Idf, vectors: WordVectors): Record<PairFeatureName, number> {
  const [light, heavy] = weights(a.tokens, idf) <= weights(b.tokens, idf) ? [a, b] : [b, a];
  f.softLighter = softAlignment(light, heavy, idf, vectors);
  f.softHeavier = softAlignment(heavy, light, idf, vectors);
  let predicate = 0;
  for (const x of a.verbs) {
    for (const y of b.verbs) {
      if (x === y) predicate = 1;
      else {
        const rx = a.rows.get(x);
        const ry = b.rows.get(y);
        if (rx !== undefined && ry !== undefined) predicate = Math.max(predicate, rowCosine(vectors, rx, ry));
      }
    }
  }
  f.predicate = predicate;
  return f;
}

export function pairFeatures(a: ClaimFeatures, b: ClaimFeatures, idf: Idf, vectors: WordVectors): Record<PairFeatureName, number> {
  return addSoftFeatures(cheapPairFeatures(a, b, idf), a, b, idf, vectors);
}
