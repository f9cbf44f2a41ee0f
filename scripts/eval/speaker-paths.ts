import type { QuoteOutcome } from './attribution-eval.ts';

/**
 * How sure each kind of speaker the site shows is: of the labelled items whose claim credits someone, how many are
 * right, split by whether the speaker is named in the claim's own words or found elsewhere (`speakerInferred`: a
 * pronoun, a description, a quotation running on), for quotations and for reported statements. Tells which speakers
 * a reader should be shown as inferred rather than stated.
 */
export interface PathCount {
  right: number;
  wrong: number;
}

export function countSpeakerPaths(sets: readonly { quotes: readonly QuoteOutcome[]; reported: readonly QuoteOutcome[] }[]): Map<string, PathCount> {
  const tally = new Map<string, PathCount>();
  for (const set of sets) {
    for (const [kind, outcomes] of [['quotations', set.quotes], ['reported statements', set.reported]] as const) {
      for (const o of outcomes) {
        // Only what the site shows: a speaker credited, rightly or not.
        if (o.verdict !== 'right' && o.verdict !== 'wrong' && o.verdict !== 'unknown-credited') continue;
        const key = `${kind}, speaker ${o.inferred ? 'found elsewhere' : 'named in its words'}`;
        const count = tally.get(key) ?? { right: 0, wrong: 0 };
        if (o.verdict === 'right') count.right++;
        else count.wrong++;
        tally.set(key, count);
      }
    }
  }
  return tally;
}

export function speakerPathsReport(sets: readonly { quotes: readonly QuoteOutcome[]; reported: readonly QuoteOutcome[] }[], date: string, of = `the crafted tuning sets (${sets.length} sets)`): string {
  const rows = [...countSpeakerPaths(sets)].sort(([a], [b]) => a.localeCompare(b));
  return [
    `Speakers shown, by how they were found, on ${of} — ${date}`,
    '',
    '| items | right | wrong | right of shown |',
    '|---|---|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v.right} | ${v.wrong} | ${((100 * v.right) / Math.max(1, v.right + v.wrong)).toFixed(1)} % |`),
  ].join('\n');
}
