import type { ClaimFeatures } from './claim-features.ts';
import { disagreement, type Disagreement } from './claim-conflicts.ts';
import { claimScorer, logit, sigmoid, type ClaimScorer } from './claim-scorer.ts';
import { addSoftFeatures, cheapPairFeatures, softBounds, type Idf, type PairFeatureName } from './pair-features.ts';
import { wordVectors, type WordVectors } from './word-vectors.ts';

export { compatibleSpeakers } from './pair-features.ts';

function mapValues<K extends PairFeatureName>(o: Record<K, number>, f: (v: number, k: K) => number): Record<K, number> {
  const out = { ...o };
  for (const k of Object.keys(o) as K[]) out[k] = f(o[k], k);
  return out;
}

export interface PairScore {
  /** Probability that the two mentions state the same claim (the fitted scorer's output). */
  score: number;
  /** Set when the two would be the same claim but report a detail differently: never linked, shown as a disagreement. */
  conflict?: Disagreement;
}

export interface ScoringContext {
  idf: Idf;
  scorer: ClaimScorer;
  vectors: WordVectors;
}

export function scoringContext(idf: Idf, scorer: ClaimScorer = claimScorer(), vectors: WordVectors = wordVectors()): ScoringContext {
  return { idf, scorer, vectors };
}

/**
 * How likely two mentions state the same claim: the fitted scorer over their pair features. The soft features
 * (every word against every word by vectors) are computed only when they could lift the pair to a similar report.
 * A pair that reaches the similar-report threshold once its disagreement features (other numbers, negation) are
 * set aside, and that differs in a detail worth showing, is a conflict: the same claim told differently.
 */
export function scorePair(a: ClaimFeatures, b: ClaimFeatures, ctx: ScoringContext): PairScore {
  const { scorer } = ctx;
  const f = cheapPairFeatures(a, b, ctx.idf);
  // The highest logit the soft features could give: each at its bound where its weight is positive, else 0.
  const upper = softBounds(a, b, ctx.idf);
  const bound = logit(scorer, { ...f, ...mapValues(upper, (v, name) => (scorer.weights[name] > 0 ? v : 0)) });
  const neutralBound = bound - Math.min(0, scorer.weights.otherNumbers) * f.otherNumbers - Math.min(0, scorer.weights.negation) * f.negation;
  if (sigmoid(neutralBound) < scorer.similarAt) return { score: sigmoid(bound) };
  addSoftFeatures(f, a, b, ctx.idf, ctx.vectors);
  const score = sigmoid(logit(scorer, f));
  const neutral = f.otherNumbers === 0 && f.negation === 0 ? score : sigmoid(logit(scorer, { ...f, otherNumbers: 0, negation: 0 }));
  // Likely paraphrases (a similar report or better) that tell a detail differently disagree: "Greek stocks closed
  // down 3" vs "plunged 5" score below the same-claim level precisely because the number differs.
  if (neutral >= scorer.similarAt) {
    const conflict = disagreement(a, b);
    // Kept below the same-claim level: at most a similar report.
    if (conflict?.otherClaim) return { score: Math.min(score, scorer.sameAt - 1e-6) };
    if (conflict) return { score: neutral, conflict };
  }
  return { score };
}
