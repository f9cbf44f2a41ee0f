import type { Article, DerivedFrom } from '../../schemas/article.ts';

/** The articles with what copy detection found: `derivedFrom` on each article that copies another. */
export function withDerived(cleaned: Article[], derived: ReadonlyMap<string, DerivedFrom>): Article[] {
  return cleaned.map((a) => (derived.has(a.id) ? { ...a, derivedFrom: derived.get(a.id)! } : a));
}
