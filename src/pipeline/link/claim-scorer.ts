import { readFileSync } from 'node:fs';
import { PAIR_FEATURES, type PairFeatureName } from './pair-features.ts';

/**
 * A logistic-regression scorer over pair features: the probability that two mentions state the same claim.
 * The weights and the two thresholds are fit on the labelled tuning half by scripts/fit-claim-scorer.ts and
 * checked in as data/claim-scorer.json; nothing here is set by hand.
 */
export interface ClaimScorer {
  bias: number;
  weights: Record<PairFeatureName, number>;
  /** Same claim at this probability or above (chosen for precision ≥ 0.9 on the tuning half). */
  sameAt: number;
  /** Similar report at this probability or above (chosen for precision ≥ 0.6 on the tuning half). */
  similarAt: number;
  /** Clustering: two groups merge when their average cross-pair probability reaches this… */
  joinAt: number;
  /** …and no cross pair is below this (no chaining through weak links). */
  pairFloor: number;
}

export function logit(scorer: ClaimScorer, f: Readonly<Record<PairFeatureName, number>>): number {
  let z = scorer.bias;
  for (const name of PAIR_FEATURES) z += scorer.weights[name] * f[name];
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

let loaded: ClaimScorer | undefined;

/** The checked-in scorer, read once per thread. */
export function claimScorer(): ClaimScorer {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(new URL('./data/claim-scorer.json', import.meta.url), 'utf8')) as ClaimScorer;
    for (const name of PAIR_FEATURES) if (typeof raw.weights[name] !== 'number') throw new Error(`claim-scorer.json has no weight for ${name}`);
    loaded = raw;
  }
  return loaded;
}
