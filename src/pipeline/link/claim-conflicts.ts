import type { ClaimFeatures } from './claim-features.ts';
import { numbersIn } from '../nlp/claims.ts';

/** Why two reports of one claim disagree, and the differing words of each side. */
export interface Disagreement {
  reason: 'numbers' | 'negation' | 'date' | 'modality';
  words: [string, string];
  /** The detail shows the two are different claims after all: not shown as a disagreement, never linked (at most a similar report). */
  otherClaim?: true;
}

// Did vs might do: the verbs and auxiliaries that make a claim an intention, a threat or a possibility.
// "would" and "could" are left out: reported speech turns "will" into "would" without changing the claim.
const MODAL = new Set(['threaten', 'threatened', 'threatens', 'threatening', 'plan', 'planned', 'plans', 'planning', 'consider', 'considered', 'considering', 'considers', 'propose', 'proposed', 'proposes', 'may', 'might', 'intend', 'intends', 'intended', 'mull', 'mulls', 'mulling', 'weighing']);
const NEGATION_WORD = /^(not|never|no|none|nobody|nothing|neither|nor|cannot)$|n['’]t$/;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];

/** Number phrases of a text as written ("$60,000", "three", "48"), with their values and the word they count ("pages"). */
function numberPhrases(text: string): { phrase: string; values: string[]; counts: string }[] {
  const out: { phrase: string; values: string[]; counts: string }[] = [];
  const pattern = /(?:(?:about|more than|at least|nearly|almost|over|some) )?\$?\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion|bn|m|k)\b)?(?:\s*%| percent)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion))*\b/gi;
  for (const m of text.matchAll(pattern)) {
    const next = /^[\s-]*([\p{L}]+)/u.exec(text.slice(m.index + m[0].length));
    out.push({ phrase: m[0].trim().replace(/,+$/, ''), values: numbersIn(m[0]), counts: (next?.[1] ?? '').toLowerCase().replace(/s$/, '') });
  }
  return out;
}

/** The first word of `names` that one side has and the other lacks, when both sides name one and they differ. */
function differing(a: readonly string[], b: readonly string[], names: readonly string[]): [string, string] | undefined {
  const x = a.filter((w) => names.includes(w));
  const y = b.filter((w) => names.includes(w));
  // One day on each side: with more, which one the claim is about is unclear.
  if (x.length !== 1 || y.length !== 1 || x[0] === y[0]) return undefined;
  return [x[0]!, y[0]!];
}

/**
 * What two mentions that state the same claim report differently, if anything worth showing: numbers that share
 * no value, another weekday or month, one stating as done what the other states as threatened, planned or
 * possible, or one denying what the other states. Only the words that state the claim count (the core, when
 * known): a "not" in the attribution frame or in another clause is no disagreement. Fewer rather than false ones:
 * negation counts only when both mentions have a core, so that the negation is known to be in the claim itself.
 */
export function disagreement(a: ClaimFeatures, b: ClaimFeatures): Disagreement | undefined {
  const wa = wordsOf(a.core);
  const wb = wordsOf(b.core);
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.numbers.includes(n))) {
    // Only numbers that count the same thing ("47 pages" vs "48 pages", "down 3." vs "down 5.") disagree; "two men"
    // vs "300-seat" are different facts. Years differ for many reasons besides the claim: skipped.
    const year = (p: { values: string[] }) => p.values.some((v) => Number(v) >= 1900 && Number(v) <= 2100);
    const pa = numberPhrases(a.core).filter((p) => !year(p));
    const pb = numberPhrases(b.core).filter((p) => !year(p));
    for (const x of pa) {
      const y = pb.find((p) => p.counts === x.counts && !p.values.some((v) => x.values.includes(v)));
      if (y) return { reason: 'numbers', words: [x.phrase, y.phrase] };
    }
  }
  // Another day with the same predicate ("checked in late Thursday" vs "early Friday") is a disagreement;
  // with another predicate ("announced the deal on Friday" vs "shared more details on Sunday") it is another claim.
  const day = differing(wa, wb, WEEKDAYS) ?? differing(wa, wb, MONTHS);
  if (day) return a.verbs.some((v) => b.verbs.includes(v)) ? { reason: 'date', words: day } : { reason: 'date', words: day, otherClaim: true };
  // Modality and negation need both cores: in a whole sentence, a "may" or a "not" is as likely in another clause.
  const cores = a.mention.core !== undefined && b.mention.core !== undefined;
  // A modal verb counts when it governs an infinitive ("threatened to label", "plans to appeal"): "the elections
  // planned for December 15" is a date, not an intention. "may" and "might" are modal wherever they stand.
  const modalIn = (w: readonly string[]) => w.filter((x, i) => MODAL.has(x) && (x === 'may' || x === 'might' || w[i + 1] === 'to'));
  const ma = modalIn(wa);
  const mb = modalIn(wb);
  if (cores && (ma.length === 0) !== (mb.length === 0)) {
    const modal = ma[0] ?? mb[0]!;
    const plain = (ma.length === 0 ? a : b).verbs[0];
    if (plain) return { reason: 'modality', words: ma.length > 0 ? [modal, plain] : [plain, modal] };
  }
  if (cores && a.negated !== b.negated) {
    // The words each side has and the other lacks ("not yet" vs "already"): a denial differs from its statement in
    // a few words on both sides, the negation among them. A "never" in a clause only one side has is another claim.
    const only = (x: readonly string[], y: readonly string[]) => x.filter((w) => !y.includes(w));
    const [na, nb] = [only(wa, wb), only(wb, wa)];
    const negatedSide = a.negated ? na : nb;
    const short = na.length > 0 && nb.length > 0 && na.length <= 3 && nb.length <= 3;
    if (short && negatedSide.some((w) => NEGATION_WORD.test(w))) return { reason: 'negation', words: [na.join(' '), nb.join(' ')] };
  }
  return undefined;
}
