import type { ClaimsGold } from './gold-sets.ts';
import { ATTRIBUTION_HEADER, attributionRow, byHalf, scoreAttribution, summarize, type AttributionCorpus, type QuoteOutcome } from './attribution-eval.ts';

/** A set's test half, scored: what `speakerPathsReport` counts (never read). */
export interface TestHalf {
  quotes: QuoteOutcome[];
  reported: QuoteOutcome[];
}

/**
 * The attribution section of `npm run eval`: ECB+ by half, the bundled samples, and the samples' reported speech;
 * with ECB+'s test half scored.
 */
export function attributionReport(
  date: string,
  ecb: { corpus: AttributionCorpus; gold: ClaimsGold; speakers?: ClaimsGold['quotes'] },
  samples?: { corpus: AttributionCorpus; gold: ClaimsGold },
): { text: string; testHalf: TestHalf } {
  const lines: string[] = [];
  const ecbOutcomes = byHalf(scoreAttribution(ecb.corpus, ecb.gold.quotes));
  lines.push(`Quotation attribution against hand-labelled speakers (claims-gold.json \`quotes\`) — ${date}`, '', ATTRIBUTION_HEADER);
  lines.push(attributionRow('ECB+ tuning half (odd events)', ecbOutcomes.get('tuning') ?? []));
  lines.push(attributionRow('ECB+ test half (even events)', ecbOutcomes.get('test') ?? []));
  if (samples) lines.push(attributionRow('bundled samples (quotations)', scoreAttribution(samples.corpus, samples.gold.quotes)));
  const reported: [string, ReturnType<typeof scoreAttribution>][] = [];
  const ecbReported = byHalf(scoreAttribution(ecb.corpus, ecb.speakers ?? []));
  if (ecb.speakers) {
    for (const [half, name] of [['tuning', 'ECB+ tuning half'], ['test', 'ECB+ test half']] as const) {
      const outcomes = ecbReported.get(half);
      if (outcomes && outcomes.length > 0) reported.push([name, outcomes]);
    }
  }
  if (samples?.gold.speakers) reported.push(['bundled samples', scoreAttribution(samples.corpus, samples.gold.speakers)]);
  if (reported.length > 0) {
    lines.push('', `Reported speech (statements without quotation marks, labelled \`speakers\`; "none"/"unknown" must stay uncredited) — ${date}`, '', REPORTED_HEADER);
    for (const [name, outcomes] of reported) lines.push(reportedRow(name, outcomes));
  }
  return { text: lines.join('\n'), testHalf: { quotes: ecbOutcomes.get('test') ?? [], reported: ecbReported.get('test') ?? [] } };
}

const REPORTED_HEADER = [
  '| set | statements | with a named speaker | right | wrong | not credited | outlet\'s own or unnamed, credited anyway |',
  '|---|---|---|---|---|---|---|',
].join('\n');

function reportedRow(name: string, outcomes: ReturnType<typeof scoreAttribution>): string {
  const s = summarize(outcomes);
  return `| ${name} | ${outcomes.length} | ${s.named} | ${s.right} | ${s.credited - s.right} | ${s.named - s.credited} | ${s.unknownCredited} of ${s.unknown} |`;
}

/**
 * The section of a real labelled set (tests/fixtures/<set>): quotations and reported speech, each half apart (odd
 * events tuning, even events test); with the test half scored.
 */
export function realSetReport(date: string, heading: string, label: string, corpus: AttributionCorpus, gold: Pick<ClaimsGold, 'quotes' | 'speakers'>): { text: string; testHalf: TestHalf } {
  const quotes = byHalf(scoreAttribution(corpus, gold.quotes));
  const reported = byHalf(scoreAttribution(corpus, gold.speakers ?? []));
  const lines = [`${heading}, speakers by half — ${date}`, '', ATTRIBUTION_HEADER];
  for (const half of ['tuning', 'test'] as const) lines.push(attributionRow(`${label} ${half} half: quotations`, quotes.get(half) ?? []));
  lines.push('', REPORTED_HEADER);
  for (const half of ['tuning', 'test'] as const) lines.push(reportedRow(`${label} ${half} half`, reported.get(half) ?? []));
  return { text: lines.join('\n'), testHalf: { quotes: quotes.get('test') ?? [], reported: reported.get('test') ?? [] } };
}
