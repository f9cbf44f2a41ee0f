/**
 * Appends `value` to the list under `key`. Copying the list on every append (`[...(map.get(k) ?? []), v]`)
 * costs O(n²) for a key with n values — a story of 1,000 articles or an entity in 20,000 claims.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
