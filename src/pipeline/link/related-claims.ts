import type { Claim } from '../../schemas/claim.ts';
import { pushTo } from '../multimap.ts';
import { topRanked } from './top-ranked.ts';

/** A claim's keys for relating it to others: its speaker (worth 2) and each entity (worth 1), once each. */
function relatedKeys(c: Claim): { key: string; weight: number }[] {
  return [...new Set([...(c.speaker ? [`s:${c.speaker}`] : []), ...c.entities.map((e) => `e:${e}`)])].map((key) => ({ key, weight: key.startsWith('s:') ? 2 : 1 }));
}

/** Each claim's six most related claims, by shared speaker and entities. */
export function relatedClaims(claims: readonly Claim[]): Map<string, string[]> {
  // Inverted index from speaker and entity to claims: related claims come from shared keys, never from all pairs.
  const keysOf = claims.map(relatedKeys);
  const byKey = new Map<string, string[]>();
  claims.forEach((c, i) => {
    for (const { key } of keysOf[i]!) pushTo(byKey, key, c.id);
  });
  const out = new Map<string, string[]>();
  claims.forEach((c, i) => {
    const counts = new Map<string, number>();
    for (const { key, weight } of keysOf[i]!) {
      const list = byKey.get(key)!;
      // Very common keys (the story's main actors) say little; skip them when they tie half the corpus together.
      if (list.length > 200) continue;
      for (const other of list) if (other !== c.id) counts.set(other, (counts.get(other) ?? 0) + weight);
    }
    out.set(c.id, topRanked(counts, 6).map(([id]) => id));
  });
  return out;
}
