import type { Article } from '../../schemas/article.ts';

// An outlet needs this many articles before its repeated lines can be told from coincidence.
const MIN_ARTICLES = 3;
// A block counts as chrome when at least this share of the outlet's articles carry it.
const MIN_SHARE = 0.5;

function blocksOf(body: string): string[] {
  return body.split(/\n{2,}/);
}

function key(block: string): string {
  return block.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Removes blocks that recur verbatim across many articles of one outlet (newsletter boxes, standard
 * disclaimers, sign-offs): chrome that no fixed rule knows about. One pass counting blocks per outlet,
 * one pass removing: linear in the corpus size. Returns new article objects; inputs are not changed.
 */
export function removeRecurringLines(articles: readonly Article[]): Article[] {
  const byOutlet = new Map<string, Article[]>();
  for (const a of articles) {
    if (a.outlet.id === 'unknown') continue;
    const list = byOutlet.get(a.outlet.id) ?? [];
    list.push(a);
    byOutlet.set(a.outlet.id, list);
  }
  const chrome = new Map<string, Set<string>>();
  for (const [outlet, list] of byOutlet) {
    if (list.length < MIN_ARTICLES) continue;
    const counts = new Map<string, number>();
    for (const a of list) for (const k of new Set(blocksOf(a.body).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
    const threshold = Math.max(MIN_ARTICLES, Math.ceil(list.length * MIN_SHARE));
    const recurring = new Set([...counts].filter(([k, n]) => n >= threshold && k !== '').map(([k]) => k));
    if (recurring.size > 0) chrome.set(outlet, recurring);
  }
  return articles.map((a) => {
    const recurring = chrome.get(a.outlet.id);
    if (!recurring) return a;
    const blocks = blocksOf(a.body);
    const kept = blocks.filter((b) => !recurring.has(key(b)));
    // Never strip an article bare: if everything recurs, the "chrome" is the article.
    if (kept.length === blocks.length || kept.join('').trim() === '') return a;
    const removed = blocks.filter((b) => recurring.has(key(b))).map((text) => ({ rule: 'recurring-line', text: text.trim() }));
    return { ...a, body: kept.join('\n\n').trim() + '\n', provenance: { ...a.provenance, removedChrome: [...a.provenance.removedChrome, ...removed] } };
  });
}
