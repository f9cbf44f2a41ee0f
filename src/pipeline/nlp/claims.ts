import type { Attribution } from '../../schemas/claim.ts';
import type { LocalMention } from './local-aliases.ts';
import { attributeSentences } from './attribution/attribute.ts';
import { CUE_VERBS, NEGATIONS } from './claim-words.ts';
import type { Sentence, Token } from './tokens.ts';
import { pushTo } from '../multimap.ts';
import { contrastsAt } from './attribution/word-tests.ts';

/** A sentence (or one clause of it) that states something, as one article words it. */
export interface ClaimMention {
  /** Index of the sentence in the article's sentence list. */
  sentence: number;
  /** The words exactly as the article has them: the sentence, or one of its coordinated clauses. */
  text: string;
  /** Offsets of `text` in its block. */
  start: number;
  end: number;
  /** Mentions (indexes) naming the sentence's subject, carried into a later clause that omits it. */
  subject: number[];
  /** `quote`: mostly a direct quotation; `statement`: an attributed or factual statement. */
  kind: 'quote' | 'statement';
  /** The quoted words, when the sentence quotes someone. */
  quote?: string;
  /** Index of the mention (in the article's mention list) that names the speaker, if known. */
  speaker?: number;
  /** Who spoke as the article describes them, when it does not name them ("police", "a hospital spokesman"). */
  speakerDescription?: string;
  /** The attribution cue as written ("said", "claimed", "according to"). */
  cue?: string;
  /** How the article attributes it: direct quotation, reported speech, "according to X", or not at all. */
  attribution: Attribution;
  /** The part of `text` that states the claim, as offsets into `text`, when framing surrounds it. */
  core?: { start: number; end: number };
  /** Numbers in the sentence, normalized ("$200 million" → "200000000", "six-month" → "6"). */
  numbers: string[];
  /** Whether the sentence is negated. */
  negated: boolean;
}

/**
 * Whether a claim mention's speaker is named outside its words — in another sentence, or in another clause of the
 * same one ("…, and the company said …" after a name in the first clause): found through a pronoun, a description or
 * a quotation running on, so less sure than a speaker the words themselves name.
 */
export function speakerNamedElsewhere(mention: Pick<ClaimMention, 'sentence' | 'start' | 'end'>, speaker: { sentence: number; start: number }): boolean {
  return speaker.sentence !== mention.sentence || speaker.start < mention.start || speaker.start >= mention.end;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mm: 1e6, bn: 1e9 };

const WORD = Object.keys(NUMBER_WORDS).join('|');
const WORD_NUMBER = new RegExp(`\\b(?:${WORD})(?:[\\s-]+(?:and[\\s-]+)?(?:${WORD}|thousand|million|billion))*\\b`, 'gi');

/** "three hundred" = 300, "twenty-five" = 25, "two dozen" = 24, "six million" = 6000000. */
function wordNumber(phrase: string): number {
  let total = 0;
  let group = 0;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'hundred' || word === 'dozen') group = (group || 1) * NUMBER_WORDS[word]!;
    else if (SCALES[word] && word.length > 2) {
      total += (group || 1) * SCALES[word]!;
      group = 0;
    } else group += NUMBER_WORDS[word] ?? 0;
  }
  return total + group;
}

