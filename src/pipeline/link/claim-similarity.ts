import type { ClaimFeatures } from './claim-features.ts';

export interface PairScore {
  score: number;
  /** Why two claims that read alike cannot be the same claim. */
  conflict?: 'numbers' | 'negation';
}

/** Weighted overlap: the shared words' weight over the lighter side's weight (a short paraphrase inside a long sentence still counts). */
function weightedOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (token: string) => number): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of a) {
    const w = idf(t);
    wa += w;
    if (b.has(t)) shared += w;
  }
  for (const t of b) wb += idf(t);
  const lighter = Math.min(wa, wb);
  return lighter === 0 ? 0 : shared / lighter;
}

// A quotation of a few words ("domestic mass surveillance") is a phrase, not evidence of the same claim.
const MIN_SHINGLES = 4;

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.max(MIN_SHINGLES, Math.min(a.size, b.size));
}

const CONFLICT_AT = 0.7;
const SWAPPED_NAMES = 0.7;

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

/** Whether `x` names something `y` does not (read in place: this runs for every candidate pair). */
function namesOnly(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const t of x) if (t.startsWith('@') && !y.has(t)) return true;
  return false;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * How likely two mentions state the same claim, in [0, 1]: the larger of verbatim quote containment and
 * IDF-weighted word overlap (entities as ids), halved for a paraphrase credited to an incompatible speaker.
 * A pair that would link but disagrees on numbers or on negation is a conflict: the same claim reported
 * differently.
 */
export function scorePair(a: ClaimFeatures, b: ClaimFeatures, idf: (token: string) => number): PairScore {
  const quote = containment(a.shingles, b.shingles);
  const words = weightedOverlap(a.tokens, b.tokens, idf);
  let score = Math.max(quote, words);
  // Different speakers make a paraphrase unlikely to be the same claim. A whole quotation that matches is the
  // same claim whoever the article credits: speaker attribution is the weaker signal ("said Zadan and Meron").
  const verbatim = quote >= 0.8 && Math.min(a.shingles.size, b.shingles.size) >= MIN_SHINGLES;
  if (a.speaker && b.speaker && !compatibleSpeakers(a.speaker, b.speaker) && !verbatim) score *= 0.5;
  // The same sentence about someone else ("on Amazon cloud" vs "on Oracle cloud"): each side names what the other
  // does not, in the same role. Names are the claim's subject matter, so a swap weighs more than other words.
  if (!verbatim && namesOnly(a.tokens, b.tokens) && namesOnly(b.tokens, a.tokens)) score *= SWAPPED_NAMES;

  // Vetoes: below this score a disagreement just means "not the same claim"; above it, the same claim told differently.
  const vetoOnly = score < CONFLICT_AT;
  const numbersA = a.mention.numbers;
  const numbersB = b.mention.numbers;
  if (numbersA.length > 0 && numbersB.length > 0 && !sameSet(numbersA, numbersB) && !numbersA.every((n) => numbersB.includes(n)) && !numbersB.every((n) => numbersA.includes(n))) {
    return vetoOnly ? { score: 0 } : { score, conflict: 'numbers' };
  }
  if (a.mention.negated !== b.mention.negated && quote < 0.8) return vetoOnly ? { score: 0 } : { score, conflict: 'negation' };
  return { score };
}
