import { describe, expect, it } from 'vitest';
import { claimScorer, logit, sigmoid, type ClaimScorer } from './claim-scorer.ts';
import { PAIR_FEATURES, type PairFeatureName } from './pair-features.ts';

const zero = Object.fromEntries(PAIR_FEATURES.map((n) => [n, 0])) as Record<PairFeatureName, number>;

describe('claim scorer', () => {
  it('is a logistic regression: bias plus weighted features', () => {
    const scorer: ClaimScorer = { bias: -2, weights: { ...zero, overlap: 3, otherSpeaker: -1, softLighter: 2, predicate: -0.5 }, sameAt: 0.9, similarAt: 0.6, joinAt: 0.8, pairFloor: 0.6 };
    expect(logit(scorer, { ...zero, overlap: 1, otherSpeaker: 1 })).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
    expect(logit(scorer, { ...zero, softLighter: 1, predicate: 1 })).toBe(-0.5);
  });

  it('the checked-in scorer has every weight and thresholds in order: similar below same, the floor at or above similar', () => {
    const s = claimScorer();
    for (const name of PAIR_FEATURES) expect(Number.isFinite(s.weights[name]), name).toBe(true);
    expect(s.similarAt).toBeLessThan(s.sameAt);
    expect(s.pairFloor).toBeGreaterThanOrEqual(s.similarAt);
    expect(s.joinAt).toBeLessThanOrEqual(s.sameAt);
    // Fitted evidence points the expected way: shared rare words and a shared quotation raise the probability.
    expect(s.weights.overlap).toBeGreaterThan(0);
    expect(s.weights.quote).toBeGreaterThan(0);
  });
});
