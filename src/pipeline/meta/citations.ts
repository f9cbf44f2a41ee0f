import type { OutletRef } from '../../schemas/outlet.ts';
import { normalizeOutletName, type OutletRegistry } from './outlet-registry.ts';

/** A sentence that names a registry outlet as the source of what it reports. */
export interface Citation {
  outlet: OutletRef;
  sentence: string;
}

const NAME = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*)(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*|of|and))*)`;
// Cues that attribute reporting to a named outlet: "according to X", "as detailed in X", "X reports".
const CUES = [
  new RegExp(String.raw`\b[Aa]ccording to (?:the |a report (?:by|in|from) (?:the )?)?${NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:[Rr]eported|[Dd]etailed|[Nn]oted|[Rr]evealed|first reported|[Pp]ublished|[Rr]eports?) (?:by|in) (?:the )?${NAME}`, 'gu'),
  new RegExp(String.raw`(?:^|[,;:]\s+|\bAs\s+)(?:the )?${NAME}(?:[’']s\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)?\s+(?:reports|reported|first reported|notes|noted|revealed)\b`, 'gu'),
];

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The registry outlet whose name or alias the words start with, preferring the longest match. */
function matchOutlet(words: string, registry: OutletRegistry): OutletRef | undefined {
  const key = normalizeOutletName(words);
  for (const { key: name, outlet } of registry.names) {
    if (key === name || key.startsWith(name + ' ')) return outlet;
  }
  return undefined;
}

/** Finds every sentence that cites a registry outlet as its source, in text order. */
export function findCitations(text: string, registry: OutletRegistry): Citation[] {
  const found: Citation[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    const seen = new Set<string>();
    for (const cue of CUES) {
      for (const m of sentence.matchAll(cue)) {
        // "According to TechCrunch AI and Axios" cites both.
        for (const part of (m[1] ?? '').split(/\s+and\s+/)) {
          const outlet = matchOutlet(part, registry);
          if (outlet && !seen.has(outlet.id)) {
            seen.add(outlet.id);
            found.push({ outlet, sentence });
          }
        }
      }
    }
  }
  return found;
}

/**
 * The outlet a rewrite is based on: the one it cites in at least two sentences, more often than any other.
 * A single "according to the New York Times" is ordinary sourcing, not a rewrite.
 */
export function primarySource(citations: readonly Citation[], ownOutletId: string): Citation | undefined {
  const counts = new Map<string, { count: number; first: Citation }>();
  for (const c of citations) {
    if (c.outlet.id === ownOutletId) continue;
    const entry = counts.get(c.outlet.id);
    if (entry) entry.count++;
    else counts.set(c.outlet.id, { count: 1, first: c });
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const [top, second] = ranked;
  if (!top || top.count < 2 || (second && second.count === top.count)) return undefined;
  return top.first;
}
