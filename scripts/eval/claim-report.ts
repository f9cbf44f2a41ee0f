import type { ClaimEvalResult } from './claim-eval.ts';

const pct = (x: number) => (100 * x).toFixed(1);
const clip = (text: string, n = 110) => (text.length > n ? `${text.slice(0, n - 1)}…` : text).replace(/\|/g, '\\|');

/** Prints claim-linking scores as Markdown tables: one row per half, then every flagged disagreement for hand checking. */
export function printClaimScores(name: string, result: ClaimEvalResult, date: string): void {
  console.log(`\nClaim linking on ${name}, per half — ${date}\n`);
  console.log('| half | events | gold claims | gold pairs | predicted pairs | wrong with an unlabelled side | pair precision | pair recall | pair F1 | single-outlet linked elsewhere (to a mention sharing none of its claims) | similar links | similar precision | gold mentions unmapped |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const h of result.halves) {
    console.log(
      `| ${h.half} | ${h.events} | ${h.goldClaims} | ${h.goldPairs} | ${h.predictedPairs} | ${h.wrongUnlabelled} | ${pct(h.precision)} | ${pct(h.recall)} | ${pct(h.f1)} | ${h.uniqueLinked} / ${h.unique} (${h.uniqueLinkedApart}) | ${h.similar} | ${pct(h.similarPrecision)} | ${h.unmapped} / ${h.mentions} |`,
    );
  }
  if (result.missingSnippets.length > 0) console.log(`\n${result.missingSnippets.length} gold snippets are not in their files (labelling problems), e.g. ${clip(result.missingSnippets[0]!)}`);
  const flagged = result.disagreements;
  console.log(`\n${flagged.length} disagreements flagged (${flagged.filter((d) => d.sharedGold.length > 0).length} between mentions of one gold claim, ${flagged.filter((d) => d.goldConflict).length} on a gold \`conflicts\` claim)\n`);
  if (flagged.length === 0) return;
  console.log('| half | reason | words | one side | other side | same gold claim | gold conflict |');
  console.log('|---|---|---|---|---|---|---|');
  for (const d of flagged) {
    const words = d.words ? `${clip(d.words[0], 40)} / ${clip(d.words[1], 40)}` : '';
    console.log(`| ${d.half} | ${d.reason} | ${words} | ${clip(d.a.text)} | ${clip(d.b.text)} | ${d.sharedGold.join(', ') || 'no'} | ${d.goldConflict ? 'yes' : 'no'} |`);
  }
}
