/** Whether `x` ranks before `y`: higher count first, then by id (ids are distinct, so the order is total). */
const ranksBefore = (x: [string, number], y: [string, number]) => x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);

/** The `k` first entries in rank order, as a full sort then `slice(0, k)` would give, without sorting them all. */
export function topRanked(counts: Iterable<[string, number]>, k: number): [string, number][] {
  const top: [string, number][] = [];
  if (k <= 0) return top;
  for (const entry of counts) {
    if (top.length === k && !ranksBefore(entry, top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && ranksBefore(entry, top[at - 1]!)) at--;
    top.splice(at, 0, entry);
    if (top.length > k) top.pop();
  }
  return top;
}