/** Numbers as values, so "$200 million" and "$200m" agree, "60" and "300" disagree, and "200 m" (metres) is 200. */
export function numbersIn(text: string): string[] {
  const found = new Set<string>();
  // Written scales may follow a space; one- and two-letter units only count attached ("$21MM", "$200m").
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b|(bn|mm|m|k)\b)?/gi)) {
    const scale = m[2] ?? m[3];
    const value = Number(m[1]!.replace(/,/g, '')) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    if (Number.isFinite(value)) found.add(String(value));
  }
  for (const m of text.matchAll(WORD_NUMBER)) found.add(String(wordNumber(m[0])));
  return [...found].sort();
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Whether a sentence can carry a claim at all: not a question, not a fragment, has a verb. */
function isClaimShaped(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  if (text.endsWith('?') || wordCount(text) < 6) return false;
  return sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

function outside(token: Pick<Token, 'start' | 'end'>, ranges: readonly [number, number][]): boolean {
  return !ranges.some(([a, b]) => token.start >= a && token.end <= b);
}

// Openers that frame a sentence without adding to what it claims ("Meanwhile,", "If you'll recall,").
const FILLER_OPENING = /^(?:(?:meanwhile|however|still|separately|additionally|moreover|furthermore|indeed|notably|instead|now|also|again|in addition|in fact|of course|in other words|as a result|at the same time|for (?:its|his|her|their) part|if you(?:'|’)ll recall|as (?:we|previously) reported|as reported(?: earlier)?)\s*,\s*)+/i;

/**
 * The part of a clause that states the claim: without the attribution frame at either end (`Altman said that`,
 * `, he said.`, `According to X,`) and without a discourse opener; block offsets. Undefined when that is the
 * whole clause or too little would be left.
 */
function coreOf(start: number, end: number, text: string, frame: readonly [number, number][]): [number, number] | undefined {
  let a = start;
  let b = end;
  for (const [fa, fb] of frame) {
    if (fa <= a && fb > a && fb < b) a = fb;
    else if (fb >= b && fa < b && fa > a) b = fa;
  }
  const slice = text.slice(a - start, b - start);
  const filler = FILLER_OPENING.exec(slice.trimStart());
  if (filler) a += slice.length - slice.trimStart().length + filler[0].length;
  // Trim spaces, commas and quotation marks the cut leaves at the edges; keep a final period or closing quote pair.
  while (a < b && /[\s,;:—–-]/.test(text[a - start]!)) a++;
  while (b > a && /[\s,;:—–-]/.test(text[b - 1 - start]!)) b--;
  if (a === start && b === end) return undefined;
  if (wordCount(text.slice(a - start, b - start)) < 3) return undefined;
  return [a, b];
}

/** Whether the frame covers all but a couple of the clause's words. */
function framed(start: number, end: number, frame: readonly [number, number][], block: string): boolean {
  let rest = block.slice(start, end);
  for (const [a, b] of frame) if (a < end && b > start) rest = rest.slice(0, Math.max(0, a - start)) + ' '.repeat(Math.min(end, b) - Math.max(a, start)) + rest.slice(Math.min(end, b) - start);
  return wordCount(rest) < 3;
}

/**
 * Finds the claims in one article: sentences that quote someone, attribute a statement, or assert something
 * about a named entity or a number, each with who the article credits (see `attribution/attribute.ts`). Every
 * quotation of three words or more is part of a claim. Headings are never claims.
 */
export function extractClaims(sentences: readonly Sentence[], mentions: readonly LocalMention[], headings: ReadonlySet<number>, blocks: readonly string[]): ClaimMention[] {
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, i) => pushTo(bySentence, m.sentence, i));
  const attributions = attributeSentences(sentences, mentions, blocks);
  const claims: ClaimMention[] = [];

  sentences.forEach((sentence, index) => {
    if (headings.has(sentence.block)) return;
    const own = bySentence.get(index) ?? [];
    const at = attributions[index]!;
    const ranges = at.quotes;
    const quoting = ranges.some(([a, b]) => wordCount(sentence.text.slice(a - sentence.start, b - sentence.start)) >= 3);
    if (!quoting && !isClaimShaped(sentence)) return;
    const speaker = at.speaker;
    const firstVerb = sentence.tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const subject = own.filter((i) => firstVerb === undefined || mentions[i]!.end <= firstVerb.start);
    // "…supporters in Liberty Square, who chanted “…”": a crowd or a place, no one named, before a relative clause.
    const unnamed = (k: number) => {
      const t = sentence.tokens[k];
      if (!t) return false;
      const holder = own.find((i) => mentions[i]!.start <= t.start && t.end <= mentions[i]!.end);
      if (holder === undefined) return t.pos === 'NOUN';
      // (…or a name where they are: "supporters in Kessel, who chanted".)
      const at = sentence.tokens.findIndex((x) => x.start >= mentions[holder]!.start);
      return mentions[holder]!.type === 'place' || /^(?:in|at|outside|near)$/i.test(sentence.tokens[at - 1]?.value ?? '');
    };
    const clauses = splitClauses(sentence, ranges, unnamed);
    clauses.forEach(([start, end, ownSubject, others], c) => {
      const text = blockText(sentence, start, end);
      const tokens = sentence.tokens.filter((t) => t.start >= start && t.end <= end);
      const inClause = own.filter((i) => mentions[i]!.start >= start && mentions[i]!.end <= end);
      const quoted = ranges.filter(([a, b]) => a < end && b > start).map(([a, b]): [number, number] => [Math.max(a, start), Math.min(b, end)]);
      const clauseQuote = quoted.map(([a, b]) => blocks[sentence.block]!.slice(a, b).replace(/^[\s"“”«»]+|[\s"“”«»]+$/g, '')).filter((q) => wordCount(q) > 0).join(' … ');
      const numbers = numbersIn(text);
      // A factual statement is about something: it names an entity or gives a number. (An attributed one is someone's,
      // named or described: "Police said the officer fired first.")
      if (!clauseQuote && speaker === undefined && at.described === undefined && inClause.length === 0 && numbers.length === 0 && (c === 0 || subject.length === 0)) return;
      const share = clauseQuote ? wordCount(clauseQuote) / Math.max(1, wordCount(text)) : 0;
      // "Trump wrote on Truth Social:" before its quotation is only the frame: no claim of its own.
      if (!clauseQuote && clauses.length > 1 && framed(start, end, at.frame, blocks[sentence.block]!)) return;
      // A clause with a cue of its own, when the sentence's cue stands in another clause, is that cue's speaker's
      // ("The Pentagon announced the ban, but Altman said the company would comply").
      const ownCue = at.cueAt !== undefined && (at.cueAt < start || at.cueAt >= end) ? at.cues.find((x) => x.at >= start && x.at < end) : undefined;
      // A clause before the one whose lead ("…, and Schumer said") reports someone is the writer's own.
      // So is one before a clause that names the speaker as its own subject ("Lumen Labs pulled the wraps off …, and
      // CEO Anders Holmqvist didn't undersell it, calling the device “…”").
      const namedLater = speaker !== undefined && mentions[speaker]!.sentence === index && mentions[speaker]!.start >= end && at.cueAt !== undefined && mentions[speaker]!.start < at.cueAt;
      const beforeLead = !ownCue && at.cueAt !== undefined && at.cueAt >= end && ((at.frame.length > 0 && at.frame.every(([a, b]) => a >= end && b < sentence.end)) || namedLater);
      // "The Pentagon pushed … for “all lawful purposes,” while Anthropic sought …": only the quoting clause is the Pentagon's.
      const elsewhere = beforeLead || (at.quotesOnly === true && !clauseQuote) || (others && !ownCue);
      const clauseSpeaker = ownCue ? ownCue.speaker : elsewhere ? undefined : speaker;
      const frame = ownCue ? ownCue.frame : at.frame;
      const core = coreOf(start, end, text, frame);
      // "She checked into rehab": the claim is about the person the pronoun stands for, when it is the claim's own
      // subject (not the speaker of "she said …", which the frame holds).
      const [from, to] = core ?? [start, end];
      const referent = at.referent && (c === 0 ? at.referent.at >= from && at.referent.at < to : outside({ start: at.referent.at, end: at.referent.at + 1 }, at.frame)) ? [at.referent.mention] : [];
      // Someone the article describes without a name ("police said"): attributed, though to no entity.
      const described = clauseSpeaker !== undefined ? undefined : ownCue ? ownCue.described : elsewhere ? undefined : at.described;
      const named = ownCue ? (ownCue.speaker === undefined ? 'none' : clauseQuote ? 'quote' : 'indirect') : elsewhere ? 'none' : at.kind === 'quote' && !clauseQuote ? 'indirect' : at.kind;
      const attribution = named === 'none' && described ? (described.kind === 'according-to' ? described.kind : clauseQuote ? 'quote' : 'indirect') : named;
      claims.push({
        sentence: index,
        text,
        start,
        end,
        subject: c === 0 ? referent : ownSubject ? [] : subject.length > 0 ? subject : referent,
        kind: clauseQuote && share >= 0.5 ? 'quote' : 'statement',
        ...(clauseQuote ? { quote: clauseQuote } : {}),
        ...(clauseSpeaker !== undefined ? { speaker: clauseSpeaker } : {}),
        ...(described ? { speakerDescription: described.text } : {}),
        ...(ownCue ? { cue: ownCue.cue } : at.cue && !elsewhere ? { cue: at.cue } : {}),
        attribution,
        ...(core ? { core: { start: core[0] - start, end: core[1] - start } } : {}),
        numbers,
        negated: tokens.some((t) => NEGATIONS.has(t.value.toLowerCase()) && outside(t, frame)),
      });
    });
  });
  return claims;
}

function blockText(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

/**
 * Coordinated clauses make separate claims: "Hegseth accused Anthropic of … and designated the company a
 * supply-chain risk" says two things. Split at "; " and at "and" + verb outside quotations, when both sides
 * have a verb and at least five words; returns block offsets.
 */
/**
 * A clause's block offsets, whether it has a subject of its own (not the sentence's, carried), and whether it
 * tells what others did or said (a relative clause of an unnamed group, and what follows it).
 */
type Clause = [number, number, boolean, boolean];

function splitClauses(sentence: Sentence, quotes: readonly [number, number][], unnamedAt: (k: number) => boolean): Clause[] {
  const tokens = sentence.tokens;
  const cuts: number[] = [];
  // Cuts before a relative clause of people the text does not name, who speak for themselves.
  const othersFrom = new Set<number>();
  // Cuts after which the clause has a subject of its own (", while Anthropic sought …").
  const ownSubject = new Set<number>();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // "… a supply-chain risk: “Effective immediately, …”": the statement and the quotation are two claims.
    if (t.value === ':' && /^[“"]/.test(tokens[i + 1]!.value)) {
      cuts.push(i);
      continue;
    }
    if (!outside(t, quotes)) continue;
    // "and designated …" (a second predicate) or ", and Hegseth said …" (a second sentence joined by a comma).
    // ", but Altman said …" likewise joins a second statement.
    // ", while Anthropic sought …" (or `“all lawful purposes,” while …`) sets a second statement against the first;
    // not ", while noting that …": a participle continues the same statement.
    const word = t.value.toLowerCase();
    const comma = tokens[i - 1]!.value === ',';
    const contrast = contrastsAt(tokens, i) && tokens[i + 1]!.pos !== 'VERB';
    const coordinated = (word === 'and' && (tokens[i + 1]!.pos === 'VERB' || comma)) || (word === 'but' && comma) || contrast;
    if (contrast) ownSubject.add(i);
    if (coordinated || t.value === ';') cuts.push(i);
    // "…by Rep. Jared Moskowitz, D-Fla., who called it “a publicity stunt,” and by Rep. Kat Cammack, R-Fla., who said
    // …": a second name with a relative clause of its own is a second statement, its speaker's.
    const afterQuoteComma = /^[”"]$/.test(tokens[i - 1]!.value) && tokens[i - 2]?.value === ',';
    if (word === 'and' && afterQuoteComma && !coordinated) {
      const rest = tokens.slice(i + 1, i + 12).map((x) => x.value);
      const who = rest.indexOf('who');
      if (who > 1 && rest[who - 1] === ',' && /^\p{Lu}/u.test(rest[rest[0] === 'by' ? 1 : 0] ?? '')) cuts.push(i);
    }
    // "…retaken the town from the Free Hills Front, a claim the rebel group dismissed as “…”": what follows is another's
    // answer to the statement, not the statement.
    if (t.value === ',' && /^(?:a|an)$/i.test(tokens[i + 1]?.value ?? '') && /^(?:claim|assertion|allegation|accusation|charge|account|characterization|description|version)$/i.test(tokens[i + 2]?.value ?? '') && quotes.some(([a]) => a > t.start)) {
      cuts.push(i);
      othersFrom.add(i);
    }
    // "Vasko told thousands of supporters in Liberty Square, who chanted “…”": the chant is the crowd's, not Vasko's.
    if (word === 'who' && tokens[i - 1]!.value === ',' && quotes.some(([a]) => a > t.start) && unnamedAt(i - 2) && tokens[i + 1]?.pos === 'VERB') {
      cuts.push(i - 1);
      othersFrom.add(i - 1);
    }
    // "…,” Schumer said, hours after Speaker Kevin McCarthy told reporters he would “not budge …”": a clause of its
    // own with its own speaker, cut at the comma before it.
    if (/^(?:after|before)$/i.test(word)) {
      const at = tokens.slice(Math.max(0, i - 3), i).map((x) => x.value).lastIndexOf(',');
      const cue = tokens.slice(i + 1).some((x) => x.pos === 'VERB' && CUE_VERBS.has(x.lemma.toLowerCase()) && outside(x, quotes));
      if (at >= 0 && cue) {
        const comma = Math.max(0, i - 3) + at;
        if (!cuts.includes(comma)) cuts.push(comma);
        ownSubject.add(comma);
      }
    }
  }
  cuts.sort((a, b) => a - b);
  const spans: Clause[] = [];
  let from = 0;
  let fromCut = -1;
  let others = false;
  for (const cut of [...cuts, tokens.length]) {
    const part = tokens.slice(from, cut);
    const hasVerb = part.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const rest = tokens.slice(cut);
    const restOk = cut === tokens.length || (rest.length >= 5 && (rest.some((t) => t.pos === 'VERB') || tokens[cut]!.value === ':'));
    if (part.length >= 5 && hasVerb && restOk) {
      const content = part.filter((t) => t.value !== ';' && t.value !== ',' && t.value !== ':');
      others ||= othersFrom.has(fromCut);
      spans.push([content[0]!.start, content[content.length - 1]!.end, ownSubject.has(fromCut), others]);
      from = cut + 1;
      fromCut = cut;
    }
  }
  if (spans.length === 0) return [[sentence.start, sentence.end, false, false]];
  // Whatever trails the last accepted cut belongs to the last clause.
  const last = spans[spans.length - 1]!;
  last[1] = Math.max(last[1], from < tokens.length ? tokens[tokens.length - 1]!.end : last[1]);
  return spans;
}
