/** B³ precision, recall and F1 of a system clustering against a gold clustering over the same items. */
export function bCubed(gold: ReadonlyMap<string, string>, system: ReadonlyMap<string, string>): { precision: number; recall: number; f1: number } {
  const members = (labels: ReadonlyMap<string, string>) => {
    const groups = new Map<string, Set<string>>();
    for (const [item, label] of labels) groups.set(label, (groups.get(label) ?? new Set()).add(item));
    return groups;
  };
  const goldGroups = members(gold);
  const systemGroups = members(system);
  let precision = 0;
  let recall = 0;
  const items = [...gold.keys()];
  for (const item of items) {
    const g = goldGroups.get(gold.get(item)!)!;
    const s = systemGroups.get(system.get(item) ?? `singleton:${item}`) ?? new Set([item]);
    let overlap = 0;
    for (const x of s) if (g.has(x)) overlap++;
    precision += overlap / s.size;
    recall += overlap / g.size;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
