import type { ClaimsGold } from './gold-sets.ts';
import { ATTRIBUTION_HEADER, attributionRow, byHalf, scoreAttribution, summarize, type AttributionCorpus } from './attribution-eval.ts';

/** The attribution section of `npm run eval`: ECB+ by half, the bundled samples, and the samples' reported speech. */
export function attributionReport(date: string, ecb: { corpus: AttributionCorpus; gold: ClaimsGold }, samples?: { corpus: AttributionCorpus; gold: ClaimsGold }): string {
  const lines: string[] = [];
  const ecbOutcomes = byHalf(scoreAttribution(ecb.corpus, ecb.gold.quotes));
  lines.push(`Quotation attribution against hand-labelled speakers (claims-gold.json \`quotes\`) — ${date}`, '', ATTRIBUTION_HEADER);
  lines.push(attributionRow('ECB+ tuning half (odd events)', ecbOutcomes.get('tuning') ?? []));
  lines.push(attributionRow('ECB+ test half (even events)', ecbOutcomes.get('test') ?? []));
  if (samples) {
    lines.push(attributionRow('bundled samples (quotations)', scoreAttribution(samples.corpus, samples.gold.quotes)));
    const reported = scoreAttribution(samples.corpus, samples.gold.speakers ?? []);
    if (reported.length > 0) {
      const s = summarize(reported);
      lines.push(
        '',
        `Reported speech on the bundled samples (\`speakers\`: ${reported.length} statements without quotation marks): ` +
          `${s.right} of ${s.named} with a named speaker credited rightly, ${s.credited - s.right} wrongly, ${s.named - s.credited} not credited; ` +
          `${s.unknownCredited} of ${s.unknown} that are the outlet's own assertion or say no one credited to someone anyway.`,
      );
    }
  }
  return lines.join('\n');
}
