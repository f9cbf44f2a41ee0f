import type { Article, DerivedFrom } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import { pushTo } from '../multimap.ts';

// A copy repeats at least this share of its claims (and at least this many) from one earlier article.
const MIN_SHARE = 0.6;
const MIN_CLAIMS = 3;

function earlier(a: Article | undefined, b: Article): boolean {
  return a !== undefined && a.published !== undefined && b.published !== undefined ? a.published <= b.published : false;
}

/**
 * Which article each derived copy comes from. Three signals: a republication footer or a cited source found at
 * ingest (then the original is the earliest article of that outlet in the same story, when there is one), or an
 * article most of whose claims another, earlier article of another outlet also carries. Linear: one pass over
 * each article's claims, counting the other articles that share them.
 */
export function findDerivedCopies(articles: readonly Article[], claims: readonly Claim[], storyOf: ReadonlyMap<string, string>): Map<string, DerivedFrom> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) for (const m of c.mentions) pushTo(claimsOf, m.article, c);
  // Each outlet's earliest article per story, indexed once: finding an original is then a lookup, not a scan.
  const earliest = new Map<string, Article>();
  const order = (x: Article, y: Article) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id.localeCompare(y.id);
  for (const o of articles) {
    const key = `${storyOf.get(o.id)}\u0000${o.outlet.id}`;
    const seen = earliest.get(key);
    if (!seen || order(o, seen) < 0) earliest.set(key, o);
  }
  const result = new Map<string, DerivedFrom>();
  for (const a of articles) {
    if (a.derivedFrom) {
      const candidate = earliest.get(`${storyOf.get(a.id)}\u0000${a.derivedFrom.outlet.id}`);
      const original = candidate && candidate.id !== a.id ? candidate : undefined;
      result.set(a.id, original ? { ...a.derivedFrom, article: original.id } : a.derivedFrom);
      continue;
    }
    const own = claimsOf.get(a.id) ?? [];
    if (own.length < MIN_CLAIMS) continue;
    const shared = new Map<string, number>();
    for (const c of own) for (const m of c.mentions) if (m.article !== a.id) shared.set(m.article, (shared.get(m.article) ?? 0) + 1);
    const best = [...shared].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    if (!best) continue;
    const source = byId.get(best[0]);
    if (!source || source.outlet.id === a.outlet.id || best[1] / own.length < MIN_SHARE || best[1] < MIN_CLAIMS || !earlier(source, a)) continue;
    result.set(a.id, { outlet: source.outlet, article: source.id, reason: 'repeats-claims', evidence: `${best[1]} of its ${own.length} claims are also in “${source.title}”.` });
  }
  return result;
}

/** Who gets credit for independent reporting: a derived copy counts as its original's outlet. */
export function sourceKey(article: Article, derived: ReadonlyMap<string, DerivedFrom>): string {
  const from = derived.get(article.id);
  if (from) return from.outlet.id;
  return article.outlet.id === 'unknown' ? `unknown:${article.id}` : article.outlet.id;
}
