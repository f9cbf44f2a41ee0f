import type { LocalMention } from '../local-aliases.ts';
import type { Sentence, Token } from '../tokens.ts';

/** What stands where a cue's speaker should be: a name, a pronoun, or a description ("the company"). */
export type SpeakerPhrase =
  | { kind: 'mention'; mention: number }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'description'; head: string; definite: boolean }
  /** "…, adding that …": the speaker is the sentence's subject. */
  | { kind: 'subject' };

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
// Words that may sit between a speaker and its verb ("Altman has also said", "Hegseth later wrote").
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
const OPENERS = new Set(['who', 'which', 'whose', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'now', 'also']);

export interface PhraseContext {
  sentence: Sentence;
  /** Mentions of this sentence (indexes into `mentions`). */
  own: readonly number[];
  mentions: readonly LocalMention[];
  /** Whether a token lies inside quotation marks. */
  quoted: (t: Token) => boolean;
}

/** The mention (of this sentence, outside quotes) whose last word is token `i`. */
function mentionEndingAt(ctx: PhraseContext, i: number): number | undefined {
  const t = ctx.sentence.tokens[i]!;
  return ctx.own.find((m) => {
    const x = ctx.mentions[m]!;
    return x.start <= t.start && t.end <= x.end + 1 && !ctx.quoted(t) && x.type !== 'place' && x.type !== 'product';
  });
}

function mentionStartingAt(ctx: PhraseContext, i: number): number | undefined {
  const t = ctx.sentence.tokens[i]!;
  return ctx.own.find((m) => {
    const x = ctx.mentions[m]!;
    return x.start === t.start && !ctx.quoted(t) && x.type !== 'place' && x.type !== 'product';
  });
}

const isPossessive = (t: Token | undefined) => t !== undefined && /^['’]s?$/.test(t.value);

/** A description ending at token `end` ("the company", "a spokesman", "Lohan's lawyer"): its head and determiner. */
function descriptionEndingAt(tokens: readonly Token[], end: number): SpeakerPhrase | undefined {
  const head = tokens[end]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return undefined;
  for (let j = end - 1; j >= Math.max(0, end - 4); j--) {
    const v = tokens[j]!.value.toLowerCase();
    if (DETERMINERS.has(v)) return { kind: 'description', head: head.lemma.toLowerCase(), definite: v !== 'a' && v !== 'an' };
    if (isPossessive(tokens[j])) return { kind: 'description', head: head.lemma.toLowerCase(), definite: false };
    if (!['NOUN', 'ADJ', 'PROPN'].includes(tokens[j]!.pos)) break;
  }
  // A bare plural ("officials said", "prosecutors say") speaks for unnamed people.
  return { kind: 'description', head: head.lemma.toLowerCase(), definite: false };
}

/**
 * The speaker phrase before a cue verb: its subject, skipping adverbs and auxiliaries ("has also said") and one
 * apposition or relative clause between commas ("Snider, who attended King's news conference, said").
 */
export function phraseBefore(ctx: PhraseContext, cue: number): SpeakerPhrase | undefined {
  const tokens = ctx.sentence.tokens;
  let j = cue - 1;
  let skipped = 0;
  while (j >= 0 && BETWEEN.has(tokens[j]!.pos) && skipped < 3 && !ctx.quoted(tokens[j]!)) {
    j--;
    skipped++;
  }
  if (j < 0) return undefined;
  if (tokens[j]!.value === ',' && /ing$/i.test(tokens[cue]!.value)) return { kind: 'subject' };
  if (tokens[j]!.value === ',') {
    // "X, the Y of Z, said": find the comma that opens the apposition.
    let k = j - 1;
    while (k >= 0 && j - k <= 16 && tokens[k]!.value !== ',' && !ctx.quoted(tokens[k]!) && !/^["“”]$/.test(tokens[k]!.value)) k--;
    if (k <= 0 || tokens[k]!.value !== ',') return undefined;
    const opener = tokens[k + 1]!;
    const isApposition = OPENERS.has(opener.value.toLowerCase()) || opener.pos === 'PROPN' || opener.pos === 'NOUN' || opener.pos === 'ADJ' || opener.pos === 'NUM';
    if (!isApposition) return undefined;
    j = k - 1;
  }
  const t = tokens[j]!;
  if (ctx.quoted(t)) return undefined;
  const m = mentionEndingAt(ctx, j);
  if (m !== undefined) return { kind: 'mention', mention: m };
  if (PRONOUNS.has(t.value.toLowerCase())) return { kind: 'pronoun', pronoun: t.value.toLowerCase() };
  return descriptionEndingAt(tokens, j);
}

/**
 * The speaker phrase after a cue verb in inverted order (`,” said Altman`, `, said the company`): a name, a
 * pronoun, or a description, whose own apposition may name the speaker (`said Biancardi's attorney, James Zeszutek`).
 */
export function phraseAfter(ctx: PhraseContext, cue: number): SpeakerPhrase | undefined {
  const tokens = ctx.sentence.tokens;
  let i = cue + 1;
  const first = tokens[i];
  if (!first || ctx.quoted(first)) return undefined;
  if (PRONOUNS.has(first.value.toLowerCase())) return { kind: 'pronoun', pronoun: first.value.toLowerCase() };
  // A title may stand before the name ("said Interior Secretary Ken Salazar"): the first name within a few title words.
  let m = mentionStartingAt(ctx, i);
  for (let k = i + 1; m === undefined && k <= i + 4 && k < tokens.length && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[k - 1]!.pos); k++) {
    const named = mentionStartingAt(ctx, k);
    if (named !== undefined && ctx.mentions[named]!.role) m = named;
  }
  const mentionEnd = m === undefined ? -1 : tokens.findIndex((t) => t.start >= ctx.mentions[m]!.end);
  if (m !== undefined && !isPossessive(tokens[mentionEnd])) return { kind: 'mention', mention: m };
  // A description, perhaps with a possessive name in it: run to its end, then look for ", Name".
  let definite = DETERMINERS.has(first.value.toLowerCase()) && first.value.toLowerCase() !== 'a' && first.value.toLowerCase() !== 'an';
  if (m !== undefined) {
    i = mentionEnd + 1;
    definite = false;
  }
  let head: Token | undefined;
  while (i < tokens.length && ['NOUN', 'ADJ', 'PROPN', 'DET'].includes(tokens[i]!.pos) && i - cue <= 6) head = tokens[i++];
  if (!head) return undefined;
  if (tokens[i]?.value === ',') {
    const named = mentionStartingAt(ctx, i + 1);
    if (named !== undefined && ctx.mentions[named]!.type !== 'organization') return { kind: 'mention', mention: named };
  }
  return { kind: 'description', head: head.lemma.toLowerCase(), definite };
}
